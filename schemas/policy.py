"""The required-field policy: which normalized fields each span kind must carry.

The default policy ships as ``default_policy.toml`` beside this module; a user-supplied file
replaces it. A malformed policy raises :class:`PolicyError` naming the bad key, so a service
fails at start-up, not on the first span.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

from schemas.errors import ConfigError
from schemas.span import SPAN_KINDS

Problem = Literal["missing", "empty"]

# Dotted paths a policy may require, and how to read each from a span.
# Nested fields use ``parent.child`` (``tool.name``, ``usage.input_tokens``).
_TOP_LEVEL_FIELDS = (
    "model",
    "system",
    "provider",
    "input_messages",
    "output_messages",
    "documents",
    "tool",
    "usage",
    "error",
    "service",
    "scope",
    "start_time",
    "end_time",
    "session_id",
    "user_id",
)
_NESTED_FIELDS = {
    "tool": ("name", "call_id", "arguments", "result"),
    "usage": (
        "input_tokens",
        "output_tokens",
        "total_tokens",
        "cache_read_tokens",
        "cache_write_tokens",
        "reasoning_tokens",
    ),
    "error": ("type", "message"),
}
KNOWN_FIELDS: frozenset[str] = frozenset(
    [*_TOP_LEVEL_FIELDS, *(f"{p}.{c}" for p, cs in _NESTED_FIELDS.items() for c in cs)]
)


class PolicyError(ConfigError):
    """A policy file is malformed; the message names the offending key."""


class Violation(BaseModel):
    """One required field a span lacks."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    span_id: str
    field: str
    """Dotted normalized field, e.g. ``tool.arguments``."""
    problem: Problem
    """``missing`` (absent/null) or ``empty`` (present but an empty string or list)."""


@dataclass(frozen=True)
class RequiredFieldPolicy:
    """Per span kind, the normalized fields that must be present and non-empty."""

    required: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    source: str = "<inline>"

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source: str = "<inline>") -> RequiredFieldPolicy:
        if set(data) - {"required", "schema_version"}:
            bad = sorted(set(data) - {"required", "schema_version"})[0]
            raise PolicyError(f"{source}: unknown top-level key {bad!r} (expected 'required')")
        table = data.get("required")
        if not isinstance(table, Mapping):
            raise PolicyError(f"{source}: 'required' must be a table of span kind -> list of fields")
        required: dict[str, tuple[str, ...]] = {}
        for kind, fields in table.items():
            key = f"required.{kind}"
            if kind not in SPAN_KINDS:
                raise PolicyError(f"{source}: unknown span kind {key!r}; expected one of {', '.join(SPAN_KINDS)}")
            if not isinstance(fields, list) or not all(isinstance(f, str) for f in fields):
                raise PolicyError(f"{source}: {key!r} must be a list of field names")
            for name in fields:
                if name not in KNOWN_FIELDS:
                    raise PolicyError(
                        f"{source}: {key!r} names unknown field {name!r}; known: {', '.join(sorted(KNOWN_FIELDS))}"
                    )
            required[kind] = tuple(fields)
        return cls(required=required, source=source)

    @classmethod
    def from_file(cls, path: str | Path) -> RequiredFieldPolicy:
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except OSError as exc:
            raise PolicyError(f"{path}: cannot read policy file: {exc.strerror}") from exc
        except tomllib.TOMLDecodeError as exc:
            raise PolicyError(f"{path}: not valid TOML: {exc}") from exc
        return cls.from_mapping(data, source=str(path))

    @classmethod
    def load(cls, path: str | Path | None) -> RequiredFieldPolicy:
        """The policy in ``path`` (TOML), else the default one; a bad file fails naming the key."""
        return cls.from_file(path) if path else cls.default()

    @classmethod
    def default(cls) -> RequiredFieldPolicy:
        text = resources.files("schemas").joinpath("default_policy.toml").read_text(encoding="utf-8")
        return cls.from_mapping(tomllib.loads(text), source="schemas/default_policy.toml")

    def fields_for(self, kind: str) -> tuple[str, ...]:
        return self.required.get(kind, ())
