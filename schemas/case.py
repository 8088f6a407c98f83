"""The evaluation case: what a promoted trace becomes, one immutable revision at a time.

A case is built from one *redacted* ``schemas.TraceRecord`` (one case per trace: several tickets, rules
or containment sets on one trace add sources to the same case). Every change — a review, an edit, a
late span revising the trace — makes a new :class:`Case` with ``revision`` one higher; earlier
revisions are never modified. Reviews by several reviewers are kept apart as :class:`ReviewDecision`
records (agreement needs each one); support tickets waiting for their trace are :class:`TicketFlag`.

Collections are tuples so that a revision cannot be changed in place by accident; they serialize as
JSON arrays. Nothing here holds a raw value: content and notes are redacted before a case is built,
and :attr:`Case.redaction` lists which entity types were replaced in which case field.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

from schemas.redaction import RedactionRecord
from schemas.span import Document, ErrorInfo, Feedback, Message

CASE_SCHEMA_VERSION = 1

CaseStatus = Literal["candidate", "accepted", "rejected", "duplicate"]
CASE_STATUSES: tuple[CaseStatus, ...] = ("candidate", "accepted", "rejected", "duplicate")

ReviewVerdict = Literal["accept", "reject"]
FlagStatus = Literal["waiting", "applied", "expired"]
SourceKind = Literal["rule", "ticket", "containment"]

ChangeKind = Literal[
    "created", "source_added", "trace_revised", "accepted", "rejected", "edited", "labeled", "marked_duplicate"
]
"""What made a revision: ``created`` (revision 1), ``source_added`` (another rule, ticket or containment set
promoted the same trace), ``trace_revised`` (a late span changed the trace), and the review operations."""

_TRACE_ID = r"^[0-9a-f]{32}$"
_SPAN_ID = r"^[0-9a-f]{16}$"


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- content -------------------------------------------------------------------------------------


class CaseInput(_Frozen):
    """What the model was asked: the evaluation input."""

    system: str | None = None
    """The system prompt (instructions) of the trace's first LLM call."""
    messages: tuple[Message, ...] = ()
    """The conversation up to and including the last user turn, system messages excluded. Assistant and
    tool messages after the last user turn belong to the trajectory and the output, not the input."""


class ToolStep(_Frozen):
    """One tool call of the trajectory: the model's request joined with the execution that answered it."""

    id: str | None = None
    """Provider's tool-call id (``call_abc``) when the trace carried one."""
    name: str | None = None
    """Tool (function) name."""
    arguments: Any = None
    """Arguments: parsed JSON when the source held valid JSON, else the raw string."""
    result: Any = None
    """What the tool returned (from the tool span or the ``tool`` message that answered the call)."""
    span_id: str | None = Field(default=None, pattern=_SPAN_ID)
    """The tool span that executed the call, when one was captured."""
    error: ErrorInfo | None = None
    """The executing span's error, when the tool call failed."""


class CaseContent(_Frozen):
    """The case itself: input, context, trajectory and the output the system actually produced."""

    input: CaseInput = Field(default_factory=CaseInput)
    """System prompt and conversation up to the last user turn."""
    context_documents: tuple[Document, ...] = ()
    """Retrieved documents (RAG context), in retrieval order."""
    tool_trajectory: tuple[ToolStep, ...] = ()
    """Tool calls with arguments and results, in call order."""
    actual_output: str | None = None
    """The trace's final assistant text."""


# --- metadata and provenance ----------------------------------------------------------------------


class CaseMetadata(_Frozen):
    """Normalized fields to slice cases by (datasets, containment filters, rule conditions)."""

    service: str | None = None
    """``service.name`` of the trace's root span."""
    model: str | None = None
    """Response model of the trace's last LLM call."""
    provider: str | None = None
    """Model provider (``openai``, ``anthropic``...) of the last LLM call that named one."""
    language: str | None = None
    """ISO 639-1 code of the input's language (``en``, ``de``...); null when too short or too uncertain."""
    tool_names: tuple[str, ...] = ()
    """Distinct tool names of the trajectory, sorted."""
    convention: str | None = None
    """The AI convention the trace's LLM spans were read as (``openinference``, ``otel_genai``...)."""
    feedback: tuple[Feedback, ...] = ()
    """Feedback and evaluation signals found on the trace's spans (user thumbs, evaluator scores, guardrails)."""
    error: ErrorInfo | None = None
    """The trace's first error, or null."""
    started_at: AwareDatetime | None = None
    """Start of the trace (earliest span start)."""
    duration_ms: float | None = None
    """Wall time from the earliest span start to the latest span end, in milliseconds."""


class RuleSource(_Frozen):
    """A promotion rule selected the trace."""

    kind: Literal["rule"] = "rule"
    rule: str
    """Name of the rule, as in the rules file (``errors``, ``negative_feedback``...)."""
    reason: str
    """Why it matched, in terms of field names, types and configured values (never span text)."""
    at: AwareDatetime
    """When the rule promoted the trace."""


class TicketSource(_Frozen):
    """A support ticket flagged the trace."""

    kind: Literal["ticket"] = "ticket"
    ticket_id: str
    """The help desk's ticket id."""
    note: str | None = None
    """The flag's note, redacted like span text before it is stored."""
    by: str | None = None
    """Who flagged the trace."""
    at: AwareDatetime
    """When the flag was made."""


class ContainmentSource(_Frozen):
    """An incident containment set froze the trace into one of its versions."""

    kind: Literal["containment"] = "containment"
    set_name: str
    """Containment set name (the case set is ``containment/<set_name>``)."""
    version: int = Field(ge=1)
    """The set version that first included the trace."""
    at: AwareDatetime
    """When that version was frozen."""


CaseSource = Annotated[RuleSource | TicketSource | ContainmentSource, Field(discriminator="kind")]
"""One reason a case exists; ``kind`` tells which."""


class Provenance(_Frozen):
    """Where a case came from."""

    trace_id: str = Field(pattern=_TRACE_ID)
    """The trace the case was built from."""
    span_ids: tuple[str, ...] = ()
    """Every span of the trace when this revision was built, in the trace's (start time) order."""
    sources: tuple[CaseSource, ...] = Field(min_length=1)
    """Every rule, ticket and containment set that promoted the trace, in the order they did."""


# --- review ----------------------------------------------------------------------------------------


class CaseReview(_Frozen):
    """What reviewers added to a case."""

    expected_output: str | None = None
    """The expected output or reference answer an evaluation compares the actual output with."""
    labels: tuple[str, ...] = ()
    """Failure-taxonomy labels (``hallucination``, ``wrong_tool_call``...), sorted and distinct."""
    notes: str | None = None
    """Free-text reviewer notes."""
    reject_reason: str | None = None
    """Why the case was rejected (set with status ``rejected``)."""


class FieldChange(_Frozen):
    """One field-level difference between two case revisions (an RFC 6902 JSON Patch operation with the old
    value kept)."""

    op: Literal["add", "remove", "replace", "move"]
    path: str
    """JSON Pointer into the case (``/content/actual_output``, ``/review/labels/0``)."""
    from_path: str | None = None
    """For ``move``: where the value was."""
    before: Any = None
    """The value at ``path`` (``from_path`` for ``move``) in the older revision; null for ``add``."""
    after: Any = None
    """The value at ``path`` in the newer revision; null for ``remove``."""


class Reopened(_Frozen):
    """Why a reviewed case is back to ``candidate``: its trace changed after the review."""

    from_revision: int = Field(ge=1)
    """The reviewed revision."""
    from_status: CaseStatus
    """Its status (``accepted``)."""
    changes: tuple[FieldChange, ...]
    """What the trace revision changed in the case, relative to the reviewed revision."""


class Case(_Frozen):
    """One immutable revision of an evaluation case."""

    schema_version: int = CASE_SCHEMA_VERSION
    id: str = Field(min_length=1)
    """Stable case id, the same in every revision and every export format."""
    revision: int = Field(ge=1)
    """1 for the first revision, one more for each change."""
    status: CaseStatus = "candidate"
    content: CaseContent
    metadata: CaseMetadata = Field(default_factory=CaseMetadata)
    provenance: Provenance
    review: CaseReview = Field(default_factory=CaseReview)
    redaction: tuple[RedactionRecord, ...] = ()
    """What redaction replaced, by *case* field path (``content.input.messages``,
    ``content.tool_trajectory.arguments``...) and entity type, one record per redaction policy version that
    touched the trace's spans. Empty when no record was supplied; a record with no fields means the policy
    ran and replaced nothing."""
    duplicate_group: str | None = None
    """Near-duplicate group key. Set at creation to the input's fingerprint (the same after normalizing
    placeholders, whitespace and case: equal keys, same input); marking a case a duplicate sets it to its
    group's key, the fingerprint of the group's earliest member, which near-duplicate (MinHash) grouping keeps
    stable as later members join."""
    duplicate_of: str | None = None
    """With status ``duplicate``: the id of the group's representative case."""
    reopened: Reopened | None = None
    """Set on the revision that sent a reviewed case back to review, with the difference to review."""
    change: ChangeKind = "created"
    """What made this revision."""
    author: str = Field(min_length=1)
    """Who made this revision (a reviewer's name, ``rule:<name>``, ``ticket:<id>``, ``tracecase``)."""
    created_at: AwareDatetime
    """When this revision was made."""


class ReviewDecision(_Frozen):
    """One reviewer's independent decision on one case revision (agreement is computed over these)."""

    schema_version: int = CASE_SCHEMA_VERSION
    case_id: str
    revision: int = Field(ge=1)
    """The case revision that was reviewed."""
    reviewer: str = Field(min_length=1)
    decision: ReviewVerdict
    labels: tuple[str, ...] = ()
    """Failure-taxonomy labels the reviewer assigned."""
    expected_output: str | None = None
    notes: str | None = None
    reason: str | None = None
    """Reject reason, for ``reject``."""
    at: AwareDatetime


class TicketFlag(_Frozen):
    """A support ticket's request to make a trace a case; it may arrive before the trace does."""

    schema_version: int = CASE_SCHEMA_VERSION
    trace_id: str = Field(pattern=_TRACE_ID)
    ticket_id: str = Field(min_length=1)
    note: str | None = None
    """Redacted before it is stored (notes quote customers)."""
    by: str | None = None
    created_at: AwareDatetime
    expires_at: AwareDatetime
    """A flag still ``waiting`` at this time becomes ``expired``."""
    status: FlagStatus = "waiting"
    """``waiting`` for the trace, ``applied`` to a case, or ``expired`` without a match."""
    applied_at: AwareDatetime | None = None
    case_id: str | None = None
    """The case the flag was applied to."""


__all__ = [
    "CASE_SCHEMA_VERSION",
    "CASE_STATUSES",
    "Case",
    "CaseContent",
    "CaseInput",
    "CaseMetadata",
    "CaseReview",
    "CaseSource",
    "CaseStatus",
    "ChangeKind",
    "ContainmentSource",
    "FieldChange",
    "FlagStatus",
    "Provenance",
    "Reopened",
    "ReviewDecision",
    "ReviewVerdict",
    "RuleSource",
    "SourceKind",
    "TicketFlag",
    "TicketSource",
    "ToolStep",
]
