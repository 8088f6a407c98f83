"""The pipeline every source shares: decode → normalize → validate → redact → store.

``TraceProcessor`` takes assembled pieces (``ingest.assemble``) through normalize → validate →
redact → store; ``process_files`` feeds it OTLP files; the Kafka consumer (``ingest.consume``)
feeds it records. ``load_traces``/``normalize_batches`` assemble in memory without redaction (library use).
"""

from ingest.pipeline.files import OTLP_SUFFIXES, FileRun, LoadResult, load_traces, normalize_batches, process_files
from ingest.pipeline.process import Failure, Processed, SpanRedactor, StoredHook, TraceProcessor
from ingest.pipeline.save import SavedTrace, TraceChange

__all__ = [
    "OTLP_SUFFIXES",
    "Failure",
    "FileRun",
    "LoadResult",
    "Processed",
    "SavedTrace",
    "SpanRedactor",
    "StoredHook",
    "TraceChange",
    "TraceProcessor",
    "load_traces",
    "normalize_batches",
    "process_files",
]
