"""The pydantic contracts (normalized span, trace record, required-field policy, redaction record) and the
root error type."""

from schemas.errors import ConfigError, TracecaseError
from schemas.policy import KNOWN_FIELDS, PolicyError, RequiredFieldPolicy, Violation
from schemas.redaction import RedactionRecord
from schemas.span import (
    SPAN_KINDS,
    SPAN_SCHEMA_VERSION,
    Document,
    ErrorInfo,
    Feedback,
    Message,
    NormalizedSpan,
    SpanEvent,
    SpanKind,
    SpanStatus,
    ToolCallRequest,
    ToolExecution,
    Usage,
)
from schemas.trace import TRACE_SCHEMA_VERSION, TraceRecord, TraceToolCall

__all__ = [
    "KNOWN_FIELDS",
    "SPAN_KINDS",
    "SPAN_SCHEMA_VERSION",
    "TRACE_SCHEMA_VERSION",
    "ConfigError",
    "Document",
    "ErrorInfo",
    "Feedback",
    "Message",
    "NormalizedSpan",
    "PolicyError",
    "RedactionRecord",
    "RequiredFieldPolicy",
    "SpanEvent",
    "SpanKind",
    "SpanStatus",
    "ToolCallRequest",
    "ToolExecution",
    "TraceRecord",
    "TraceToolCall",
    "TracecaseError",
    "Usage",
    "Violation",
]
