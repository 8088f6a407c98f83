"""OTLP protobuf messages → OTLP/JSON bytes, as the collector's ``otlp_json`` encoding writes them.

``json_format.MessageToDict(use_integers_for_enums=True)`` already gives lowerCamelCase keys,
integer enums and 64-bit integers as decimal strings, which is what the OTLP/JSON specification
asks for. It differs in one point: proto3 JSON writes ``bytes`` fields as base64, while OTLP/JSON
writes trace and span ids as lowercase hex. Those ids are rewritten here; other ``bytes`` values
(``AnyValue.bytesValue``) stay base64, as the specification keeps them.
"""

from __future__ import annotations

import base64
from typing import Any

import orjson
from google.protobuf import json_format
from google.protobuf.message import Message

_ID_KEYS = ("traceId", "spanId", "parentSpanId")


def encode_otlp_json(message: Message) -> bytes:
    """OTLP/JSON of a ``TracesData``/``LogsData`` (or the export requests, which share their fields)."""
    doc: dict[str, Any] = json_format.MessageToDict(message, use_integers_for_enums=True)
    for resource in doc.get("resourceSpans", ()):
        for scope in resource.get("scopeSpans", ()):
            for span in scope.get("spans", ()):
                _hex_ids(span)
                for link in span.get("links", ()):
                    _hex_ids(link)
    for resource in doc.get("resourceLogs", ()):
        for scope in resource.get("scopeLogs", ()):
            for record in scope.get("logRecords", ()):
                _hex_ids(record)
    return orjson.dumps(doc)


def _hex_ids(obj: dict[str, Any]) -> None:
    for key in _ID_KEYS:
        value = obj.get(key)
        if value:
            obj[key] = base64.b64decode(value).hex()
