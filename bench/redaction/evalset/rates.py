"""Per-class rates of a system's outputs on the evaluation set: counts and rates only, never a value.

A label leaks when its value appears in the output verbatim, in the raw text or in any string decoded from it
(JSON, JSON nested in JSON strings); numbers (phone, card, SSN, IBAN) also leak as their digit or character run
without separators. Values are checked longest first and a leaked value is masked before shorter ones are checked,
so a first name is not counted leaked because the full name around it leaked (that counts once, as the full name).
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from typing import Any

import regex

from bench.redaction.corpus.model import CorpusText, Label

from .secrets import SECRET_KINDS

STRUCTURED = ("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IP_ADDRESS", "IBAN_CODE")
RUN_CHECKED = {"PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "IBAN_CODE"}
_SEPARATORS = regex.compile(r"[\s\-.()/]+")
_NO_SPACE_SCRIPTS = ("CJK", "HANGUL", "HIRAGANA", "KATAKANA", "THAI", "ETHIOPIC")
# Which label variant keys get rows of their own, per entity.
_VARIANT_ROWS = {
    "CREDIT_CARD": ("check",),
    "PHONE_NUMBER": ("source", "libphonenumber"),
    "DATE_OF_BIRTH": ("lang",),
    "IP_ADDRESS": ("version",),
    "EMAIL_ADDRESS": ("local",),
}
# Classes that get rows per text kind, language and variant.
_WHERE_ROWS = {"STREET_ADDRESS", "PASSWORD_PROSE", "DATE_OF_BIRTH", "PHONE_NUMBER"}
_SOURCES = {"hand": "hand-written, many origins", "faker": "Faker locales", "public": "public template set"}
# Each section's numerator: what its count counts.
MEASURES = {
    "overall": "leaked",
    "entity": "leaked",
    "entity_variant": "leaked",
    "secret": "leaked",
    "person_origin": "leaked",
    "person_form": "leaked",
    "person_case": "leaked",
    "person_script": "leaked",
    "text_kind": "leaked",
    "language": "leaked",
    "entity_where": "leaked",
    "lookalike": "destroyed",
    "json": "kept",
}


def _json_parts(text: str) -> tuple[list[str], list[str]] | None:
    """``(keys, strings)`` of ``text`` parsed as JSON, recursing into strings that are JSON too; None when
    ``text`` does not parse."""
    try:
        stack = [json.loads(text)]
    except ValueError:
        return None
    keys: list[str] = []
    strings: list[str] = []
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            keys.extend(node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        elif isinstance(node, str):
            strings.append(node)
            nested = _json_parts(node) if node[:1] in "{[" else None
            if nested:
                keys.extend(nested[0])
                strings.extend(nested[1])
    return keys, strings


def decoded_strings(text: str) -> list[str]:
    """Every string of ``text`` parsed as JSON (keys included), nested JSON strings too; [] when not JSON."""
    parts = _json_parts(text)
    return [*parts[0], *parts[1]] if parts else []


def json_keys(text: str) -> list[str] | None:
    """All keys of ``text`` as JSON (nested JSON strings included), sorted; None when it does not parse."""
    parts = _json_parts(text)
    return sorted(parts[0]) if parts else None


def _person_pattern(value: str) -> regex.Pattern[str]:
    if any(unicodedata.name(ch, "").startswith(_NO_SPACE_SCRIPTS) for ch in value):
        return regex.compile(regex.escape(value))  # no word boundaries in these scripts (particles attach)
    return regex.compile(rf"(?<!\w){regex.escape(value)}(?!\w)")


def _needles(label: Label) -> list[str]:
    if label.entity == "PRIVATE_KEY":  # any line of the key body left is a leak
        return [line for line in label.value.splitlines() if len(line) >= 40]
    if label.entity == "STREET_ADDRESS" and label.number:  # the street without its number still locates someone
        parts = [p.strip(" ,.") for p in label.value.split(label.number)]
        return [label.value, *(p for p in parts if len(p) >= 5)]
    return [label.value]


def leaks(label: Label, haystack: str) -> tuple[bool, str]:
    """Whether ``label`` leaks in ``haystack``, and the haystack with its leaked occurrences masked."""
    leaked = False
    for needle in _needles(label):
        pattern = _person_pattern(needle) if label.entity == "PERSON" else regex.compile(regex.escape(needle))
        if pattern.search(haystack):
            leaked = True
            haystack = pattern.sub(lambda m: "\0" * len(m.group(0)), haystack)
    if not leaked and label.entity in RUN_CHECKED:
        run = _SEPARATORS.sub("", label.value)
        leaked = len(run) >= 7 and run in _SEPARATORS.sub("", haystack)
    return leaked, haystack


def _variant(label: Label) -> dict[str, str]:
    parts = [p.split("=", 1) for p in label.variant.split(";") if "=" in p]
    return {k: v for k, v in parts}


def evalset_rates(corpus: list[CorpusText], outputs: list[str]) -> dict[str, Any]:
    """Rates and counts per class for ``outputs[i]``, the redacted text of ``corpus[i]``."""
    if len(corpus) != len(outputs):
        raise ValueError(f"{len(outputs)} outputs for {len(corpus)} texts")
    tally: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(lambda: [0, 0]))

    def count(section: str, row: str, hit: bool) -> None:
        cell = tally[section][row]
        cell[0] += int(hit)
        cell[1] += 1

    for text, output in zip(corpus, outputs, strict=True):
        decoded = decoded_strings(output)
        haystack = "\n".join([output, *decoded])
        seen: dict[tuple[str, str], bool] = {}  # one value under two forms (first name, possessive) shares a result
        for label in sorted(text.labels, key=lambda lab: -len(lab.value)):
            key = (label.entity, label.value)
            if key not in seen:
                seen[key], haystack = leaks(label, haystack)
            _count_label(count, text, label, seen[key])
        for look in text.lookalikes:
            destroyed = look.value not in output and all(look.value not in s for s in decoded)
            count("lookalike", "all kinds", destroyed)
            count("lookalike", look.kind, destroyed)
        if text.is_json:
            keys = json_keys(output)
            count("json", "valid JSON", keys is not None)
            count("json", "keys intact", keys == json_keys(text.text))
    sections = {
        section: {row: _cell(*tally[section][row]) for row in sorted(tally[section], key=_row_order)}
        for section in MEASURES
        if section in tally
    }
    return {"texts": len(corpus), "traces": len({t.trace_id for t in corpus}), "sections": sections}


def _count_label(count: Any, text: CorpusText, label: Label, leaked: bool) -> None:
    secret = label.entity in SECRET_KINDS
    count("overall", "all labelled values", leaked)
    if secret:
        count("overall", "secrets (all kinds)", leaked)
        count("secret", label.entity, leaked)
    else:
        count("entity", label.entity, leaked)
    if label.entity in STRUCTURED:
        count("overall", "structured identifiers (e-mail, phone, card, SSN, IP, IBAN)", leaked)
    variant = _variant(label)
    for key in _VARIANT_ROWS.get(label.entity, ()):
        if key in variant:
            count("entity_variant", f"{label.entity} {key}={variant[key]}", leaked)
    if label.entity == "PERSON":
        source = variant.get("src", "?")
        count("overall", "PERSON", leaked)
        count("overall", f"PERSON {_SOURCES.get(source, source)}", leaked)
        count("person_origin", f"{source}:{variant.get('origin', '?')}", leaked)
        count("person_form", variant.get("form", "?"), leaked)
        count("person_case", variant.get("case", "?"), leaked)
        count("person_script", variant.get("script", "?"), leaked)
    count("text_kind", text.kind, leaked)
    count("language", text.language, leaked)
    if label.entity in _WHERE_ROWS:
        # Where the hard classes leak (text kind, language, the generator's variant keys): rates, never values.
        count("entity_where", f"{label.entity} in {text.kind}", leaked)
        count("entity_where", f"{label.entity} lang={text.language}", leaked)
        for key, value in variant.items():
            count("entity_where", f"{label.entity} {key}={value}", leaked)


def _row_order(row: str) -> tuple[int, str]:
    return (0 if row.startswith("all") else 1, row)


def _cell(hits: int, total: int) -> dict[str, Any]:
    return {"rate": hits / total if total else 0.0, "count": hits, "total": total}
