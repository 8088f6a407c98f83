"""Support flags: a ticket's request to make a trace a case.

A flag is validated and its note redacted (in the trace's pseudonym scope, like span text) before
anything is stored (:func:`prepare_flag`, outside any transaction: redaction may take a while).
:func:`store_flag` then applies it at once when its trace is stored complete, or leaves it
``waiting``: the promotion hook applies it when the trace completes. A waiting flag past its expiry
is ``expired`` and never applied. A flag is one per (trace, ticket): sending it again changes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol

import regex
from sqlmodel import Session

from casegen.exceptions import InputError
from casegen.intake import promote_trace
from casegen.persist import audit, get_flag, load_trace, put_flag
from schemas.case import TicketFlag, TicketSource

MAX_TICKET = 200
_TRACE_ID = regex.compile(r"^[0-9a-f]{32}$")
_TICKET_ID = regex.compile(rf"^[A-Za-z0-9._:#-]{{1,{MAX_TICKET}}}$")
"""A help desk's reference, not text: no spaces or ``@``, so no address or sentence hides in one."""
MAX_NOTE = 10_000
MAX_BY = 200


class NoteRedactor(Protocol):
    def redact_texts(self, texts: Sequence[str], scope: str = "") -> list[str]: ...


def ticket_source(flag: TicketFlag) -> TicketSource:
    """The case source recording a flag."""
    return TicketSource(ticket_id=flag.ticket_id, note=flag.note, by=flag.by, at=flag.created_at)


def prepare_flag(
    *,
    trace_id: str,
    ticket_id: str,
    note: str | None,
    by: str | None,
    redactor: NoteRedactor,
    now: datetime,
    ttl: timedelta,
) -> TicketFlag:
    """A new ``waiting`` flag with its note redacted; :class:`InputError` names a bad field (never its value)."""
    trace_id = (trace_id or "").strip().lower()
    if not _TRACE_ID.match(trace_id):
        raise InputError("trace_id: expected 32 hex digits")
    ticket_id = (ticket_id or "").strip()
    if not _TICKET_ID.match(ticket_id):
        raise InputError(f"ticket_id: expected 1 to {MAX_TICKET} of letters, digits and . _ : # -")
    if note is not None and len(note) > MAX_NOTE:
        raise InputError(f"note: at most {MAX_NOTE} characters")
    if by is not None and (not by.strip() or len(by) > MAX_BY):
        raise InputError(f"by: expected 1 to {MAX_BY} characters")
    redacted = redactor.redact_texts([note], scope=trace_id)[0] if note else None
    return TicketFlag(
        trace_id=trace_id,
        ticket_id=ticket_id,
        note=redacted,
        by=by.strip() if by else None,
        created_at=now,
        expires_at=now + ttl,
    )


def store_flag(session: Session, flag: TicketFlag, *, author: str, now: datetime) -> TicketFlag:
    """Store a prepared flag and apply it if its trace is stored complete; a flag already stored (not
    expired) is returned as it is."""
    known = get_flag(session, flag.trace_id, flag.ticket_id)
    if known is not None and known.status != "expired":
        return known
    stored = load_trace(session, flag.trace_id)
    if stored is not None and stored.state == "complete":
        case = promote_trace(session, stored.record, [ticket_source(flag)], at=now, redactions=stored.redactions)
        assert case is not None
        flag = flag.model_copy(update={"status": "applied", "applied_at": now, "case_id": case.id})
    put_flag(session, flag)
    audit(
        session,
        author=author,
        action="flag.create",
        target=f"{flag.trace_id}/{flag.ticket_id}",
        at=now,
        detail={"status": flag.status, "case_id": flag.case_id},
    )
    return flag


def apply_waiting_flags(session: Session, flags: Sequence[TicketFlag], case_id: str, now: datetime) -> None:
    """Mark flags the promotion hook applied to ``case_id``."""
    for flag in flags:
        put_flag(session, flag.model_copy(update={"status": "applied", "applied_at": now, "case_id": case_id}))
        audit(
            session,
            author=f"ticket:{flag.ticket_id}",
            action="flag.apply",
            target=f"{flag.trace_id}/{flag.ticket_id}",
            at=now,
            detail={"case_id": case_id},
        )
