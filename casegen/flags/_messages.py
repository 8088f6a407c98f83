"""Flags from a Kafka topic (help-desk integrations): one JSON object per record.

::

    {"trace_id": "4bf92f3577b34da6a3ce929d0e0e4736", "ticket_id": "T-1042", "note": "...", "by": "desk"}

:class:`FlagHandler` is an ``ingest.consume.RecordHandler``: it stores the flag (applied, or waiting
for its trace) and returns None, or returns the reason a record is poison — not JSON, not an object,
a missing or malformed field — and the consumer sends it to the dead-letter topic. Reasons name the
field, never a value (notes quote customers). A store that is down raises ``StoreUnavailableError``:
the consumer retries the record.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import orjson
from pydantic import BaseModel, ConfigDict, ValidationError

from casegen.exceptions import InputError
from casegen.flags._flag import NoteRedactor, prepare_flag, store_flag
from casegen.persist import expire_flags
from store import TraceStore, utcnow

MAX_MESSAGE_BYTES = 64 * 1024


class FlagMessage(BaseModel):
    """The JSON of one flag record."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    trace_id: str
    ticket_id: str
    note: str | None = None
    by: str | None = None


class FlagHandler:
    """``handler(value, origin) -> poison reason | None`` for the flags topic."""

    def __init__(
        self,
        store: TraceStore,
        redactor: NoteRedactor,
        ttl: timedelta,
        *,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self._store = store
        self._redactor = redactor
        self._ttl = ttl
        self._clock = clock

    def __call__(self, value: bytes | None, origin: Any) -> str | None:
        message, reason = parse_flag_message(value)
        if message is None:
            return reason
        now = self._clock()
        try:
            flag = prepare_flag(
                trace_id=message.trace_id,
                ticket_id=message.ticket_id,
                note=message.note,
                by=message.by,
                redactor=self._redactor,
                now=now,
                ttl=self._ttl,
            )
        except InputError as exc:
            return f"flag_malformed: {exc}"
        with self._store.transaction() as session:
            expire_flags(session, now)
            store_flag(session, flag, author=f"kafka:{message.by or 'help-desk'}", now=now)
        return None


def parse_flag_message(value: bytes | None) -> tuple[FlagMessage | None, str | None]:
    """(message, None) or (None, poison reason)."""
    if not value:
        return None, "flag_malformed: empty record"
    if len(value) > MAX_MESSAGE_BYTES:
        return None, f"flag_oversized: {len(value)} bytes (at most {MAX_MESSAGE_BYTES})"
    try:
        data = orjson.loads(value)
    except orjson.JSONDecodeError:
        return None, "flag_malformed: not JSON"
    if not isinstance(data, dict):
        return None, "flag_malformed: not a JSON object"
    try:
        return FlagMessage.model_validate(data), None
    except ValidationError as exc:
        first = exc.errors(include_input=False, include_url=False)[0]
        field = ".".join(str(part) for part in first["loc"]) or "message"
        problem = "unknown field" if first["type"] == "extra_forbidden" else first["msg"]
        return None, f"flag_malformed: {field}: {problem}"
