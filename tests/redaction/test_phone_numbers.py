"""Phone numbers as the world writes them: by country code, call cue, or a shape only phones have."""

from __future__ import annotations

import pytest

from redaction.recognizers.phone import PhoneNumberRecognizer

FOUND = [
    # International: a known calling code and a plausible length, valid area code or not.
    "+41 (0)96 471 07 95",
    "(+57) 318 595 74 89",
    "+44(0)28 9018 6312",
    "+54 9 3540 6812",
    "0049 30 901820",
    "+1-537-640-6812x41586",
    # North American shapes, with an extension or not.
    "(898)666-3621x0135",
    "1-726-606-7434",
    "415.555.2671",
    "(415) 555-2671",
    # A national trunk 0 before grouped digits.
    "06 30 906 3152",
    "0 (553) 094 01 10",
    "(0374) 068-124",
    "0171 2345678",
    "030/901820",
    "0-4228-3038",
]

AFTER_A_CUE = [
    ("Call me at 450 0840 tonight", "450 0840"),
    ("mi teléfono es 8636083", "8636083"),
    ("Rückruf unter 981 24 158 bitte", "981 24 158"),
    ("reach me on 555 0100 ext. 12", "555 0100 ext. 12"),
    ("Tel:450 0840", "450 0840"),
    ("450 0840 is my cell", "450 0840"),
]

KEPT = [
    "Date: 2024-05-01 12:30:45",
    "Date: Mon, 06 May 2024 10:15:00 +0000",
    "HTTP/1.1 503 Service Unavailable",
    "order 1234567890 shipped",
    "call about order 12345678",
    "ts=1718035200 pid 4821",
    "total 1,234,567.89 EUR",
    "released 10.2.3 build 20240501.3",
    "01/02/2024 15:30",
    "ISBN 978-3-16-148410-0",
    "10 000 requests in 2 500 ms",
    "SKU 519-47132-95",
]


@pytest.mark.parametrize("number", FOUND)
def test_phone_number_without_a_cue(findings, number: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(PhoneNumberRecognizer(), f"numbers: {number}. thanks") == [number]


@pytest.mark.parametrize(("text", "number"), AFTER_A_CUE)
def test_phone_number_after_a_call_cue(findings, text: str, number: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(PhoneNumberRecognizer(), text) == [number]


@pytest.mark.parametrize("text", KEPT)
def test_number_look_alikes_are_kept(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(PhoneNumberRecognizer(), text) == []
