"""E-mail addresses with "at" and "dot" spelled out are addresses; prose with "at" stays."""

from __future__ import annotations

import pytest

from redaction.recognizers.spelled_email import SpelledEmailRecognizer


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my email is kwabena.mensah at gmail dot com", ["kwabena.mensah at gmail dot com"]),
        ("write to oluwaseun.adeyemi [at] example [dot] org", ["oluwaseun.adeyemi [at] example [dot] org"]),
        ("contact: thanh.nguyen(at)example.com", ["thanh.nguyen(at)example.com"]),
        ("mail me at zeynep_celik AT outlook DOT com please", ["zeynep_celik AT outlook DOT com"]),
        # Prose: a word before "at", no known suffix, or no domain at all.
        ("we met at google.com offices", []),
        ("he is at home.today", []),
        ("meet at noon dot", []),
        ("the job runs at 10.5 dot release", []),
        ("ask kmensah at the desk", []),
        # A real address is the e-mail recognizer's.
        ("mail kwabena@example.com", []),
    ],
)
def test_spelled_out_addresses(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(SpelledEmailRecognizer(), text) == expected


def test_spelled_address_is_redacted_whole(redactor) -> None:  # type: ignore[no-untyped-def]
    [out] = redactor.redact_texts(["contact: thanh.nguyen(at)example.com"], scope="spelled")
    assert out == "contact: <EMAIL_ADDRESS_1>"
