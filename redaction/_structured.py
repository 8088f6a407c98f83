"""Walking JSON-like values: which strings to analyze, and which keys decide the entity themselves.

A string holding a JSON object or array is parsed, redacted value by value and re-serialized, so
tool arguments stay valid JSON with their keys. A value under a key that names a secret
(``password``, ``api_key``, ``authorization``, ...) is replaced whatever it looks like; so are
values under keys that name a person, a birth date or a street address.

Which key makes which entity lives in :mod:`redaction._key_rules` (with its word table,
:mod:`redaction._key_entities`) and :mod:`redaction._person_keys`; this module walks the values.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

import regex

from redaction._address_keys import is_place_value, street_keys
from redaction._key_rules import KeyRules, normalise_key, pass_key_entity
from redaction._number_keys import entity_by_key_and_shape, holds_birth_date, is_record_id, typed_secret_key
from redaction._person_keys import PERSON_PARENTS, PERSON_SIBLINGS, person_by_key

# The entry point: the redactor and tests import KeyRules from here.
__all__ = ["KeyRules", "parse_json_container", "strings_in", "walk"]

# A value that is a phone number and nothing else: at least five digits, phone punctuation, an extension.
_PHONE_VALUE = regex.compile(r"(?i)^[\s+()./\-]*(?:\d[\s+()./\-]*){5,}(?:(?:x|ext\.?|#)\s?\d{1,6})?\s*$")

# A string is tried as JSON only when it looks like an object or array: parsing every string is waste.
_JSON_START = ("{", "[")

TextFn = Callable[[str], str]
WholeFn = Callable[[str, str], str]


def parse_json_container(text: str) -> Any:
    """The parsed object/array when ``text`` is one, else ``None``."""
    stripped = text.strip()
    if not stripped.startswith(_JSON_START):
        return None
    try:
        parsed = json.loads(stripped)
    except (ValueError, RecursionError):
        # Too deep for the parser ("[[[[..." pasted a million times): analyzed as plain text.
        return None
    return parsed if isinstance(parsed, dict | list) else None


def walk(
    value: Any,
    rules: KeyRules,
    on_text: TextFn,
    on_whole: WholeFn,
    *,
    key_entity: str | None = None,
    parent: str | None = None,
) -> Any:
    """Rebuild ``value`` with every string passed through ``on_text`` (or ``on_whole`` under a sensitive key).

    Numbers, booleans and ``None`` are kept unless they sit under a sensitive key.
    """
    if key_entity is not None and not isinstance(value, dict | list):
        if value is None or (key_entity == "SECRET" and isinstance(value, int | float)):
            # Counts under token-ish keys ("llm.token_count.prompt") are numbers, not secrets.
            return value
        if key_entity == "PHONE_NUMBER" and not _PHONE_VALUE.match(str(value)):
            # {"phone_verified": true}, {"phone_type": "mobile"}, {"caller_id": "svc_checkout"}: about a
            # phone, not one; a phone among words ("call 0171 2345678 after 5") is found in the text.
            return on_text(value) if isinstance(value, str) else value
        if key_entity == "DATE_OF_BIRTH" and not holds_birth_date(str(value)):
            return on_text(value) if isinstance(value, str) else value
        return on_whole(key_entity, value if isinstance(value, str) else str(value))
    if isinstance(value, str):
        parsed = parse_json_container(value)
        if parsed is None:
            return on_text(value)
        redacted = walk(parsed, rules, on_text, on_whole)
        return json.dumps(redacted, ensure_ascii=False, separators=_separators(value))
    if isinstance(value, dict):
        entities = {k: key_entity or _entity(rules, k) for k in value}
        typed = typed_secret_key(value)
        if typed is not None and entities[typed] is None:
            entities[typed] = "PASSWORD"
        street_keys(value, entities)
        personal = (parent is not None and normalise_key(parent) in PERSON_PARENTS) or any(
            e in PERSON_SIBLINGS for e in entities.values()
        )
        out = {}
        for k, v in value.items():
            entity = entities[k]
            if entity is None and isinstance(k, str) and isinstance(v, str | int) and not isinstance(v, bool):
                key = normalise_key(k)
                if isinstance(v, str) and (is_record_id(key, v) or is_place_value(key, v)):
                    out[k] = v
                    continue
                entity = entity_by_key_and_shape(key, str(v)) or pass_key_entity(key, v)
                if entity is None and isinstance(v, str):
                    entity = person_by_key(key, v, personal)
            out[k] = walk(v, rules, on_text, on_whole, key_entity=entity, parent=k if isinstance(k, str) else None)
        return out
    if isinstance(value, list | tuple):
        return [walk(item, rules, on_text, on_whole, key_entity=key_entity, parent=parent) for item in value]
    return value


def strings_in(value: Any, rules: KeyRules, persons: list[str] | None = None) -> Iterable[str]:
    """Every string :func:`walk` would pass to ``on_text``, in the same order (for batching).

    ``persons``, when given, receives the values that sit under person-naming keys, and the addresses under
    e-mail keys (their local parts name people too).
    """
    collected: list[str] = []

    def collect(text: str) -> str:
        collected.append(text)
        return text

    def whole(entity: str, text: str) -> str:
        if persons is not None and (entity == "PERSON" or (entity == "EMAIL_ADDRESS" and "@" in text)):
            persons.append(text)
        return text

    walk(value, rules, collect, whole)
    return collected


def _entity(rules: KeyRules, key: Any) -> str | None:
    return rules.entity_for(key) if isinstance(key, str) else None


def _separators(original: str) -> tuple[str, str]:
    # Keep the producer's compact or spaced style so diffs against the raw span stay readable.
    return (",", ":") if '":"' in original or ('",' in original and '", ' not in original) else (", ", ": ")
