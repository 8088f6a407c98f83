"""What ``datasets show`` and the API print about a dataset: a summary of each, and a version's card."""

from __future__ import annotations

from dataclasses import dataclass
from importlib.metadata import version as package_version
from typing import Any

from sqlmodel import Session

from casegen.datasets._card import build_card
from casegen.datasets.persist._membership import membership, require_dataset
from casegen.datasets.persist._versions import load_version, version_cases, version_shells
from casegen.persist import decisions_for
from schemas.dataset import Dataset, DatasetCard


@dataclass(frozen=True)
class DatasetSummary:
    dataset: Dataset
    members: int
    """Current members (what the next version would freeze)."""
    versions: int
    latest_number: int | None
    latest_id: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "name": self.dataset.name,
            "kind": self.dataset.kind,
            "description": self.dataset.description,
            "members": self.members,
            "versions": self.versions,
            "latest_version": self.latest_number,
            "latest_version_id": self.latest_id,
        }


def summarize(session: Session, dataset: Dataset) -> DatasetSummary:
    shells = version_shells(session, dataset.name)
    latest = shells[-1] if shells else None
    return DatasetSummary(
        dataset=dataset,
        members=len(membership(session, dataset).case_ids),
        versions=len(shells),
        latest_number=latest.number if latest else None,
        latest_id=latest.id if latest else None,
    )


def dataset_card(session: Session, name: str, wanted: str | int | None = None) -> DatasetCard:
    """The card of a version (default: the latest), with reviewer agreement over the recorded decisions."""
    dataset = require_dataset(session, name)
    version = load_version(session, name, wanted)
    cases = version_cases(session, version)
    decisions = decisions_for(session, [c.id for c in cases])
    history = [v for v in version_shells(session, name) if v.number <= version.number]
    extra = {"Made with": f"tracecase {package_version('tracecase')}"}
    return build_card(dataset, version, cases, decisions, history=history, extra=extra)
