"""Scoring redacted output against the corpus labels: leaks per entity type, look-alikes destroyed, JSON
validity, throughput and memory.

Rules (from the issue): a value leaks if it survives case-insensitively; for numbers (phones, cards, SSNs,
IBANs, house numbers) also if any 4-digit run of its digits survives, separators allowed; an address passes
only when neither the street line nor the house number survives. Partial survivals that identify someone
count as leaks too: any part of a name, any 16-character window of a secret. A fragment only counts if it
does not also occur in the rest of the input text (so "Will" in "I will call" is not a leak of Will Smith).
A look-alike is destroyed if it no longer appears verbatim.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .corpus import NUMERIC_ENTITIES, SECRET_ENTITIES, CorpusText, Label

SECRET_WINDOW = 16
# Name particles are not identifying on their own ("auch" joins Faker de_DE double names: "X auch Y").
_PARTICLES = frozenset(
    {"de", "la", "del", "los", "las", "y", "von", "van", "der", "bin", "al", "el", "da", "di", "auch", "genannt"}
)
_DIGIT_SEP = r"[\s\-.()/]?"
# Joins decoded strings and stands in for removed values: matches neither a separator nor a word character,
# so no digit run or name can be stitched together across two unrelated strings.
_BREAK = "\x00"


def _walk(value: Any) -> Iterator[str]:
    if isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _walk(item)
    elif isinstance(value, list):
        for item in value:
            yield from _walk(item)
    elif value is not None:
        yield str(value)
        if isinstance(value, str) and (inner := parse_json(value)) is not None:
            yield from _walk(inner)  # JSON-in-JSON: tool-call arguments and tool results


def parse_json(text: str) -> Any | None:
    """The parsed object or array, or None when the text is not a JSON container."""
    stripped = text.lstrip()
    if not stripped.startswith(("{", "[")):
        return None
    try:
        parsed = json.loads(text)
    except ValueError:
        return None
    return parsed if isinstance(parsed, dict | list) else None


def searchable(text: str) -> str:
    """The raw text plus its decoded JSON strings, so escaped or re-serialized values are still found."""
    parsed = parse_json(text)
    return text if parsed is None else text + _BREAK + _BREAK.join(_walk(parsed))


def context_without_labels(item: CorpusText) -> str:
    """The input with every planted value removed: fragments found here are not evidence of a leak."""
    parsed = parse_json(item.text) if item.is_json else None
    base = item.text if parsed is None else _BREAK.join(_walk(parsed))
    for label in item.labels:
        value = re.escape(label.value)
        if label.number:
            # Only the house number next to its street: a bare "5" elsewhere ("Qwen2.5") is context.
            num = re.escape(label.number)
            value = rf"{num}\W{{0,3}}{value}|{value}\W{{0,3}}{num}|{value}"
        base = re.sub(value, _BREAK, base, flags=re.IGNORECASE)
    return base


@lru_cache(maxsize=65536)
def _word(fragment: str) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)" + re.escape(fragment) + r"(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=65536)
def _digit_run(run: str) -> re.Pattern[str]:
    return re.compile(_DIGIT_SEP.join(run))


def _fragments(label: Label) -> list[tuple[str, str]]:
    """(how, fragment) pairs whose survival also counts as a leak of this label."""
    out: list[tuple[str, str]] = []
    if label.entity == "PERSON":
        parts = re.split(r"[\s\-]+", label.value)
        out += [("word", part) for part in parts if len(part) > 1 and part.lower() not in _PARTICLES]
    if label.entity in NUMERIC_ENTITIES:
        digits = "".join(c for c in label.value if c.isdigit())
        out += [("digits", digits[i : i + 4]) for i in range(len(digits) - 3)]
    if label.entity in SECRET_ENTITIES and len(label.value) > SECRET_WINDOW:
        # PEM armour lines ("-----BEGIN PRIVATE KEY-----") are public boilerplate; the body is the secret.
        v = "\n".join(line for line in label.value.splitlines() if not line.startswith("-----"))
        out += [("text", v[i : i + SECRET_WINDOW]) for i in range(0, len(v) - SECRET_WINDOW + 1, 4)]
    if label.entity == "ADDRESS" and label.number:
        out.append(("word", label.number))
        digits = "".join(c for c in label.number if c.isdigit())
        if len(digits) >= 4:
            out += [("digits", digits[i : i + 4]) for i in range(len(digits) - 3)]
    return out


def _found(how: str, fragment: str, haystack: str, haystack_lower: str) -> bool:
    if how == "word":
        return _word(fragment).search(haystack) is not None
    if how == "digits":
        return _digit_run(fragment).search(haystack) is not None
    return fragment.lower() in haystack_lower


def leaked(label: Label, output: str, context: str) -> bool:
    out_lower = output.lower()
    if label.value.lower() in out_lower:
        return True
    ctx_lower = context.lower()
    return any(
        _found(how, frag, output, out_lower) and not _found(how, frag, context, ctx_lower)
        for how, frag in _fragments(label)
    )


def _nested_json(value: Any) -> int:
    """How many string values inside ``value`` are themselves JSON objects or arrays (tool-call arguments)."""
    if isinstance(value, dict):
        return sum(_nested_json(v) for v in value.values())
    if isinstance(value, list):
        return sum(_nested_json(v) for v in value)
    if isinstance(value, str) and (inner := parse_json(value)) is not None:
        return 1 + _nested_json(inner)
    return 0


def _key_paths(value: Any, prefix: str = "") -> set[str]:
    if isinstance(value, dict):
        return {p for k, v in value.items() for p in {f"{prefix}/{k}"} | _key_paths(v, f"{prefix}/{k}")}
    if isinstance(value, list):
        return {p for i, v in enumerate(value) for p in _key_paths(v, f"{prefix}[{i}]")}
    return set()


@dataclass
class Leak:
    """One failure, kept for FINDINGS: which label leaked (or which look-alike was destroyed) in which text."""

    row: str  # the entity type, or "lookalike:<kind>"
    kind: str  # the text kind
    value: str
    text_id: str
    variant: str = ""


@dataclass
class Score:
    entities: Counter[str] = field(default_factory=Counter)
    leaks: Counter[str] = field(default_factory=Counter)
    lookalikes: Counter[str] = field(default_factory=Counter)
    destroyed: Counter[str] = field(default_factory=Counter)
    json_texts: int = 0
    json_valid: int = 0
    json_keys_intact: int = 0
    failures: list[Leak] = field(default_factory=list)


def label_rows(label: Label) -> list[str]:
    rows = [label.entity, "ALL_ENTITIES"]
    rows += [f"{label.entity}[{tag}]" for tag in label.variant.split(",") if tag]
    if label.entity in SECRET_ENTITIES:
        rows.append("ALL_SECRETS")
    return rows


def score(corpus: Sequence[CorpusText], outputs: Sequence[str]) -> Score:
    result = Score()
    for item, output in zip(corpus, outputs, strict=True):
        haystack = searchable(output)
        context = context_without_labels(item)
        for label in item.labels:
            bad = leaked(label, haystack, context)
            for row in label_rows(label):
                result.entities[row] += 1
                result.leaks[row] += bad
            if bad:
                result.failures.append(Leak(label.entity, item.kind, label.value, item.text_id, label.variant))
        for look in item.lookalikes:
            result.lookalikes[look.kind] += 1
            result.lookalikes["ALL"] += 1
            if look.value not in haystack:
                result.destroyed[look.kind] += 1
                result.destroyed["ALL"] += 1
                result.failures.append(Leak(f"lookalike:{look.kind}", item.kind, look.value, item.text_id))
        if item.is_json:
            result.json_texts += 1
            parsed, original = parse_json(output), json.loads(item.text)
            if parsed is not None and _nested_json(parsed) == _nested_json(original):
                result.json_valid += 1
                result.json_keys_intact += _key_paths(parsed) == _key_paths(original)
    return result
