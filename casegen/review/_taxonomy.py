"""The failure taxonomy: the labels a reviewer may put on a case.

The defaults ship in ``default_taxonomy.toml``; a config file adds labels (or, with
``extend_default = false``, replaces them)::

    extend_default = true
    [labels.stale_context]
    description = "Answered from an outdated retrieved document."
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import regex

from casegen._toml import read_toml
from casegen.exceptions import ReviewError, TaxonomyError

_LABEL_NAME = regex.compile(r"^[a-z][a-z0-9_]{0,63}$")
_TOP_LEVEL = ("extend_default", "labels")


@dataclass(frozen=True)
class Taxonomy:
    """Label name -> description, in definition order."""

    labels: Mapping[str, str]
    source: str = "<inline>"

    @property
    def names(self) -> list[str]:
        return list(self.labels)

    def check(self, labels: Iterable[str]) -> tuple[str, ...]:
        """``labels`` sorted and distinct; :class:`ReviewError` names the first one not in the taxonomy."""
        chosen = sorted(set(labels))
        unknown = [label for label in chosen if label not in self.labels]
        if unknown:
            raise ReviewError(f"unknown label {unknown[0]!r}; labels: {', '.join(self.labels)}")
        return tuple(chosen)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any], source: str = "<inline>") -> Taxonomy:
        unknown = sorted(set(data) - set(_TOP_LEVEL))
        if unknown:
            raise TaxonomyError(f"{source}: unknown top-level key {unknown[0]!r} (expected: {', '.join(_TOP_LEVEL)})")
        extend = data.get("extend_default", True)
        if not isinstance(extend, bool):
            raise TaxonomyError(f"{source}: 'extend_default' must be true or false")
        table = data.get("labels", {})
        if not isinstance(table, Mapping):
            raise TaxonomyError(f"{source}: 'labels' must be a table of label name -> {{description = ...}}")
        labels = dict(default_taxonomy().labels) if extend else {}
        for name, entry in table.items():
            key = f"labels.{name}"
            if not _LABEL_NAME.match(name):
                raise TaxonomyError(f"{source}: {key!r}: a label is lowercase letters, digits and '_' (at most 64)")
            if not isinstance(entry, Mapping) or set(entry) - {"description"}:
                raise TaxonomyError(f"{source}: {key!r} must be a table with only 'description'")
            description = entry.get("description", "")
            if not isinstance(description, str):
                raise TaxonomyError(f"{source}: '{key}.description' must be a string")
            labels[name] = description
        if not labels:
            raise TaxonomyError(f"{source}: the taxonomy has no labels")
        return cls(labels=labels, source=source)

    @classmethod
    def from_file(cls, path: str | Path) -> Taxonomy:
        return cls.from_mapping(read_toml(path, TaxonomyError, "taxonomy file"), source=str(path))


@cache
def default_taxonomy() -> Taxonomy:
    """The shipped taxonomy: hallucination, missing_information, wrong_tool_call, wrong_tool_arguments,
    refusal_error, unsafe_output, pii_leak, other."""
    text = resources.files("casegen.review").joinpath("default_taxonomy.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    return Taxonomy(
        labels={name: entry["description"] for name, entry in data["labels"].items()},
        source="casegen/review/default_taxonomy.toml",
    )
