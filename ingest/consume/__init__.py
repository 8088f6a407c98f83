"""The Kafka consumer: OTLP spans and log records from the collector's topics into the store.

``IngestLoop`` is the loop (see ``ingest.consume.loop`` for its table of contents); ``kafka_consumer``
and ``dead_letter_producer`` build its kafka-python clients; ``DeadLetters`` writes poison records to
the dead-letter topic; ``OffsetTracker`` says which offsets are safe to commit; ``ingest_health``
reads the consumers' stored counters back as throughput, dead letters and lag.
"""

from ingest.consume.dead_letters import DeadLetters
from ingest.consume.health import ConsumerHealth, IngestHealth, ingest_health
from ingest.consume.intake import Intake, take_in
from ingest.consume.kafka import dead_letter_producer, ensure_topic, kafka_consumer
from ingest.consume.loop import IngestLoop, LoopOptions, LoopSummary, RecordHandler
from ingest.consume.offsets import OffsetTracker

__all__ = [
    "ConsumerHealth",
    "DeadLetters",
    "IngestHealth",
    "IngestLoop",
    "Intake",
    "LoopOptions",
    "LoopSummary",
    "OffsetTracker",
    "RecordHandler",
    "dead_letter_producer",
    "ensure_topic",
    "ingest_health",
    "kafka_consumer",
    "take_in",
]
