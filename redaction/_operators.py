"""Turning findings into replacements: pseudonym placeholders per scope, mask, keyed hash, encrypt.

Detection and transformation stay apart (as in Presidio): this module sees only
``(entity_type, start, end)`` spans and applies the configured operator to each (Presidio's
``Encrypt`` operator for reversible mode). Replacement is one left-to-right join: Presidio's
``AnonymizerEngine`` rebuilds the whole text once per finding, quadratic in a long text with
thousands of findings (a log paste, a RAG dump), and only ever called these operators.
Placeholders are consistent within a scope (one trace): the same value always gets the same
placeholder. With a placeholder key (the service always has one) it is ``<TYPE_3f9a2c1d>``, a keyed
hash of scope, type and value, so every consumer, a restart and a late span agree without shared
state; without one (ad-hoc CLI runs) it is ``<TYPE_n>``, numbered in order of first appearance.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Sequence

import regex
from presidio_anonymizer.operators import Encrypt

from redaction._analysis import Finding
from redaction._cache import ScopeTable
from redaction.config import RedactionConfig

REDACTION_FAILED = "<REDACTION_FAILED>"
"""What a value becomes when it could not be redacted: it is dropped, never stored raw."""

_SPACES = regex.compile(r"\s+")
_DIGITS_ONLY = frozenset({"PHONE_NUMBER", "CREDIT_CARD", "US_SSN", "US_ITIN", "IBAN_CODE", "UK_NHS"})
_MAX_SCOPES = 10_000


def canonical(entity_type: str, value: str) -> str:
    """The identity of a value for pseudonym purposes: "+1 (415) 555-0132" is "14155550132"."""
    if entity_type in _DIGITS_ONLY:
        digits = "".join(c for c in value if c.isalnum())
        return digits.upper() or value
    return _SPACES.sub(" ", value).strip().casefold()


class Pseudonyms:
    """Placeholders of one scope: keyed hashes when given a key, else numbered by first appearance."""

    def __init__(self, key: bytes = b"", scope: str = "") -> None:
        self._key = key
        self._scope = scope
        self._by_value: dict[tuple[str, str], str] = {}
        self._counts: dict[str, int] = {}
        self.aliases: Callable[[str], str | None] | None = None
        """Maps a PERSON value to the full name it refers to (trace coreference): one placeholder for both."""

    def placeholder(self, entity_type: str, value: str) -> str:
        key = (entity_type, canonical(entity_type, value))
        if entity_type == "PERSON" and self.aliases is not None:
            key = (entity_type, self.aliases(value) or key[1])
        if self._key:
            message = f"{self._scope}\x00{entity_type}\x00{key[1]}".encode()
            # 32 bits: a collision needs ~65k distinct values of one type in one trace.
            return f"<{entity_type}_{hmac.new(self._key, message, hashlib.sha256).hexdigest()[:8]}>"
        found = self._by_value.get(key)
        if found is None:
            number = self._counts.get(entity_type, 0) + 1
            self._counts[entity_type] = number
            found = self._by_value[key] = f"<{entity_type}_{number}>"
        return found


class Replacer:
    """Applies the configured operator to each finding of a text."""

    def __init__(self, config: RedactionConfig, placeholder_key: bytes = b"") -> None:
        self._config = config
        self._placeholder_key = placeholder_key
        self._hmac_key = config.hmac_key() if config.pseudonyms == "hmac" or "hash" in config.all_operators() else b""
        self._encrypt_key = config.encrypt_key() if "encrypt" in config.all_operators() else ""
        # Bounded so a long-running consumer does not keep every trace's table forever; spans of one
        # trace arriving in later batches still share numbering while their scope is recent.
        self._scopes = ScopeTable(_MAX_SCOPES, Pseudonyms)

    def scope(self, name: str) -> Pseudonyms:
        """The numbering of scope ``name``; ``""`` is a fresh anonymous scope each time."""
        if not name:
            return Pseudonyms()
        if self._placeholder_key:
            return Pseudonyms(self._placeholder_key, name)
        return self._scopes.of(name)

    def replace_whole(self, entity_type: str, value: str, pseudonyms: Pseudonyms) -> str:
        """The replacement for an entire value (used for values under secret-named keys)."""
        return self._operator(entity_type, pseudonyms)(value)

    def apply(self, text: str, findings: Sequence[Finding], pseudonyms: Pseudonyms) -> str:
        """``text`` with every finding replaced; overlapping findings are merged first."""
        merged = merge_overlaps(findings)
        if not merged:
            return text
        operators: dict[str, Callable[[str], str]] = {}
        pieces: list[str] = []
        done = 0
        # Reading order, so scope numbering follows first appearance.
        for finding in merged:
            operator = operators.get(finding.entity_type)
            if operator is None:
                operator = operators[finding.entity_type] = self._operator(finding.entity_type, pseudonyms)
            pieces.append(text[done : finding.start])
            pieces.append(operator(text[finding.start : finding.end]))
            done = finding.end
        pieces.append(text[done:])
        return "".join(pieces)

    def _operator(self, entity_type: str, pseudonyms: Pseudonyms) -> Callable[[str], str]:
        operator = self._config.operator_for(entity_type)
        if operator == "mask":
            return lambda value: "*" * len(value)
        if operator == "hash":
            return lambda value: self._digest(entity_type, value)
        if operator == "encrypt":
            return lambda value: f"<{entity_type}:{Encrypt().operate(value, {'key': self._encrypt_key})}>"
        if self._config.pseudonyms == "hmac":
            return lambda value: f"<{entity_type}_{self._digest(entity_type, value)[:12]}>"
        return lambda value: pseudonyms.placeholder(entity_type, value)

    def _digest(self, entity_type: str, value: str) -> str:
        message = f"{entity_type}\x00{canonical(entity_type, value)}".encode()
        return hmac.new(self._hmac_key, message, hashlib.sha256).hexdigest()


def merge_overlaps(findings: Sequence[Finding]) -> list[Finding]:
    """Non-overlapping findings covering every character any finding covered.

    Overlapping spans become their union (so no fragment of either survives), typed after the
    longer one (the more complete reading: "+1 415 555 2671" is a phone number even if its last ten
    digits pass an NHS checksum), then the higher-scoring one.
    """
    merged: list[Finding] = []
    for finding in sorted(findings, key=lambda f: (f.start, -f.end)):
        if merged and finding.start < merged[-1].end:
            last = merged[-1]
            winner = max(last, finding, key=lambda f: (f.end - f.start, f.score))
            merged[-1] = Finding(winner.entity_type, last.start, max(last.end, finding.end), winner.score)
        else:
            merged.append(finding)
    return merged
