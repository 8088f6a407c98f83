"""The review queue: filters, sort by age or group size, near-duplicate groups collapsed with their size,
keyset pages, who holds a claim; and "review next", which claims the oldest free candidate."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response
from sqlmodel import Session, col, select

from casegen.datasets.persist import list_datasets
from casegen.exceptions import CaseClaimedError
from casegen.persist import (
    CaseFilter,
    claim_case,
    count_cases,
    list_case_sets,
    list_cases,
    next_unclaimed,
    running_claims,
)
from casegen.persist import audit as audit_log
from schemas.case import CASE_STATUSES
from store import CaseRow
from tracecase.api.auth import context
from tracecase.api.context import ApiContext
from tracecase.web.access import Posted, form, page
from tracecase.web.pages._common import REFUSED, ROUTER_OPTIONS, notice, redirect, refusal
from tracecase.web.render import render
from tracecase.web.sessions import Viewer

router = APIRouter(**ROUTER_OPTIONS)  # type: ignore[arg-type]
PAGE_SIZE = 50
RACES = 5
"""Attempts of "review next" when other reviewers keep taking the case it found first."""
SOURCES = ("rule", "ticket", "containment")
SORTS = {"newest": "Newest first", "oldest": "Oldest first", "largest_group": "Largest group first"}
Sort = Literal["newest", "oldest", "largest_group"]


@dataclass(frozen=True)
class QueueQuery:
    """The queue's filters as the page's query string carries them (empty = any)."""

    status: str = "candidate"
    source: str = ""
    service: str = ""
    model: str = ""
    label: str = ""
    case_set: str = ""
    dataset: str = ""
    sort: Sort = "newest"
    collapse: bool = True

    def where(self) -> CaseFilter:
        return CaseFilter(
            status=self.status or None,
            source=self.source or None,
            service=self.service or None,
            model=self.model or None,
            label=self.label or None,
            case_set=self.case_set or None,
            dataset=self.dataset or None,
        )

    def params(self) -> dict[str, str]:
        """Non-default filters, for links (next page, review next)."""
        values = {
            "status": self.status,
            "source": self.source,
            "service": self.service,
            "model": self.model,
            "label": self.label,
            "set": self.case_set,
            "dataset": self.dataset,
            "sort": self.sort,
            "collapse": "1" if self.collapse else "0",
        }
        return {k: v for k, v in values.items() if v}

    def back(self) -> dict[str, str]:
        """The filters as a case page keeps them (``q_*``), for its own "review next"."""
        return {f"q_{k}": v for k, v in self.params().items()}


def _distinct(session: Session, column: Any) -> list[str]:
    return [v for v in session.exec(select(column).where(column.is_not(None)).distinct().order_by(column)) if v]


def queue_query(
    status: Literal["candidate", "accepted", "rejected", "duplicate", ""] = "candidate",
    source: Literal["rule", "ticket", "containment", ""] = "",
    service: str = Query(default="", max_length=200),
    model: str = Query(default="", max_length=200),
    label: str = Query(default="", max_length=100),
    case_set: str = Query(default="", alias="set", max_length=200),
    dataset: str = Query(default="", max_length=201),
    sort: Sort = "newest",
    collapse: Literal["0", "1"] = "1",
) -> QueueQuery:
    return QueueQuery(status, source, service, model, label, case_set, dataset, sort, collapse == "1")


@router.get("/queue")
def queue(
    request: Request,
    query: QueueQuery = Depends(queue_query),
    after: str | None = Query(default=None, max_length=500),
    done: str | None = None,
    viewer: Viewer = Depends(page("reviewer")),
    ctx: ApiContext = Depends(context),
) -> Response:
    now = ctx.clock()
    error, status_code = None, 200
    with ctx.store.transaction() as session:
        try:
            found = list_cases(
                session, query.where(), limit=PAGE_SIZE, after=after, order=query.sort, collapse=query.collapse
            )
        except REFUSED as exc:
            status_code, error = refusal(exc)
            found = list_cases(session, query.where(), limit=PAGE_SIZE, order=query.sort, collapse=query.collapse)
        total = count_cases(session, query.where())
        claims = running_claims(session, [item.case.id for item in found.items], now)
        options = {
            "services": _distinct(session, col(CaseRow.service)),
            "models": _distinct(session, col(CaseRow.model)),
            "sets": [row.name for row in list_case_sets(session)],
            "datasets": [d.name for d in list_datasets(session)],
        }
    return render(
        request,
        "queue.html",
        status_code=status_code,
        query=query,
        items=found.items,
        next_cursor=found.next_cursor,
        first_page=after is None,
        total=total,
        claims=claims,
        now=now,
        statuses=CASE_STATUSES,
        sources=SOURCES,
        sorts=SORTS,
        labels=ctx.taxonomy.names,
        options=options,
        notice=notice(done),
        error=error,
    )


@router.post("/queue/next")
def review_next(
    request: Request, posted: Posted = Depends(form("reviewer")), ctx: ApiContext = Depends(context)
) -> Response:
    """Claim the oldest candidate under the posted filters that nobody else holds, and open it."""
    query = QueueQuery(
        status="candidate",
        source=posted.text("source") if posted.text("source") in SOURCES else "",
        service=posted.text("service"),
        model=posted.text("model"),
        label=posted.text("label"),
        case_set=posted.text("set"),
        dataset=posted.text("dataset"),
    )
    now, by = ctx.clock(), posted.viewer.name
    ttl = timedelta(minutes=ctx.settings.review_claim_minutes)
    case_id = None
    for _ in range(RACES):
        try:
            with ctx.store.transaction() as session:
                case_id = next_unclaimed(session, query.where(), by=by, now=now)
                if case_id is not None:
                    claim_case(session, case_id, by=by, at=now, ttl=ttl)
                    audit_log(session, author=by, action="case.claim", target=case_id, at=now)
            break
        except CaseClaimedError:  # another reviewer took that one a moment earlier: take the next
            case_id = None
    if case_id is None:
        return redirect("/ui/queue", {**query.params(), "done": "queue_empty"})
    return redirect(f"/ui/cases/{case_id}", {"done": "claimed", **query.back()})
