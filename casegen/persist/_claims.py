"""Reviewers' claims on cases: while a claim runs nobody else may decide or edit the case; it lapses by
itself (``expires_at``) so an abandoned review frees the case.

Taking a claim is one ``INSERT ... ON CONFLICT DO UPDATE ... WHERE`` (the holder renewing, or a lapsed
claim) with ``RETURNING``: on PostgreSQL two reviewers racing for one case serialize on the row, and
the loser finds the winner's claim; on SQLite writers are serialized by ``BEGIN IMMEDIATE``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Table, and_, delete, exists, or_
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session, col, select

from casegen.exceptions import CaseClaimedError
from casegen.persist._filters import CaseFilter, filtered
from store import CaseRow, ReviewClaimRow, ReviewDecisionRow

CLAIMS: Table = ReviewClaimRow.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Claim:
    case_id: str
    reviewer: str
    claimed_at: datetime
    expires_at: datetime


def claim_case(session: Session, case_id: str, *, by: str, at: datetime, ttl: timedelta) -> Claim:
    """Claim (or renew the claim on) a case until ``at + ttl``; :class:`CaseClaimedError` when another
    reviewer's claim is running. The case must exist (the caller checks)."""
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert(CLAIMS) if dialect == "postgresql" else sqlite.insert(CLAIMS)
    values = {"case_id": case_id, "reviewer": by, "claimed_at": at, "expires_at": at + ttl}
    upsert = insert.values(**values).on_conflict_do_update(
        index_elements=["case_id"],
        set_={"reviewer": by, "claimed_at": at, "expires_at": at + ttl},
        where=or_(CLAIMS.c.reviewer == by, CLAIMS.c.expires_at <= at),
    )
    if session.execute(upsert.returning(CLAIMS.c.case_id)).first() is None:
        holder = session.get(ReviewClaimRow, case_id, populate_existing=True)
        assert holder is not None  # the conflict was with this row
        raise CaseClaimedError(case_id, holder.reviewer, holder.expires_at)
    return Claim(case_id, by, at, at + ttl)


def release_claim(session: Session, case_id: str, *, by: str | None) -> bool:
    """End ``by``'s claim on the case (``by=None``: whoever holds it); True if there was one."""
    statement = delete(CLAIMS).where(CLAIMS.c.case_id == case_id)
    if by is not None:
        statement = statement.where(CLAIMS.c.reviewer == by)
    return bool(session.execute(statement.returning(CLAIMS.c.case_id)).first())


def running_claim(session: Session, case_id: str, now: datetime) -> Claim | None:
    row = session.get(ReviewClaimRow, case_id, populate_existing=True)
    if row is None or row.expires_at <= now:
        return None
    return Claim(row.case_id, row.reviewer, row.claimed_at, row.expires_at)


def check_claim(session: Session, case_id: str, *, by: str, now: datetime) -> None:
    """Raise :class:`CaseClaimedError` when someone other than ``by`` holds a running claim on the case."""
    claim = running_claim(session, case_id, now)
    if claim is not None and claim.reviewer != by:
        raise CaseClaimedError(case_id, claim.reviewer, claim.expires_at)


def running_claims(session: Session, case_ids: Iterable[str], now: datetime) -> dict[str, Claim]:
    """Running claims on these cases, by case id (for a queue page)."""
    ids = list(case_ids)
    if not ids:
        return {}
    rows = session.exec(
        select(ReviewClaimRow).where(col(ReviewClaimRow.case_id).in_(ids), col(ReviewClaimRow.expires_at) > now)
    )
    return {r.case_id: Claim(r.case_id, r.reviewer, r.claimed_at, r.expires_at) for r in rows}


def next_unclaimed(session: Session, where: CaseFilter, *, by: str, now: datetime) -> str | None:
    """The oldest candidate matching ``where`` that nobody else has claimed and ``by`` has not reviewed at its
    current revision (a second reviewer of a double-review set gets the cases the first one decided)."""
    claimed = exists().where(CLAIMS.c.case_id == CaseRow.case_id, CLAIMS.c.expires_at > now, CLAIMS.c.reviewer != by)
    reviewed = exists().where(
        and_(
            col(ReviewDecisionRow.case_id) == CaseRow.case_id,
            col(ReviewDecisionRow.revision) == CaseRow.revision,
            col(ReviewDecisionRow.reviewer) == by,
        )
    )
    candidates = CaseFilter(**{**where.__dict__, "status": "candidate"})
    statement = (
        filtered(select(CaseRow.case_id), candidates)
        .where(~claimed, ~reviewed)
        .order_by(col(CaseRow.created_at), col(CaseRow.case_id))
        .limit(1)
    )
    return session.exec(statement).first()
