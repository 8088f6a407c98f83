"""The normalized text of a case input and its fingerprint: equal fingerprints mean the same input.

Normalization keeps what a reviewer would call "the same question": redaction placeholders lose their
per-trace suffix (``<PERSON_3f9a2c>`` -> ``<person>``), case is folded and whitespace collapsed.
"""

from __future__ import annotations

import hashlib

import regex

from casegen.cases._placeholders import generic_placeholders
from schemas.case import CaseInput

_SPACES = regex.compile(r"\s+")


def normalized_input(case_input: CaseInput) -> str:
    """System prompt and messages as one normalized text (roles kept: a user "hi" is not a system "hi")."""
    parts = [f"system: {case_input.system}"] if case_input.system else []
    parts.extend(f"{m.role}: {m.content}" for m in case_input.messages if m.content)
    return normalize_text("\n".join(parts))


def normalize_text(text: str) -> str:
    """Placeholders made generic, case folded, whitespace runs made one space, ends stripped."""
    return _SPACES.sub(" ", generic_placeholders(text).casefold()).strip()


def input_fingerprint(case_input: CaseInput) -> str:
    """``dup-`` and 16 hex digits of the SHA-256 of :func:`normalized_input`."""
    digest = hashlib.sha256(normalized_input(case_input).encode("utf-8")).hexdigest()
    return f"dup-{digest[:16]}"
