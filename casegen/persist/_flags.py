"""Ticket flags in the store (``schemas.TicketFlag`` <-> ``ticket_flags`` rows)."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select, update

from schemas.case import TicketFlag
from store import TicketFlagRow


def flag_from_row(row: TicketFlagRow) -> TicketFlag:
    return TicketFlag(
        trace_id=row.trace_id,
        ticket_id=row.ticket_id,
        note=row.note,
        by=row.flagged_by,
        created_at=row.created_at,
        expires_at=row.expires_at,
        status=row.status,
        applied_at=row.applied_at,
        case_id=row.case_id,
    )


def get_flag(session: Session, trace_id: str, ticket_id: str) -> TicketFlag | None:
    row = session.get(TicketFlagRow, (trace_id, ticket_id))
    return flag_from_row(row) if row is not None else None


def put_flag(session: Session, flag: TicketFlag) -> None:
    """Insert or overwrite the flag's row."""
    row = session.get(TicketFlagRow, (flag.trace_id, flag.ticket_id)) or TicketFlagRow(
        trace_id=flag.trace_id, ticket_id=flag.ticket_id, status=flag.status
    )
    row.status = flag.status
    row.note = flag.note
    row.flagged_by = flag.by
    row.created_at = flag.created_at
    row.expires_at = flag.expires_at
    row.applied_at = flag.applied_at
    row.case_id = flag.case_id
    session.add(row)
    session.flush()


def waiting_flags(session: Session, trace_id: str, now: datetime) -> list[TicketFlag]:
    """Flags of the trace still waiting and not expired, oldest first."""
    rows = session.exec(
        select(TicketFlagRow)
        .where(TicketFlagRow.trace_id == trace_id, TicketFlagRow.status == "waiting")
        .where(col(TicketFlagRow.expires_at) > now)
        .order_by(col(TicketFlagRow.created_at), col(TicketFlagRow.ticket_id))
    )
    return [flag_from_row(row) for row in rows]


def expire_flags(session: Session, now: datetime) -> int:
    """Mark every waiting flag past its expiry ``expired``; returns how many."""
    result = session.execute(
        update(TicketFlagRow)
        .where(col(TicketFlagRow.status) == "waiting", col(TicketFlagRow.expires_at) <= now)
        .values(status="expired")
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def list_flags(
    session: Session,
    *,
    by: str | None = None,
    status: str | None = None,
    trace_id: str | None = None,
    limit: int = 100,
    offset: int = 0,
) -> list[TicketFlag]:
    """Newest first."""
    statement = select(TicketFlagRow)
    if by is not None:
        statement = statement.where(TicketFlagRow.flagged_by == by)
    if status is not None:
        statement = statement.where(TicketFlagRow.status == status)
    if trace_id is not None:
        statement = statement.where(TicketFlagRow.trace_id == trace_id)
    statement = statement.order_by(col(TicketFlagRow.created_at).desc(), col(TicketFlagRow.ticket_id))
    return [flag_from_row(row) for row in session.exec(statement.offset(offset).limit(limit))]
