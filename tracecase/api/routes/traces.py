"""``/traces/{trace_id}``: the stored (redacted) trace behind a case, spans included (reviewer)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends

from casegen.exceptions import CaseNotFoundError
from casegen.persist import load_trace
from tracecase.api.auth import allow, context
from tracecase.api.context import ApiContext

router = APIRouter(prefix="/traces", tags=["cases"])
reviewer = allow("reviewer")


@router.get("/{trace_id}")
def trace(trace_id: str, _: Any = Depends(reviewer), ctx: ApiContext = Depends(context)) -> dict[str, Any]:
    """The trace record as stored (already redacted), with its state and revision."""
    with ctx.store.transaction() as session:
        stored = load_trace(session, trace_id)
    if stored is None:
        raise CaseNotFoundError(f"no stored trace {trace_id}")
    return {"state": stored.state, "revision": stored.revision, "trace": stored.record.model_dump(mode="json")}
