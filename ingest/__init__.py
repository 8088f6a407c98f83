"""Ingest: OTLP bytes -> raw records -> normalized spans -> assembled traces.

``decode_message``/``read_otlp_file`` (``ingest.decode``) produce :class:`DecodedBatch` records;
:func:`normalize_span` maps one span of any AI convention to ``schemas.NormalizedSpan``;
:class:`TraceAssembler` joins spans and log records into ``schemas.TraceRecord``;
:func:`load_traces` does all of it for files.
"""

from ingest.assemble import TraceAssembler, build_trace
from ingest.decode import DecodeError, DecodeReason, Signal, decode_message, read_otlp_file, signal_for_topic
from ingest.normalize import InvalidSpanError, NormalizeError, normalize_span
from ingest.pipeline import LoadResult, load_traces, normalize_batches
from ingest.records import DecodedBatch, RawEvent, RawLogRecord, RawSpan

__all__ = [
    "DecodeError",
    "DecodeReason",
    "DecodedBatch",
    "InvalidSpanError",
    "LoadResult",
    "NormalizeError",
    "RawEvent",
    "RawLogRecord",
    "RawSpan",
    "Signal",
    "TraceAssembler",
    "build_trace",
    "decode_message",
    "load_traces",
    "normalize_batches",
    "normalize_span",
    "read_otlp_file",
    "signal_for_topic",
]
