"""``tracecase rules backfill``: the promotion rules applied to traces already stored.

Complete traces (optionally those started since a time) are read in batches, one transaction per
batch, and go through the same step as the stream (:func:`promote_stored`): facets, rules, waiting
flags, the case. Running it twice adds nothing the first run added.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from casegen.cases import LanguageDetector, case_id_for
from casegen.persist import current_revision, load_trace
from casegen.promote import RuleSet
from casegen.stream._hook import promote_stored
from store import TraceFilter, TraceStore, trace_batches, utcnow


@dataclass
class BackfillSummary:
    traces: int = 0
    """Complete traces the rules ran on."""
    promoted: int = 0
    """Of those, traces at least one rule or waiting flag selected."""
    revisions: int = 0
    """Case revisions written (new cases and added sources)."""


def backfill_rules(
    store: TraceStore,
    rules: RuleSet,
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    batch: int = 200,
    clock: Callable[[], datetime] = utcnow,
    detector: LanguageDetector | None = None,
) -> BackfillSummary:
    summary = BackfillSummary()
    for session, ids in trace_batches(store, TraceFilter(state="complete", since=since, until=until), batch):
        for trace_id in ids:
            stored = load_trace(session, trace_id)
            if stored is None:  # purged meanwhile
                continue
            before = current_revision(session, case_id_for(trace_id)) or 0
            sources = promote_stored(
                session, stored.record, rules, at=clock(), redactions=stored.redactions, detector=detector
            )
            after = current_revision(session, case_id_for(trace_id)) or 0
            summary.traces += 1
            summary.promoted += bool(sources)
            summary.revisions += after - before
    return summary
