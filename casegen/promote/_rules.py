"""Rules files: TOML with one table per rule, read into a :class:`RuleSet`.

::

    schema_version = 1

    [rules.errors]              # the table name is the rule's name (recorded on every case it promotes)
    kind = "error_status"       # optional when the name is itself a kind
    ignore_error_types = ["RateLimitError"]

    [rules.checkout_sample]
    kind = "sampling"
    services = { checkout = 0.01 }

A malformed file raises :class:`RuleConfigError` naming the key (``rules.errors.span_kinds``), so a
service fails at start-up rather than on the first trace.
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from casegen._toml import read_toml
from casegen.exceptions import ExpressionError, RuleConfigError, UnknownRuleError
from casegen.promote._base import Rule
from casegen.promote._registry import rule_kind, rule_kinds

RULES_SCHEMA_VERSION = 1
_TOP_LEVEL = ("schema_version", "rules")


@dataclass(frozen=True)
class RuleSet:
    """The rules of one file, in file order."""

    rules: tuple[Rule, ...] = ()
    source: str = "<inline>"

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    @property
    def names(self) -> list[str]:
        return [rule.name for rule in self.rules]

    def get(self, name: str) -> Rule:
        """The rule called ``name``; :class:`UnknownRuleError` (a ``LookupError``) lists the known names."""
        found = next((rule for rule in self.rules if rule.name == name), None)
        if found is None:
            raise UnknownRuleError(f"no rule named {name!r} in {self.source}; rules: {', '.join(self.names)}")
        return found

    @property
    def enabled(self) -> tuple[Rule, ...]:
        return tuple(rule for rule in self.rules if rule.enabled)


def rules_from_mapping(data: Mapping[str, Any], source: str = "<inline>") -> RuleSet:
    """Validate a parsed rules document."""
    unknown = sorted(set(data) - set(_TOP_LEVEL))
    if unknown:
        raise RuleConfigError(f"{source}: unknown top-level key {unknown[0]!r} (expected: {', '.join(_TOP_LEVEL)})")
    version = data.get("schema_version", RULES_SCHEMA_VERSION)
    if version != RULES_SCHEMA_VERSION:
        raise RuleConfigError(f"{source}: 'schema_version' is {version!r}; this tracecase reads {RULES_SCHEMA_VERSION}")
    table = data.get("rules", {})
    if not isinstance(table, Mapping):
        raise RuleConfigError(f"{source}: 'rules' must be a table of rule name -> settings")
    return RuleSet(tuple(_rule(name, settings, source) for name, settings in table.items()), source)


def _rule(name: str, settings: Any, source: str) -> Rule:
    key = f"rules.{name}"
    if not isinstance(settings, Mapping):
        raise RuleConfigError(f"{source}: {key!r} must be a table of settings")
    if "name" in settings:
        raise RuleConfigError(f"{source}: '{key}.name' is not a setting: the table name is the rule's name")
    kind = settings.get("kind", name)
    try:
        cls = rule_kind(kind) if isinstance(kind, str) else None
    except UnknownRuleError:
        cls = None
    if cls is None:
        where = f"'{key}.kind'" if "kind" in settings else f"{key!r} has no 'kind' and its name"
        raise RuleConfigError(f"{source}: {where} is not a rule kind; known kinds: {', '.join(rule_kinds())}")
    fields = {k: v for k, v in settings.items() if k != "kind"}
    try:
        return cls.model_validate({**fields, "name": name})
    except ValidationError as exc:
        raise RuleConfigError(f"{source}: {_describe(key, exc)}") from exc
    except ExpressionError as exc:  # raised while parsing 'when'/'where'; it names the key already
        raise ExpressionError(f"{source}: {exc}") from exc


def _describe(key: str, exc: ValidationError) -> str:
    problems = []
    for error in exc.errors(include_url=False, include_input=False):
        location = ".".join(str(part) for part in error["loc"])
        message = "unknown setting" if error["type"] == "extra_forbidden" else error["msg"]
        problems.append(f"'{key}.{location}': {message}")
    return "; ".join(problems)


def load_rules(path: str | Path | None = None) -> RuleSet:
    """The rules of a TOML file; ``None``: the default rules (``casegen/promote/default_rules.toml``)."""
    if path is None:
        text = resources.files("casegen.promote").joinpath("default_rules.toml").read_text(encoding="utf-8")
        return rules_from_mapping(tomllib.loads(text), source="casegen/promote/default_rules.toml")
    return rules_from_mapping(read_toml(path, RuleConfigError, "rules file"), source=str(path))
