"""Trace and span ids: validated and rendered as lowercase hex.

Protobuf carries raw bytes; OTLP/JSON carries hex (any case). ``MessageToJson`` output, which some
Python tools write, carries base64 instead; its lengths (24 / 12 characters) cannot be mistaken for
hex ids (32 / 16), so both are accepted. All-zero ids are invalid per W3C trace context, except that
an all-zero *parent* id is read as "no parent" (some JSON emitters write it that way).
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from ingest.decode.exceptions import DecodeError, DecodeReason

TRACE_ID_BYTES = 16
SPAN_ID_BYTES = 8
_ZEROS = {TRACE_ID_BYTES: bytes(TRACE_ID_BYTES), SPAN_ID_BYTES: bytes(SPAN_ID_BYTES)}
_REASONS = {TRACE_ID_BYTES: DecodeReason.BAD_TRACE_ID, SPAN_ID_BYTES: DecodeReason.BAD_SPAN_ID}
# base64 text length for each id size (with padding).
_B64_LENGTHS = {TRACE_ID_BYTES: 24, SPAN_ID_BYTES: 12}


def _bad_id(size: int, field: str) -> DecodeError:
    return DecodeError(_REASONS[size], f"{field} must be {size} non-zero bytes")


def hex_id(raw: bytes, size: int, field: str) -> str:
    """Required id from protobuf bytes; raises ``bad_trace_id``/``bad_span_id``."""
    if len(raw) != size or raw == _ZEROS[size]:
        raise _bad_id(size, field)
    return raw.hex()


def optional_hex_id(raw: bytes, size: int, field: str) -> str | None:
    """Optional id (parent span, log record ids): empty or all-zero is None, other lengths raise."""
    if not raw or raw == _ZEROS[size]:
        return None
    if len(raw) != size:
        raise _bad_id(size, field)
    return raw.hex()


def _json_id_bytes(raw: Any, size: int, field: str) -> bytes:
    if not isinstance(raw, str):
        raise _bad_id(size, field)
    try:
        if len(raw) == size * 2:
            decoded = bytes.fromhex(raw)
        elif len(raw) == _B64_LENGTHS[size]:
            decoded = base64.b64decode(raw, validate=True)
        else:
            raise _bad_id(size, field)
    except (ValueError, binascii.Error):
        raise _bad_id(size, field) from None
    if len(decoded) != size:  # fromhex skips spaces: "ab cd..." decodes short
        raise _bad_id(size, field)
    return decoded


def json_hex_id(raw: Any, size: int, field: str) -> str:
    """Required id from OTLP/JSON (hex, any case, or base64); raises when missing or malformed."""
    decoded = _json_id_bytes(raw, size, field)
    if decoded == _ZEROS[size]:
        raise _bad_id(size, field)
    return decoded.hex()


def optional_json_hex_id(raw: Any, size: int, field: str) -> str | None:
    """Optional id from OTLP/JSON: missing, empty or all-zero is None."""
    if raw is None or raw == "":
        return None
    decoded = _json_id_bytes(raw, size, field)
    return None if decoded == _ZEROS[size] else decoded.hex()
