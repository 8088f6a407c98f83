"""Redaction's own cost per span on the benchmark's spans: ``Redactor.redact_spans`` alone, warmed up."""

from __future__ import annotations

import time

from tracecase_sampleapp.synthetic import Record

from ingest.assemble import StreamingAssembler, normalize_piece
from ingest.decode import decode_message
from redaction import RedactionConfig, Redactor


def redaction_cost(records: list[Record]) -> float:
    """CPU seconds per span."""
    assembler = StreamingAssembler()
    for record in records:
        assembler.add(decode_message(record.value, "traces"))
    spans = [span for due in assembler.drain() for span in normalize_piece(due.piece).spans]
    redactor = Redactor(RedactionConfig.load())
    redactor.redact_texts(["warm up: Jane Doe, jane@example.org"])
    started = time.process_time()
    redactor.redact_spans(spans)
    return (time.process_time() - started) / len(spans)
