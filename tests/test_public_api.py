"""Each package's ``__all__`` is its public surface: every name resolves, and the surface changes
only on purpose (a new name must be added here, a removed one is a breaking change)."""

from __future__ import annotations

import importlib

import pytest

PUBLIC = {
    "schemas": {
        "ConfigError",
        "TracecaseError",
        "KNOWN_FIELDS",
        "SPAN_KINDS",
        "SPAN_SCHEMA_VERSION",
        "TRACE_SCHEMA_VERSION",
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
        "Usage",
        "Violation",
    },
    "ingest": {
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
    },
    "ingest.export": {
        "ExportConfigError",
        "ExportStats",
        "KafkaLogExporter",
        "KafkaSpanExporter",
        "OtlpEncoding",
        "SaramaCompatPartitioner",
        "encode_otlp_json",
    },
    "ingest.validate": {
        "ReportFormat",
        "check_span",
        "check_spans",
        "coverage_summary",
        "field_problem",
        "render_coverage",
    },
    "redaction": {
        "REDACTION_FAILED",
        "RedactionConfig",
        "RedactionConfigError",
        "RedactionError",
        "RedactionStats",
        "Redactor",
    },
}


@pytest.mark.parametrize("package", sorted(PUBLIC))
def test_public_surface_is_pinned(package: str) -> None:
    module = importlib.import_module(package)
    assert set(module.__all__) == PUBLIC[package]
    missing = [name for name in module.__all__ if not hasattr(module, name)]
    assert missing == []
