"""Shared fixtures: one default Redactor per test session (loading spaCy takes seconds)."""

from __future__ import annotations

import pytest

from redaction import RedactionConfig, Redactor


@pytest.fixture(scope="session")
def redactor() -> Redactor:
    return Redactor(RedactionConfig.load())


@pytest.fixture(scope="session")
def findings():  # type: ignore[no-untyped-def]
    """``findings(recognizer, text)``: what a recognizer reports (a fixture, so no test imports conftest)."""
    return _findings


def _findings(recognizer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The substrings a Presidio recognizer reports in ``text`` (spans inside a longer one dropped, as
    the engine's merge would)."""
    spans = {(r.start, r.end) for r in recognizer.analyze(text, recognizer.supported_entities)}
    outer = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    return [text[start:end] for start, end in sorted(outer)]


@pytest.fixture(scope="session")
def with_placeholders():  # type: ignore[no-untyped-def]
    """``with_placeholders(text, values)``: ``text`` with each value replaced by ``<PASSWORD_n>`` in order."""
    return _with_placeholders


def _with_placeholders(text: str, values: list[str], entity: str = "PASSWORD") -> str:
    for n, value in enumerate(values, 1):
        text = text.replace(value, f"<{entity}_{n}>")
    return text
