"""Containment set versions: freeze the traces a definition matches now, list them, compare two.

A version is immutable: its member rows are written once, so traces that arrive later never change
it. Re-running a definition identical to the latest version's returns that version; a changed window
or filter makes the next one. Every member gets a case (made with a containment source when the
trace had none); the case set ``containment/<name>`` is created with the first version.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import orjson
import regex
from sqlalchemy import func
from sqlmodel import Session, col, select

from casegen.containment._query import Definition, matching_traces
from casegen.exceptions import CaseNotFoundError, InputError
from casegen.intake import promote_trace
from casegen.persist import audit, load_trace
from schemas.case import ContainmentSource
from store import CaseSetRow, ContainmentMemberRow, ContainmentVersionRow

PREFIX = "containment/"
_NAME = regex.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")


@dataclass(frozen=True)
class ContainmentVersion:
    name: str
    version: int
    definition: Definition
    trace_count: int
    created_by: str
    created_at: datetime

    @property
    def case_set(self) -> str:
        return PREFIX + self.name

    def summary(self) -> dict[str, object]:
        """The version as JSON: name, case set, number, window, filters, size, who froze it and when."""
        return {
            "name": self.name,
            "case_set": self.case_set,
            "version": self.version,
            **self.definition.canonical(),
            "traces": self.trace_count,
            "created_by": self.created_by,
            "created_at": self.created_at.isoformat(),
        }


@dataclass(frozen=True)
class FreezeResult:
    version: ContainmentVersion
    created: bool
    """False when the latest version already had this definition (nothing was written)."""


@dataclass(frozen=True)
class VersionDiff:
    name: str
    from_version: int
    to_version: int
    added: list[str]
    """Trace ids in ``to_version`` only."""
    removed: list[str]
    """Trace ids in ``from_version`` only."""


def check_name(name: str) -> str:
    name = name.removeprefix(PREFIX)
    if not _NAME.match(name):
        raise InputError("name: 1 to 100 letters, digits, '.', '_' or '-', starting with a letter or digit")
    return name


def freeze(session: Session, name: str, definition: Definition, *, by: str, at: datetime) -> FreezeResult:
    """Freeze the traces ``definition`` matches into the next version of containment set ``name``."""
    name = check_name(name)
    latest = latest_version(session, name)
    if latest is not None and latest.definition.canonical() == definition.canonical():
        return FreezeResult(latest, created=False)
    number = (latest.version if latest else 0) + 1
    trace_ids = matching_traces(session, definition)
    if session.get(CaseSetRow, PREFIX + name) is None:
        session.add(
            CaseSetRow(name=PREFIX + name, kind="containment", required_reviews=1, created_by=by, created_at=at)
        )
    source = ContainmentSource(set_name=name, version=number, at=at)
    members = []
    for trace_id in trace_ids:
        stored = load_trace(session, trace_id)
        if stored is None:
            continue
        case = promote_trace(session, stored.record, [source], at=at, redactions=stored.redactions)
        assert case is not None
        members.append(ContainmentMemberRow(set_name=name, version=number, trace_id=trace_id, case_id=case.id))
    session.add_all(members)
    row = ContainmentVersionRow(
        set_name=name,
        version=number,
        since=definition.since,
        until=definition.until,
        filters=orjson.dumps(definition.canonical()["filters"]).decode(),
        trace_count=len(members),
        created_by=by,
        created_at=at,
    )
    session.add(row)
    session.flush()
    audit(
        session,
        author=by,
        action="containment.freeze",
        target=f"{PREFIX}{name}@{number}",
        at=at,
        detail={"traces": len(members), **definition.canonical()},
    )
    return FreezeResult(_version(row), created=True)


def _version(row: ContainmentVersionRow) -> ContainmentVersion:
    filters = {name: tuple(values) for name, values in orjson.loads(row.filters).items()}
    return ContainmentVersion(
        name=row.set_name,
        version=row.version,
        definition=Definition(row.since, row.until, filters),
        trace_count=row.trace_count,
        created_by=row.created_by,
        created_at=row.created_at,
    )


def latest_version(session: Session, name: str) -> ContainmentVersion | None:
    row = session.exec(
        select(ContainmentVersionRow)
        .where(ContainmentVersionRow.set_name == check_name(name))
        .order_by(col(ContainmentVersionRow.version).desc())
        .limit(1)
    ).first()
    return _version(row) if row is not None else None


def versions(session: Session, name: str) -> list[ContainmentVersion]:
    rows = session.exec(
        select(ContainmentVersionRow)
        .where(ContainmentVersionRow.set_name == check_name(name))
        .order_by(col(ContainmentVersionRow.version))
    )
    return [_version(row) for row in rows]


def get_version(session: Session, name: str, version: int) -> ContainmentVersion:
    row = session.get(ContainmentVersionRow, (check_name(name), version))
    if row is None:
        raise CaseNotFoundError(f"no version {version} of containment set {name!r}")
    return _version(row)


def containment_sets(session: Session) -> list[tuple[str, int]]:
    """(name, latest version) of every containment set, by name."""
    rows = session.exec(
        select(ContainmentVersionRow.set_name, func.max(ContainmentVersionRow.version))
        .group_by(ContainmentVersionRow.set_name)
        .order_by(ContainmentVersionRow.set_name)
    )
    return [(name, int(latest)) for name, latest in rows]


def members(session: Session, name: str, version: int) -> list[tuple[str, str]]:
    """(trace id, case id) of every trace frozen into the version, by trace id."""
    get_version(session, name, version)
    rows = session.exec(
        select(ContainmentMemberRow.trace_id, ContainmentMemberRow.case_id)
        .where(ContainmentMemberRow.set_name == check_name(name), ContainmentMemberRow.version == version)
        .order_by(col(ContainmentMemberRow.trace_id))
    )
    return [(trace_id, case_id) for trace_id, case_id in rows]


def diff_versions(session: Session, name: str, from_version: int, to_version: int) -> VersionDiff:
    before = {trace_id for trace_id, _ in members(session, name, from_version)}
    after = {trace_id for trace_id, _ in members(session, name, to_version)}
    return VersionDiff(check_name(name), from_version, to_version, sorted(after - before), sorted(before - after))
