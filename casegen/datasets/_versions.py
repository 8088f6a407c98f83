"""Freezing a membership into a version, and finding a version by number or id."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime

from casegen.datasets._changes import RevisionSource, build_changelog
from casegen.datasets._identity import sorted_members, version_id
from casegen.exceptions import DatasetError, UnknownDatasetError
from schemas.dataset import DatasetVersion, MemberRevision

MIN_ID_PREFIX = 6


def make_version(
    dataset: str,
    members: Iterable[MemberRevision],
    source: RevisionSource,
    *,
    previous: DatasetVersion | None,
    by: str,
    at: datetime,
    message: str | None = None,
    membership_authors: Mapping[str, str] | None = None,
) -> DatasetVersion:
    """The next version of ``dataset`` (number one more than ``previous``) with its changelog."""
    if not by or not by.strip():
        raise DatasetError(f"dataset {dataset}: a version needs its author")
    frozen = sorted_members(members)
    return DatasetVersion(
        dataset=dataset,
        number=previous.number + 1 if previous else 1,
        id=version_id(frozen),
        parent=previous.id if previous else None,
        members=frozen,
        message=message,
        created_by=by.strip(),
        created_at=at,
        changelog=build_changelog(
            previous.members if previous else (), frozen, source, membership_authors=membership_authors
        ),
    )


def find_version(versions: Sequence[DatasetVersion], wanted: str | int | None) -> DatasetVersion:
    """The version named by ``wanted``: a number (``3``, ``v3``), an id or an id prefix of at least six
    characters, or None for the latest. An id that several versions share (the same content frozen
    twice) names the latest of them: their members are identical."""
    if not versions:
        raise UnknownDatasetError("the dataset has no version yet: make one with `datasets version`")
    if wanted is None:
        return max(versions, key=lambda v: v.number)
    text = str(wanted).strip().lower()
    number = text[1:] if text.startswith("v") and text[1:].isdigit() else text
    if number.isdigit() and len(number) < MIN_ID_PREFIX:
        for version in versions:
            if version.number == int(number):
                return version
        raise UnknownDatasetError(f"no version {number}; versions are 1..{max(v.number for v in versions)}")
    if len(text) < MIN_ID_PREFIX:
        raise UnknownDatasetError(f"version {wanted!r}: give a number or at least {MIN_ID_PREFIX} id characters")
    matches = [v for v in versions if v.id.startswith(text)]
    if not matches:
        raise UnknownDatasetError(f"no version with id {text}")
    if len({v.id for v in matches}) > 1:
        raise UnknownDatasetError(f"version id prefix {text} is ambiguous; give more characters")
    return max(matches, key=lambda v: v.number)
