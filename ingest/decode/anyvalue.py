"""Flatten OTLP ``AnyValue`` into plain Python values.

string → str, bool → bool, int → int, double → float, bytes → bytes, array → list, kvlist → dict,
unset → None. Two sources: protobuf messages (``WhichOneof``, the hot path) and OTLP/JSON dicts
(lowerCamelCase keys, snake_case accepted; int64 as string or number; bytes as base64).

Depth: a value nested deeper than :data:`MAX_DEPTH` arrays/kvlists raises ``DecodeError(too_deep)``
instead of being truncated — a silently cut value would become a wrong evaluation case, while an
error drops just that span/log record, visibly. (For protobuf, upb already refuses messages nested
more than 100 levels, i.e. about 30 kvlists, so there the whole message fails as ``too_deep``.)
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterable
from typing import Any

from ingest.decode.exceptions import DecodeError, DecodeReason

MAX_DEPTH = 32
"""Deepest accepted nesting of arrays/kvlists inside one value."""


def _too_deep() -> DecodeError:
    return DecodeError(DecodeReason.TOO_DEEP, f"value nested deeper than {MAX_DEPTH} levels")


# ---------------------------------------------------------------------------------------------
# protobuf


def _pb_array(value: Any, depth: int) -> list[Any]:
    return [anyvalue_from_pb(item, depth) for item in value.array_value.values]


def _pb_kvlist(value: Any, depth: int) -> dict[str, Any]:
    return {kv.key: anyvalue_from_pb(kv.value, depth) for kv in value.kvlist_value.values}


_PB_NESTED: dict[str, Callable[[Any, int], Any]] = {"array_value": _pb_array, "kvlist_value": _pb_kvlist}


def anyvalue_from_pb(value: Any, depth: int = 0) -> Any:
    """One ``common_pb2.AnyValue`` as a Python value; ``depth`` is the nesting already walked."""
    kind = value.WhichOneof("value")
    if kind is None:
        return None
    nested = _PB_NESTED.get(kind)
    if nested is None:
        return getattr(value, kind)  # the oneof's field name is the scalar's attribute
    if depth >= MAX_DEPTH:
        raise _too_deep()
    return nested(value, depth + 1)


def attributes_from_pb(key_values: Iterable[Any]) -> dict[str, Any]:
    """Repeated ``KeyValue`` as a dict (a repeated key keeps its last value, like the SDKs)."""
    out: dict[str, Any] = {}
    for kv in key_values:
        value = kv.value
        kind = value.WhichOneof("value")
        # Inlined scalar case: attributes are overwhelmingly strings and numbers.
        if kind is not None and kind not in _PB_NESTED:
            out[kv.key] = getattr(value, kind)
        else:
            out[kv.key] = anyvalue_from_pb(value)
    return out


# ---------------------------------------------------------------------------------------------
# OTLP/JSON


def _bad(what: str) -> DecodeError:
    return DecodeError(DecodeReason.BAD_VALUE, what)


def _json_string(raw: Any, depth: int) -> str:
    if not isinstance(raw, str):
        raise _bad("stringValue is not a string")
    return raw


def _json_bool(raw: Any, depth: int) -> bool:
    if not isinstance(raw, bool):
        raise _bad("boolValue is not a boolean")
    return raw


def json_int(raw: Any, what: str = "intValue") -> int:
    """An int64/uint64/fixed64 field: proto3 JSON writes them as strings, many emitters as numbers."""
    if isinstance(raw, int) and not isinstance(raw, bool):
        return raw
    if isinstance(raw, str):
        try:
            return int(raw)
        except ValueError:
            raise _bad(f"{what} is not an integer") from None
    if isinstance(raw, float) and raw.is_integer():
        return int(raw)
    raise _bad(f"{what} is not an integer")


def _json_double(raw: Any, depth: int) -> float:
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return float(raw)
    if isinstance(raw, str):  # "NaN", "Infinity", "-Infinity" and quoted numbers are valid proto3 JSON
        try:
            return float(raw)
        except ValueError:
            raise _bad("doubleValue is not a number") from None
    raise _bad("doubleValue is not a number")


def _json_bytes(raw: Any, depth: int) -> bytes:
    if not isinstance(raw, str):
        raise _bad("bytesValue is not a base64 string")
    # proto3 JSON accepts standard and URL-safe alphabets, padding optional.
    padded = raw + "=" * (-len(raw) % 4)
    try:
        if "-" in raw or "_" in raw:
            return base64.urlsafe_b64decode(padded)
        return base64.b64decode(padded, validate=True)
    except (binascii.Error, ValueError):
        raise _bad("bytesValue is not valid base64") from None


def _values_of(raw: Any, what: str) -> list[Any]:
    if not isinstance(raw, dict):
        raise _bad(f"{what} is not an object")
    values = raw.get("values", [])
    if not isinstance(values, list):
        raise _bad(f"{what}.values is not a list")
    return values


def _json_array(raw: Any, depth: int) -> list[Any]:
    return [anyvalue_from_json(item, depth) for item in _values_of(raw, "arrayValue")]


def _json_kvlist(raw: Any, depth: int) -> dict[str, Any]:
    return attributes_from_json(_values_of(raw, "kvlistValue"), depth)


def snake_case(camel: str) -> str:
    """``stringValue`` → ``string_value``: the proto field name behind an OTLP/JSON key."""
    return "".join(f"_{c.lower()}" if c.isupper() else c for c in camel)


def _with_snake_case(table: dict[str, Callable[[Any, int], Any]]) -> dict[str, Callable[[Any, int], Any]]:
    return table | {snake_case(key): fn for key, fn in table.items()}


_JSON_SCALARS = _with_snake_case(
    {
        "stringValue": _json_string,
        "boolValue": _json_bool,
        "intValue": lambda raw, depth: json_int(raw),
        "doubleValue": _json_double,
        "bytesValue": _json_bytes,
    }
)
_JSON_NESTED = _with_snake_case({"arrayValue": _json_array, "kvlistValue": _json_kvlist})


def anyvalue_from_json(raw: Any, depth: int = 0) -> Any:
    """One OTLP/JSON AnyValue object as a Python value; unknown keys are ignored, ``{}`` is None."""
    if not isinstance(raw, dict):
        if raw is None:
            return None
        raise _bad("AnyValue is not an object")
    for key, inner in raw.items():
        scalar = _JSON_SCALARS.get(key)
        if scalar is not None:
            return scalar(inner, depth)
        nested = _JSON_NESTED.get(key)
        if nested is not None:
            if depth >= MAX_DEPTH:
                raise _too_deep()
            return nested(inner, depth + 1)
    return None


def attributes_from_json(key_values: Any, depth: int = 0) -> dict[str, Any]:
    """OTLP/JSON ``[{"key": ..., "value": {...}}]`` as a dict (a missing list is empty)."""
    if key_values is None:
        return {}
    if not isinstance(key_values, list):
        raise _bad("attributes is not a list")
    out: dict[str, Any] = {}
    for kv in key_values:
        key = kv.get("key") if isinstance(kv, dict) else None
        if not isinstance(key, str):
            raise _bad("attribute without a string key")
        value = kv.get("value")
        # Inlined string case, the bulk of attributes; anything else takes the general path.
        text = value.get("stringValue") if type(value) is dict and len(value) == 1 else None
        out[key] = text if type(text) is str else anyvalue_from_json(value, depth)
    return out
