"""Build ``RawSpan``/``RawLogRecord`` directly (attributes already flattened), for normalizer tests.

Test modules in this folder import it as ``rawspan_factory`` (pytest puts the folder on ``sys.path``).
"""

from __future__ import annotations

import itertools
from typing import Any

from ingest.records import RawEvent, RawLogRecord, RawSpan

TRACE_ID = "0af7651916cd43dd8448eb211c80319c"
T0 = 1_764_000_000_000_000_000  # 2025-11-24T16:00:00Z in unix nanoseconds
_ids = itertools.count(1)


def span_id(n: int | None = None) -> str:
    return f"{next(_ids) if n is None else n:016x}"


def raw_span(
    attributes: dict[str, Any] | None = None,
    *,
    name: str = "span",
    span: str | None = None,
    parent: str | None = None,
    trace_id: str = TRACE_ID,
    kind: int = 1,
    start: int = T0,
    end: int | None = None,
    status_code: int = 0,
    status_message: str = "",
    events: list[RawEvent] | None = None,
    service: str | None = "shop-assistant",
    scope: str = "tests",
) -> RawSpan:
    return RawSpan(
        trace_id=trace_id,
        span_id=span or span_id(),
        parent_span_id=parent,
        name=name,
        kind=kind,
        start_time_unix_nano=start,
        end_time_unix_nano=end if end is not None else start + 1_000_000,
        status_code=status_code,
        status_message=status_message,
        attributes=dict(attributes or {}),
        events=list(events or []),
        resource={"service.name": service} if service else {},
        scope_name=scope,
        scope_version="1.0",
    )


def event(name: str, attributes: dict[str, Any] | None = None, *, time: int = T0) -> RawEvent:
    return RawEvent(name=name, time_unix_nano=time, attributes=dict(attributes or {}))


def log(
    event_name: str,
    body: Any = None,
    attributes: dict[str, Any] | None = None,
    *,
    of: RawSpan | None = None,
    trace_id: str | None = TRACE_ID,
    span: str | None = None,
    time: int = T0,
) -> RawLogRecord:
    return RawLogRecord(
        trace_id=of.trace_id if of else trace_id,
        span_id=of.span_id if of else span,
        time_unix_nano=time,
        event_name=event_name,
        body=body,
        attributes=dict(attributes or {}),
        resource={"service.name": "shop-assistant"},
        scope_name="tests",
    )
