"""Minimal protobuf wire-format walking, for diagnosis and framing only (never the hot path).

upb reports every malformed input as "Wire format was corrupt"; walking the top-level fields tells
a cut-off message (a field that runs past the end) from other corruption, which matters because the
two call for different action (retry the read vs dead-letter the record).
"""

from __future__ import annotations

_MAX_VARINT_BYTES = 10
_FIXED_SIZES = {1: 8, 5: 4}  # wire type → payload bytes
_VARINT, _LENGTH_DELIMITED, _START_GROUP, _END_GROUP = 0, 2, 3, 4


def read_varint(data: bytes, pos: int) -> tuple[int, int] | None:
    """(value, next position), or None when the varint runs past the end or is over-long."""
    value, shift, end = 0, 0, min(len(data), pos + _MAX_VARINT_BYTES)
    while pos < end:
        byte = data[pos]
        pos += 1
        value |= (byte & 0x7F) << shift
        if byte < 0x80:
            return value, pos
        shift += 7
    return None


def ends_inside_field(data: bytes) -> bool:
    """True when the top-level fields are well-formed up to a field that runs past the end."""
    pos, end = 0, len(data)
    while pos < end:
        key = read_varint(data, pos)
        if key is None:
            return end - pos < _MAX_VARINT_BYTES
        tag, pos = key
        wire_type = tag & 7
        if wire_type == _VARINT:
            value = read_varint(data, pos)
            if value is None:
                return end - pos < _MAX_VARINT_BYTES
            pos = value[1]
        elif wire_type == _LENGTH_DELIMITED:
            length = read_varint(data, pos)
            if length is None:
                return end - pos < _MAX_VARINT_BYTES
            pos = length[1] + length[0]
        elif wire_type in _FIXED_SIZES:
            pos += _FIXED_SIZES[wire_type]
        elif wire_type not in (_START_GROUP, _END_GROUP):
            return False  # wire types 6 and 7 do not exist: corruption, not truncation
    return pos > end
