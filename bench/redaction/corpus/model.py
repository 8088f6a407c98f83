"""The labelled-corpus data model: texts grouped into traces, each with planted values and their labels."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Entity types whose leak is judged on digit runs as well as on the whole value (the rule).
NUMERIC_ENTITIES = frozenset({"PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE"})

SECRET_ENTITIES = frozenset(
    {
        "AWS_ACCESS_KEY",
        "AWS_SECRET_KEY",
        "GITHUB_TOKEN",
        "OPENAI_API_KEY",
        "ANTHROPIC_API_KEY",
        "JWT",
        "BEARER_TOKEN",
        "PRIVATE_KEY",
        "CONNECTION_STRING_PASSWORD",
        "URL_PASSWORD",
        "PASSWORD_ASSIGNMENT",
        "SECRET_JSON_KEY",
    }
)


@dataclass(frozen=True)
class Label:
    """One planted sensitive value.

    ``value`` is the decoded value (a JSON-escaped PEM block is stored with real newlines); the metrics look
    for it in the raw output and in the output's decoded JSON strings. ``number`` is an address's house
    number. ``variant`` tags sub-populations reported as their own rows (``handwritten``, ``lowercase``,
    ``caps``, ``es``, ``de``).
    """

    entity: str
    value: str
    number: str = ""
    variant: str = ""


@dataclass(frozen=True)
class LookAlike:
    """A planted harmless value that must survive verbatim (a UUID, a version, a model name...)."""

    kind: str
    value: str


@dataclass
class CorpusText:
    """One text of the kind an AI span holds, with what was planted in it."""

    text_id: str
    trace_id: str
    kind: str
    language: str
    text: str
    labels: list[Label] = field(default_factory=list)
    lookalikes: list[LookAlike] = field(default_factory=list)
    is_json: bool = False

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CorpusText:
        return cls(
            text_id=data["text_id"],
            trace_id=data["trace_id"],
            kind=data["kind"],
            language=data["language"],
            text=data["text"],
            labels=[Label(**lab) for lab in data["labels"]],
            lookalikes=[LookAlike(**la) for la in data["lookalikes"]],
            is_json=data["is_json"],
        )
