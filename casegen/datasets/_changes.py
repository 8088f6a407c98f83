"""What changed between two versions: the changelog stored with each version, and field-level differences.

Membership is compared by case id; a member whose digest differs is ``changed`` (a later revision of the
case, normally). Field differences come from ``casegen.cases.diff_cases`` on the two revisions, which a
:class:`RevisionSource` loads: only the changed members are ever loaded, so a version of ten thousand
cases with a handful of edits costs a handful of case reads.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from casegen.cases import changed_fields, diff_cases
from casegen.exceptions import UnknownDatasetError
from schemas.case import Case, FieldChange
from schemas.dataset import (
    CaseDifference,
    ChangelogEntry,
    DatasetVersion,
    MemberRevision,
    VersionDiff,
    VersionRef,
)

RevisionKey = tuple[str, int]
"""(case id, revision)"""


class RevisionSource(Protocol):
    """Where case revisions come from (the store, or cases in memory)."""

    def cases(self, keys: Collection[RevisionKey]) -> Mapping[RevisionKey, Case]:
        """The case revisions asked for (a missing one is simply absent)."""
        ...

    def authors(self, case_ids: Collection[str]) -> Mapping[str, Mapping[int, str]]:
        """Case id -> revision -> author, for every stored revision of these cases."""
        ...


@dataclass
class RevisionHistory:
    """A :class:`RevisionSource` over case revisions held in memory (tests, imports)."""

    revisions: dict[RevisionKey, Case] = field(default_factory=dict)

    @classmethod
    def of(cls, cases: Iterable[Case]) -> RevisionHistory:
        return cls({(c.id, c.revision): c for c in cases})

    def add(self, *cases: Case) -> None:
        self.revisions.update({(c.id, c.revision): c for c in cases})

    def cases(self, keys: Collection[RevisionKey]) -> Mapping[RevisionKey, Case]:
        return {key: self.revisions[key] for key in keys if key in self.revisions}

    def authors(self, case_ids: Collection[str]) -> Mapping[str, Mapping[int, str]]:
        wanted = set(case_ids)
        found: dict[str, dict[int, str]] = {}
        for (case_id, revision), case in self.revisions.items():
            if case_id in wanted:
                found.setdefault(case_id, {})[revision] = case.author
        return found


def build_changelog(
    previous: Iterable[MemberRevision],
    current: Iterable[MemberRevision],
    source: RevisionSource,
    *,
    membership_authors: Mapping[str, str] | None = None,
) -> tuple[ChangelogEntry, ...]:
    """The changelog of ``current`` against ``previous`` (empty ``previous``: every member added).

    ``membership_authors`` maps a case id to who added it to or removed it from the dataset.
    """
    who = membership_authors or {}
    before = {m.case_id: m for m in previous}
    after = {m.case_id: m for m in current}
    entries = [
        ChangelogEntry(case_id=m.case_id, change="added", to_revision=m.revision, authors=_names(who.get(m.case_id)))
        for case_id, m in after.items()
        if case_id not in before
    ]
    entries += [
        ChangelogEntry(
            case_id=m.case_id, change="removed", from_revision=m.revision, authors=_names(who.get(m.case_id))
        )
        for case_id, m in before.items()
        if case_id not in after
    ]
    changed = [(before[c], m) for c, m in after.items() if c in before and before[c].digest != m.digest]
    history = source.authors([new.case_id for _, new in changed]) if changed else {}
    for old, new, changes in _field_changes(changed, source):
        between = history.get(new.case_id, {})
        entries.append(
            ChangelogEntry(
                case_id=new.case_id,
                change="changed",
                from_revision=old.revision,
                to_revision=new.revision,
                fields=tuple(changed_fields(changes)),
                authors=_names(*(a for r, a in between.items() if old.revision < r <= new.revision)),
            )
        )
    order = {"added": 0, "removed": 1, "changed": 2}
    return tuple(sorted(entries, key=lambda e: (order[e.change], e.case_id)))


def diff_versions(base: DatasetVersion, target: DatasetVersion, source: RevisionSource) -> VersionDiff:
    """Added, removed and changed members from ``base`` to ``target``, with field-level differences."""
    before = {m.case_id: m for m in base.members}
    after = {m.case_id: m for m in target.members}
    changed = [(before[c], m) for c, m in after.items() if c in before and before[c].digest != m.digest]
    return VersionDiff(
        dataset=target.dataset,
        base=VersionRef(number=base.number, id=base.id),
        target=VersionRef(number=target.number, id=target.id),
        added=tuple(m for c, m in after.items() if c not in before),
        removed=tuple(m for c, m in before.items() if c not in after),
        changed=tuple(
            CaseDifference(case_id=new.case_id, from_revision=old.revision, to_revision=new.revision, changes=changes)
            for old, new, changes in _field_changes(changed, source)
        ),
    )


def _field_changes(
    pairs: list[tuple[MemberRevision, MemberRevision]], source: RevisionSource
) -> list[tuple[MemberRevision, MemberRevision, tuple[FieldChange, ...]]]:
    keys = {(m.case_id, m.revision) for pair in pairs for m in pair}
    loaded = source.cases(keys)
    missing = sorted(keys - set(loaded))
    if missing:
        case_id, revision = missing[0]
        raise UnknownDatasetError(f"case {case_id} revision {revision} is not stored ({len(missing)} missing)")
    return [
        (old, new, diff_cases(loaded[(old.case_id, old.revision)], loaded[(new.case_id, new.revision)]))
        for old, new in sorted(pairs, key=lambda pair: pair[1].case_id)
    ]


def _names(*names: str | None) -> tuple[str, ...]:
    return tuple(sorted({n for n in names if n}))
