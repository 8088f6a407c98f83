"""Request bodies of the API (unknown fields refused; sizes bounded) and the page envelope."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import AwareDatetime, BaseModel, ConfigDict, Field

T = TypeVar("T")
TEXT = 100_000
"""Longest expected output or note accepted."""


class Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Page(BaseModel, Generic[T]):
    items: list[T]
    next: str | None = None
    """Cursor for the next page (pass as ``after``); null on the last page."""


class AcceptBody(Body):
    revision: int | None = Field(default=None, ge=1, description="Refuse with 409 unless the case is at this revision.")
    expected_output: str | None = Field(default=None, max_length=TEXT, description="Left out: kept; null: cleared.")
    labels: list[str] | None = Field(default=None, max_length=50, description="Replace the labels (left out: kept).")
    notes: str | None = Field(default=None, max_length=TEXT, description="Left out: kept; null: cleared.")
    final: bool = Field(default=False, description="Decide now whatever the review set requires (adjudication).")


class RejectBody(Body):
    reason: str = Field(min_length=1, max_length=2000)
    revision: int | None = Field(default=None, ge=1)
    final: bool = False


class EditBody(Body):
    revision: int | None = Field(default=None, ge=1)
    expected_output: str | None = Field(default=None, max_length=TEXT, description="Left out: kept; null: cleared.")
    notes: str | None = Field(default=None, max_length=TEXT, description="Left out: kept; null: cleared.")


class LabelBody(Body):
    labels: list[str] = Field(min_length=1, max_length=50)
    replace: bool = False
    revision: int | None = Field(default=None, ge=1)


class GroupDecisionBody(Body):
    threshold: float = Field(default=0.8, gt=0, le=1)


class FlagBody(Body):
    trace_id: str = Field(min_length=32, max_length=32)
    ticket_id: str = Field(min_length=1, max_length=200)
    note: str | None = Field(default=None, max_length=10_000)


class DefinitionBody(Body):
    since: AwareDatetime
    until: AwareDatetime
    where: dict[str, list[str]] = Field(default_factory=dict, description="Field -> accepted values.")


class ContainmentBody(DefinitionBody):
    name: str = Field(min_length=1, max_length=100)


class SetBody(Body):
    name: str = Field(min_length=1, max_length=100)
    required_reviews: int = Field(default=2, ge=1, le=10)
    description: str | None = Field(default=None, max_length=2000)


class MembersBody(Body):
    case_ids: list[str] = Field(min_length=1, max_length=1000)


class TokenBody(Body):
    name: str = Field(min_length=1, max_length=100)
    role: str


class BackfillBody(Body):
    since: AwareDatetime | None = None
    until: AwareDatetime | None = None


def given(body: BaseModel, name: str, keep: Any) -> Any:
    """The field's value if the request set it (null included), else ``keep``."""
    return getattr(body, name) if name in body.model_fields_set else keep
