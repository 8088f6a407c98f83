"""Promotion on the stream: the ``StoredHook`` ``tracecase ingest`` runs, inside the storing
transaction, for every trace that completed or was revised.

For each such trace it writes the trace's facets, evaluates the promotion rules, applies the support
flags that were waiting for the trace, and creates or revises the case (``promote_trace``). Traces
re-delivered unchanged never reach a hook, and a case is only revised by a real change, so
re-delivery makes no duplicate case and no empty revision.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import TYPE_CHECKING

from sqlmodel import Session

from casegen.cases import LanguageDetector
from casegen.flags import apply_waiting_flags, ticket_source
from casegen.intake import promote_trace
from casegen.persist import waiting_flags
from casegen.promote import RuleSet, evaluate_rules, load_rules
from schemas.case import CaseSource
from schemas.redaction import RedactionRecord
from schemas.trace import TraceRecord
from store import replace_facets, trace_facets, utcnow

if TYPE_CHECKING:
    from ingest.pipeline import SavedTrace

logger = logging.getLogger(__name__)


class PromotionHook:
    """``hook(session, saved)``: facets, rules, waiting flags and the case of one stored trace."""

    __name__ = "promotion"

    def __init__(
        self,
        rules: RuleSet | None = None,
        *,
        clock: Callable[[], datetime] = utcnow,
        detector: LanguageDetector | None = None,
    ) -> None:
        self.rules = rules if rules is not None else load_rules()
        self._clock = clock
        self._detector = detector

    def __call__(self, session: Session, saved: SavedTrace) -> None:
        if saved.record is None:
            return
        promote_stored(
            session,
            saved.record,
            self.rules,
            at=self._clock(),
            redactions=saved.redactions,
            trace_changed=str(saved.change) == "revised",
            detector=self._detector,
        )


def promote_stored(
    session: Session,
    record: TraceRecord,
    rules: RuleSet,
    *,
    at: datetime,
    redactions: Mapping[str, RedactionRecord] | None = None,
    trace_changed: bool = False,
    detector: LanguageDetector | None = None,
) -> list[CaseSource]:
    """Facets (``rule``: the rules that match now), rules and waiting flags for one stored trace; returns
    the sources that promoted it."""
    trace_id = record.trace_id
    promotions = evaluate_rules(record, rules.enabled)
    replace_facets(session, trace_id, trace_facets(record) | {("rule", p.rule) for p in promotions})
    flags = waiting_flags(session, trace_id, at)
    sources: list[CaseSource] = [p.to_source(at) for p in promotions]
    sources += [ticket_source(flag) for flag in flags]
    case = promote_trace(
        session,
        record,
        sources,
        at=at,
        redactions=redactions,
        trace_changed=trace_changed,
        detector=detector,
    )
    if case is not None and flags:
        apply_waiting_flags(session, flags, case.id, at)
    return sources
