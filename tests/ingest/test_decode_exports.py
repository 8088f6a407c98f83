"""The public surface of ``ingest.decode`` is pinned: changing it is a deliberate act."""

from __future__ import annotations

import pickle

import ingest.decode
from ingest.decode import DecodeError, DecodeReason
from schemas.errors import TracecaseError


def test_public_names() -> None:
    assert sorted(ingest.decode.__all__) == [
        "DecodeError",
        "DecodeReason",
        "FileItem",
        "MAX_DEPTH",
        "Signal",
        "TOPIC_SIGNALS",
        "anyvalue_from_json",
        "anyvalue_from_pb",
        "decode_message",
        "read_otlp_file",
        "signal_for_topic",
    ]
    for name in ingest.decode.__all__:
        assert hasattr(ingest.decode, name)


def test_reasons_are_stable_strings() -> None:
    assert {r.value for r in DecodeReason} == {
        "empty",
        "not_otlp",
        "invalid_json",
        "truncated_protobuf",
        "invalid_protobuf",
        "invalid_utf8",
        "bad_trace_id",
        "bad_span_id",
        "too_deep",
        "bad_value",
        "unreadable",
    }


def test_error_is_a_tracecase_error_and_survives_pickling() -> None:
    error = DecodeError(DecodeReason.BAD_SPAN_ID, "spanId must be 8 bytes", location="spans[1]", path="a.jsonl", line=4)
    assert isinstance(error, TracecaseError)
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.reason, copy.location, copy.path, copy.line, str(copy)) == (
        DecodeReason.BAD_SPAN_ID,
        "spans[1]",
        "a.jsonl",
        4,
        str(error),
    )
    assert str(error) == "bad_span_id: spanId must be 8 bytes (a.jsonl, line 4, spans[1])"
