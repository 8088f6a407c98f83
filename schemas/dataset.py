"""Evaluation datasets: named sets of cases, frozen into immutable, content-addressed versions.

A :class:`Dataset` is a name, a purpose and a current membership (case ids), curated by hand or by a query
over cases; an incident containment set ``containment/NAME`` is a dataset too. A :class:`DatasetVersion`
freezes the membership as it is: every member *at its current revision*. Its ``id`` is a content hash of
those revisions (``casegen.datasets.version_id``): the same case revisions always give the same id, in any
order, on any database, in any installation. Editing a case later makes a new case revision; versions
already made keep the revision they froze, and the next version picks the edit up.

Each version carries its changelog against the version before it (:class:`ChangelogEntry`: cases added,
removed and changed, which fields, by whom). :class:`VersionDiff` is the field-level difference between
any two versions, and :class:`DatasetCard` describes one version for the people who will use it.

Nothing here holds case content except :class:`FieldChange` values in a diff, which are redacted case
fields like every case field.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from schemas.case import CaseStatus, FieldChange

DATASET_SCHEMA_VERSION = 1

DATASET_NAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}(/[A-Za-z0-9][A-Za-z0-9._-]{0,99})?$"
"""A name, or a namespace and a name (``golden``, ``regression.checkout``, ``containment/incident-42``)."""
CONTAINMENT_PREFIX = "containment/"
"""Datasets named ``containment/NAME`` are the incident containment set ``NAME``."""

_DIGEST = r"^[0-9a-f]{64}$"

DatasetKind = Literal["curated", "containment"]
MemberChange = Literal["added", "removed", "changed"]


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FieldFilter(_Frozen):
    """One ``--where FIELD=VALUE`` condition (``casegen.datasets.WHERE_FIELDS`` lists the fields)."""

    field: str
    value: str


class CaseQuery(_Frozen):
    """Which cases a dataset was built from: every condition must hold (values of one field are OR-ed)."""

    statuses: tuple[CaseStatus, ...] = ()
    """Case statuses to take (``accepted``...); empty: any status."""
    where: tuple[FieldFilter, ...] = ()


class Dataset(_Frozen):
    """A named evaluation dataset (its membership lives in the store; its history in its versions)."""

    schema_version: int = DATASET_SCHEMA_VERSION
    name: str = Field(pattern=DATASET_NAME_PATTERN)
    kind: DatasetKind = "curated"
    """``containment`` for ``containment/NAME`` sets made by ``tracecase containment``."""
    description: str | None = None
    """The dataset's purpose, shown on its card."""
    query: CaseQuery | None = None
    """The query ``datasets create`` took the first members from; None when built by hand."""
    created_by: str = Field(min_length=1)
    created_at: AwareDatetime


class MemberRevision(_Frozen):
    """One member of a version: a case at one revision, with the digest of that revision's content."""

    case_id: str = Field(min_length=1)
    revision: int = Field(ge=1)
    digest: str = Field(pattern=_DIGEST)
    """``casegen.datasets.revision_digest`` of the case revision (SHA-256 of its canonical JSON)."""


class ChangelogEntry(_Frozen):
    """One case's change from the previous version to this one."""

    case_id: str
    change: MemberChange
    from_revision: int | None = None
    """The revision in the previous version (None for ``added``)."""
    to_revision: int | None = None
    """The revision in this version (None for ``removed``)."""
    fields: tuple[str, ...] = ()
    """For ``changed``: the case fields that differ, two levels deep (``review.expected_output``)."""
    authors: tuple[str, ...] = ()
    """Who made the change: for ``added``/``removed`` who changed the membership, for ``changed`` the authors
    of the case revisions in between; sorted, distinct."""


class DatasetVersion(_Frozen):
    """An immutable snapshot of a dataset's members at their revisions."""

    schema_version: int = DATASET_SCHEMA_VERSION
    dataset: str = Field(pattern=DATASET_NAME_PATTERN)
    number: int = Field(ge=1)
    """1, 2, 3... per dataset, in the order the versions were made."""
    id: str = Field(pattern=_DIGEST)
    """Content hash of ``members`` (``casegen.datasets.version_id``)."""
    parent: str | None = Field(default=None, pattern=_DIGEST)
    """The id of the version before this one (None for version 1)."""
    members: tuple[MemberRevision, ...] = ()
    """Sorted by case id."""
    message: str | None = None
    created_by: str = Field(min_length=1)
    created_at: AwareDatetime
    changelog: tuple[ChangelogEntry, ...] = ()
    """Against the previous version (version 1: every member ``added``), sorted by change then case id."""


class VersionRef(_Frozen):
    """A version by its number and id."""

    number: int = Field(ge=1)
    id: str = Field(pattern=_DIGEST)


class CaseDifference(_Frozen):
    """A case present in both versions at different revisions, and what differs."""

    case_id: str
    from_revision: int
    to_revision: int
    changes: tuple[FieldChange, ...]
    """RFC 6902 operations from the older revision's document to the newer one's, old values kept
    (``casegen.cases.diff_cases``); empty when only bookkeeping (author, time) differs."""


class VersionDiff(_Frozen):
    """What changed between two versions of one dataset."""

    dataset: str
    base: VersionRef
    target: VersionRef
    added: tuple[MemberRevision, ...] = ()
    removed: tuple[MemberRevision, ...] = ()
    changed: tuple[CaseDifference, ...] = ()


class AgreementSummary(_Frozen):
    """Reviewer agreement on one question over the version's cases (``casegen.review.figure``)."""

    metric: str
    """``cohen_kappa`` (two reviewers) or ``krippendorff_alpha``."""
    value: float | None
    observed: float | None
    units: int


class ReviewerAgreement(_Frozen):
    reviewers: tuple[str, ...] = ()
    decision: AgreementSummary | None = None
    labels: dict[str, AgreementSummary] = Field(default_factory=dict)
    adjudication: int = 0
    """Cases whose reviewers disagree."""
    single_reviewed: int = 0
    """Cases with fewer than two reviews."""


class RedactionSummary(_Frozen):
    """What redaction removed from the version's cases: entity types and the policies that did it."""

    cases_with_replacements: int = 0
    entity_types: dict[str, int] = Field(default_factory=dict)
    """Entity type -> values replaced across the version's cases."""
    fields: dict[str, int] = Field(default_factory=dict)
    """Case field -> values replaced there."""
    policy_versions: dict[str, int] = Field(default_factory=dict)
    """Redaction policy version -> cases it redacted."""
    cases_without_record: int = 0
    """Cases that carry no redaction record (built without one)."""


class DatasetCard(_Frozen):
    """Everything a dataset card (Markdown) says about one version."""

    schema_version: int = DATASET_SCHEMA_VERSION
    dataset: Dataset
    version: DatasetVersion
    cases: int
    counts: dict[str, dict[str, int]]
    """Dimension (``status``, ``source``, ``label``, ``service``, ``model``, ``language``) -> value -> cases."""
    redaction: RedactionSummary
    agreement: ReviewerAgreement
    history: tuple[VersionRef, ...] = ()
    """Every version of the dataset up to this one, oldest first."""
    extra: dict[str, Any] = Field(default_factory=dict)
    """Installation facts (tracecase version, store kind) printed under "How it was built"."""


__all__ = [
    "CONTAINMENT_PREFIX",
    "DATASET_NAME_PATTERN",
    "DATASET_SCHEMA_VERSION",
    "AgreementSummary",
    "CaseDifference",
    "CaseQuery",
    "ChangelogEntry",
    "Dataset",
    "DatasetCard",
    "DatasetKind",
    "DatasetVersion",
    "FieldFilter",
    "MemberChange",
    "MemberRevision",
    "RedactionSummary",
    "ReviewerAgreement",
    "VersionDiff",
    "VersionRef",
]
