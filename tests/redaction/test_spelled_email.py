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
        # "@" and "." read aloud in other languages, any casing.
        ("contato: caua39 arroba almeida ponto com ponto br", ["caua39 arroba almeida ponto com ponto br"]),
        ("escríbeme a isidora42 (arroba) outlook.es", ["isidora42 (arroba) outlook.es"]),
        ("mail: LINA85 apenstaartje HOTMAIL punt NL", ["LINA85 apenstaartje HOTMAIL punt NL"]),
        ("pisz na jan (małpa) wp (kropka) pl", ["jan (małpa) wp (kropka) pl"]),
        ("schreib an k.weber Klammeraffe web Punkt de", ["k.weber Klammeraffe web Punkt de"]),
        # A bracketed "[at]" is never prose, even after a dictionary word.
        ("penelope [at] eng [point] gonzalez [point] eu", ["penelope [at] eng [point] gonzalez [point] eu"]),
        # Prose: a word before "at", no known suffix, or no domain at all.
        ("The meeting is at noon point blank", []),
        ("Llegamos a las 5. Punto final.", []),
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
