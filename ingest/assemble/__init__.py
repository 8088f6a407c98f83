"""Trace assembly: spans and log records, in any order, duplicated, split over records -> traces.

- ``StreamingAssembler`` holds ``TracePiece``s until each trace is due (root ended and quiet), with
  bounded memory and the Kafka records (``Origin``) each item came from;
- ``normalize_piece`` normalizes a piece, one span's failure isolated from the rest;
- ``merge_spans`` merges the versions of a span stored from different pieces;
- ``TraceAssembler`` does all of it in memory for files; ``build_trace`` is the trace-level view.
"""

from ingest._trace_view import build_trace
from ingest.assemble.batch import TraceAssembler
from ingest.assemble.merge import merge_spans
from ingest.assemble.normalize_piece import LogTargets, NormalizedPiece, SpanFailure, normalize_piece
from ingest.assemble.piece import Origin, TracePiece
from ingest.assemble.window import Due, KnownTraces, StreamingAssembler

__all__ = [
    "Due",
    "KnownTraces",
    "LogTargets",
    "NormalizedPiece",
    "Origin",
    "SpanFailure",
    "StreamingAssembler",
    "TraceAssembler",
    "TracePiece",
    "build_trace",
    "merge_spans",
    "normalize_piece",
]
