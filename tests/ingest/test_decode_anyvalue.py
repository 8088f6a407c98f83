"""AnyValue flattening, protobuf and OTLP/JSON, every kind plus the edges."""

from __future__ import annotations

import base64
import math
from typing import Any

import pytest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

from ingest.decode import MAX_DEPTH, DecodeError, DecodeReason, anyvalue_from_json, anyvalue_from_pb
from ingest.decode.anyvalue import attributes_from_json, attributes_from_pb


def _pb(value: Any) -> AnyValue:
    """Python value → AnyValue, independent of the code under test."""
    out = AnyValue()
    if isinstance(value, bool):
        out.bool_value = value
    elif isinstance(value, int):
        out.int_value = value
    elif isinstance(value, float):
        out.double_value = value
    elif isinstance(value, str):
        out.string_value = value
    elif isinstance(value, bytes):
        out.bytes_value = value
    elif isinstance(value, list):
        out.array_value.values.extend(_pb(v) for v in value)
    elif isinstance(value, dict):
        out.kvlist_value.values.extend(KeyValue(key=k, value=_pb(v)) for k, v in value.items())
    return out


VALUES = [
    pytest.param("hé\u2603llo", id="string"),
    pytest.param("", id="empty-string"),
    pytest.param(True, id="bool-true"),
    pytest.param(False, id="bool-false"),
    pytest.param(0, id="int-zero"),
    pytest.param(-(2**63), id="int-min"),
    pytest.param(2**63 - 1, id="int-max"),
    pytest.param(0.25, id="double"),
    pytest.param(b"\x00\xffbin", id="bytes"),
    pytest.param([], id="empty-array"),
    pytest.param([1, "a", 2.5, [True, None]], id="mixed-array"),
    pytest.param({"a": {"b": [1, {"c": "d"}]}, "e": b"x"}, id="nested-kvlist"),
]


@pytest.mark.parametrize("value", VALUES)
def test_protobuf_round_trip(value: Any) -> None:
    assert anyvalue_from_pb(AnyValue.FromString(_pb(value).SerializeToString())) == value


def test_protobuf_unset_is_none() -> None:
    assert anyvalue_from_pb(AnyValue()) is None


def test_protobuf_attributes_last_duplicate_wins() -> None:
    kvs = [KeyValue(key="k", value=_pb(1)), KeyValue(key="k", value=_pb("two")), KeyValue(key="n", value=_pb([1]))]
    assert attributes_from_pb(kvs) == {"k": "two", "n": [1]}


JSON_CASES = [
    ({"stringValue": "x"}, "x"),
    ({"string_value": "x"}, "x"),
    ({"boolValue": False}, False),
    ({"intValue": "9223372036854775807"}, 2**63 - 1),
    ({"intValue": "-12"}, -12),
    ({"intValue": 42}, 42),
    ({"int_value": 7.0}, 7),
    ({"doubleValue": 1.5}, 1.5),
    ({"doubleValue": 3}, 3.0),
    ({"doubleValue": "2.5"}, 2.5),
    ({"doubleValue": "Infinity"}, math.inf),
    ({"bytesValue": base64.b64encode(b"\x00\x01\xfe").decode()}, b"\x00\x01\xfe"),
    ({"bytesValue": base64.urlsafe_b64encode(b"\xfb\xff").decode().rstrip("=")}, b"\xfb\xff"),
    ({"arrayValue": {"values": [{"intValue": "1"}, {"stringValue": "b"}, {}]}}, [1, "b", None]),
    ({"arrayValue": {}}, []),
    ({"kvlistValue": {"values": [{"key": "a", "value": {"boolValue": True}}, {"key": "n"}]}}, {"a": True, "n": None}),
    ({"kvlist_value": {"values": [{"key": "a", "value": {"array_value": {"values": []}}}]}}, {"a": []}),
    ({}, None),
    (None, None),
    ({"futureValue": 1, "stringValue": "known"}, "known"),
]


@pytest.mark.parametrize(("raw", "expected"), JSON_CASES)
def test_json_values(raw: Any, expected: Any) -> None:
    assert anyvalue_from_json(raw) == expected


def test_json_nan() -> None:
    assert math.isnan(anyvalue_from_json({"doubleValue": "NaN"}))


BAD_JSON = [
    {"stringValue": 5},
    {"boolValue": "true"},
    {"intValue": "12abc"},
    {"intValue": 1.5},
    {"intValue": True},
    {"doubleValue": "fast"},
    {"doubleValue": None, "bytesValue": "not base64!"},
    {"arrayValue": {"values": {"not": "a list"}}},
    {"arrayValue": []},
    {"kvlistValue": {"values": [{"value": {"intValue": 1}}]}},
    "a bare string",
    [1, 2],
]


@pytest.mark.parametrize("raw", BAD_JSON)
def test_json_bad_values_raise_bad_value(raw: Any) -> None:
    with pytest.raises(DecodeError) as info:
        anyvalue_from_json(raw)
    assert info.value.reason is DecodeReason.BAD_VALUE


def test_json_attributes_require_a_list() -> None:
    assert attributes_from_json(None) == {}
    with pytest.raises(DecodeError):
        attributes_from_json({"key": "a"})


def _nested_json(levels: int) -> dict[str, Any]:
    value: dict[str, Any] = {"stringValue": "leaf"}
    for _ in range(levels):
        value = {"kvlistValue": {"values": [{"key": "k", "value": value}]}}
    return value


def _nested_pb(levels: int) -> AnyValue:
    value = AnyValue(string_value="leaf")
    for _ in range(levels):
        outer = AnyValue()
        outer.kvlist_value.values.add(key="k").value.CopyFrom(value)
        value = outer
    return value


@pytest.mark.parametrize("levels", [MAX_DEPTH, MAX_DEPTH + 1, 1000])
def test_depth_cap(levels: int) -> None:
    accepted = levels <= MAX_DEPTH
    for build, flatten in ((_nested_json, anyvalue_from_json), (_nested_pb, anyvalue_from_pb)):
        value = build(levels)
        if accepted:
            leaf = flatten(value)
            for _ in range(levels):
                leaf = leaf["k"]
            assert leaf == "leaf"
        else:
            with pytest.raises(DecodeError) as info:
                flatten(value)
            assert info.value.reason is DecodeReason.TOO_DEEP


def test_arrays_count_towards_depth() -> None:
    value: dict[str, Any] = {"intValue": 1}
    for _ in range(MAX_DEPTH + 1):
        value = {"arrayValue": {"values": [value]}}
    with pytest.raises(DecodeError) as info:
        anyvalue_from_json(value)
    assert info.value.reason is DecodeReason.TOO_DEEP
