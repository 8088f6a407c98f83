"""One ``tracecase ingest`` consumer, in its own process, timed from its first record to its last store.

    python -m bench.pipeline.worker BOOTSTRAP TOPIC GROUP DB_URL --redaction on|off [--quiet S]

Prints one JSON line: spans, first/last wall times, CPU seconds of the loop, peak RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import time
from typing import Any

from ingest.assemble import StreamingAssembler
from ingest.consume import DeadLetters, IngestLoop, LoopOptions, dead_letter_producer, kafka_consumer
from ingest.pipeline import Processed, TraceProcessor
from redaction import RedactionConfig, Redactor
from schemas import RequiredFieldPolicy
from store import TraceStore
from tracecase.runtime import tune_gc


class _Timed:
    """Wraps the consumer and the processor to note the first record and the last store."""

    def __init__(self) -> None:
        self.first: float | None = None
        self.last: float | None = None

    def consumer(self, consumer: Any) -> Any:
        poll = consumer.poll

        def timed_poll(*args: Any, **kwargs: Any) -> Any:
            records = poll(*args, **kwargs)
            if records and self.first is None:
                self.first = time.time()
            return records

        consumer.poll = timed_poll
        return consumer

    def processor(self, processor: TraceProcessor) -> TraceProcessor:
        process = processor.process

        def timed_process(due: Any) -> Processed:
            out = process(due)
            self.last = time.time()
            return out

        processor.process = timed_process  # type: ignore[method-assign]
        return processor


def main() -> None:
    parser = argparse.ArgumentParser()
    for name in ("bootstrap", "topic", "group", "db"):
        parser.add_argument(name)
    parser.add_argument("--redaction", choices=["on", "off"], required=True)
    parser.add_argument("--quiet", type=float, default=1.0)
    parser.add_argument("--idle", type=float, default=3.0, help="stop when idle this long")
    args = parser.parse_args()
    tune_gc()  # as every `tracecase` command does
    redactor = Redactor(RedactionConfig.load()) if args.redaction == "on" else None
    if redactor is not None:
        redactor.redact_texts(["warm up: Jane Doe, jane@example.org"])  # load spaCy before the clock starts
    timed = _Timed()
    client = {"bootstrap_servers": [args.bootstrap]}
    loop = IngestLoop(
        timed.consumer(kafka_consumer(client, args.group)),
        timed.processor(TraceProcessor(RequiredFieldPolicy.default(), redactor, TraceStore(args.db))),
        DeadLetters(dead_letter_producer(client, 16 * 1024 * 1024), f"{args.topic}.dlq"),
        StreamingAssembler(quiet_period_s=args.quiet, max_wait_s=600, max_pending_spans=500_000),
        LoopOptions([args.topic], stop_when_idle_s=args.idle),
    )
    cpu_before = time.process_time()
    summary = loop.run()
    print(
        json.dumps(
            {
                "spans": summary.spans,
                "first": timed.first,
                "last": timed.last,
                "cpu_s": time.process_time() - cpu_before,
                "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            }
        )
    )


if __name__ == "__main__":
    main()
