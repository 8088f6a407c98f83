"""Coverage over time: each completed trace's required-field checks kept per span (``CoverageHook``), and
the per-field shares per service x instrumentation scope x span kind by hour or day (``coverage_series``).

The checks are the trace's own ``violations`` (the policy in force when it was stored), so the history
shows what each team's tracing carried at the time, not what a later policy would say.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from sqlmodel import Session

from schemas.policy import RequiredFieldPolicy
from store import CheckCount, span_check_rows, utcnow, write_span_checks

if TYPE_CHECKING:
    from ingest.pipeline import SavedTrace

Bucket = Literal["hour", "day"]


class CoverageHook:
    """``hook(session, saved)``: store the required-field checks of a completed or revised trace's spans."""

    __name__ = "coverage"

    def __init__(self, policy: RequiredFieldPolicy) -> None:
        self.policy = policy

    def __call__(self, session: Session, saved: SavedTrace) -> None:
        if saved.record is not None:
            write_span_checks(session, span_check_rows(saved.record, self.policy, now=utcnow()))


@dataclass
class CoverageGroup:
    """One service x scope x kind: spans per bucket, and per required field the share carrying it."""

    service: str
    scope: str
    kind: str
    spans: int = 0
    present: dict[str, int] = field(default_factory=dict)
    """Field -> spans that carried it (over every bucket)."""
    checked: dict[str, int] = field(default_factory=dict)
    """Field -> spans it was required of."""
    buckets: dict[datetime, dict[str, tuple[int, int]]] = field(default_factory=dict)
    """Bucket start -> field -> (carried, required); the key ``""`` holds (spans, spans)."""

    def share(self, name: str) -> float | None:
        required = self.checked.get(name, 0)
        return self.present.get(name, 0) / required if required else None

    def series(self, name: str) -> list[tuple[datetime, float]]:
        """(bucket, share) for each bucket where ``name`` was required, oldest first."""
        out = []
        for at, counts in sorted(self.buckets.items()):
            carried, required = counts.get(name, (0, 0))
            if required:
                out.append((at, carried / required))
        return out

    @property
    def fields(self) -> list[str]:
        return sorted(self.checked)


def bucket_start(at: datetime, bucket: Bucket) -> datetime:
    return at.replace(hour=0) if bucket == "day" else at


def coverage_series(counts: Iterable[CheckCount], bucket: Bucket = "hour") -> list[CoverageGroup]:
    """Group the stored check counts by service x scope x kind, bucketed by hour or day; sorted by group."""
    groups: dict[tuple[str, str, str], CoverageGroup] = {}
    for count in counts:
        key = (count.service, count.scope, count.kind)
        group = groups.get(key) or groups.setdefault(key, CoverageGroup(*key))
        at = bucket_start(count.hour, bucket)
        slot = group.buckets.setdefault(at, {})
        spans, _ = slot.get("", (0, 0))
        slot[""] = (spans + count.spans, spans + count.spans)
        group.spans += count.spans
        for name in count.checked:
            carried = 0 if name in count.missing else count.spans
            before_carried, before_required = slot.get(name, (0, 0))
            slot[name] = (before_carried + carried, before_required + count.spans)
            group.present[name] = group.present.get(name, 0) + carried
            group.checked[name] = group.checked.get(name, 0) + count.spans
    return [groups[key] for key in sorted(groups)]
