"""OTLP decoding: protobuf or OTLP/JSON bytes (Kafka records, HTTP bodies, files) → ``DecodedBatch``.

Pure functions, no I/O except :func:`read_otlp_file`. Undecodable input raises (or, from files, yields)
:class:`DecodeError` with a machine-readable :class:`DecodeReason`; single bad spans/log records are
dropped into ``DecodedBatch.errors`` while the rest of their batch decodes.
"""

from ingest.decode.anyvalue import MAX_DEPTH, anyvalue_from_json, anyvalue_from_pb
from ingest.decode.exceptions import DecodeError, DecodeReason
from ingest.decode.files import FileItem, read_otlp_file
from ingest.decode.message import TOPIC_SIGNALS, Signal, decode_message, signal_for_topic

__all__ = [
    "MAX_DEPTH",
    "TOPIC_SIGNALS",
    "DecodeError",
    "DecodeReason",
    "FileItem",
    "Signal",
    "anyvalue_from_json",
    "anyvalue_from_pb",
    "decode_message",
    "read_otlp_file",
    "signal_for_topic",
]
