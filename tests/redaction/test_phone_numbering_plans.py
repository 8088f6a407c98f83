"""Every numbering plan libphonenumber knows: its example mobile and fixed-line numbers, written nationally,
internationally and with dots, are found after a call cue. The rules were written from a few dozen countries'
habits; this checks they hold for all ~245 regions, in the formats their own people print.

Left out: numbers of fewer than six digits (a few Pacific and South Atlantic islands: shorter than any id
the engine can tell apart from a count) and numbers that read as a date ("75.12.34", New Caledonia;
"34.10.1234"). Written with dots, a number is also an amount's or a version's shape ("21.234.567",
"21.23.4.56789"): only a phone label right before it ("Tel:") makes it a phone number then.
"""

from __future__ import annotations

import phonenumbers
import pytest
import regex
from phonenumbers import PhoneNumberFormat, PhoneNumberType

from redaction.recognizers.phone import PhoneNumberRecognizer

_DATE_SHAPED = regex.compile(r"^\d\d([.\-/ ])\d\d\1(?:\d\d|\d{4})$")
_VERSION_SHAPED = regex.compile(r"\.\d\.|\(")
_CUES = ["You can call me at {} after 5pm.", "Tel: {}", "Llámame al {} por la tarde."]
_LABELS = ["Tel: {}", "Teléfono: {}", '{{"phone": "{}"}}']
_LEAST_DIGITS = 6


def _example_numbers() -> list[tuple[str, phonenumbers.PhoneNumber]]:
    examples = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        for kind in (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE):
            number = phonenumbers.example_number_for_type(region, kind)
            if number is not None and len(phonenumbers.national_significant_number(number)) >= _LEAST_DIGITS:
                examples.append((region, number))
    return examples


def _written(number: phonenumbers.PhoneNumber, form: str) -> str:
    if form == "international":
        return phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return national.replace(" ", ".") if form == "national with dots" else national


@pytest.mark.parametrize(
    ("form", "sentence"),
    [*(("international", cue) for cue in _CUES), *(("national", cue) for cue in _CUES)]
    + [("national with dots", label) for label in _LABELS],
)
def test_every_plans_example_numbers_after_a_call_cue(findings, form: str, sentence: str) -> None:
    recognizer = PhoneNumberRecognizer()
    missed = []
    for region, number in _example_numbers():
        written = _written(number, form)
        if _DATE_SHAPED.match(written) or (form == "national with dots" and _VERSION_SHAPED.search(written)):
            continue
        if findings(recognizer, sentence.format(written)) != [written]:
            missed.append(f"{region}: {written}")
    assert missed == []


@pytest.mark.parametrize("form", ["national", "international"])
def test_every_plans_example_numbers_alone_in_a_signature(findings, form: str) -> None:
    """A signature's own line needs no "Tel:": "Best regards,\nAna Lima\n71234567" is the sender's number."""
    recognizer = PhoneNumberRecognizer()
    missed = []
    for region, number in _example_numbers():
        written = _written(number, form)
        if _DATE_SHAPED.match(written):
            continue
        if findings(recognizer, f"Best regards,\nAna Lima\nAcme Ltd.\n{written}\n") != [written]:
            missed.append(f"{region}: {written}")
    assert missed == []


@pytest.mark.parametrize(
    "text",
    [
        "Thanks,\nAna\nOrder 48213377 ships Monday.",  # not alone on its line, and an id word
        "Thanks!\nThe ticket ids:\n48213377\n48213378",  # a list's heading, not a signature line
        "Best,\nAna\n2024-03-07",  # a date
        "Regards,\nAna\n\nAppendix\nThe quarter closed at 48213377 after the audit.\n",  # prose, not a line alone
        "Quarterly report\n48213377",  # no sign-off above it
    ],
)
def test_numbers_under_a_sign_off_that_are_no_phone_stay(findings, text: str) -> None:
    assert findings(PhoneNumberRecognizer(), text) == []


def test_amounts_grouped_like_dotted_numbers_stay(findings) -> None:
    """A call cue lets "912.345.678" be a phone number; a currency, a unit or no cue leaves it an amount."""
    recognizer = PhoneNumberRecognizer()
    assert findings(recognizer, "Please call me on 061.123.456 tomorrow.") == ["061.123.456"]
    for text in [
        "Phone revenue reached 912.345.678 EUR last year.",
        "The call center handled 123.456.789 calls.",
        "Call volume this quarter: 12.345.678 minutes.",
        "Total: 912.345.678",
    ]:
        assert findings(recognizer, text) == [], text


def test_an_email_domain_after_the_number_is_no_id_word(findings) -> None:
    """ "…, ana@example.org" has no "org number" in it; "912 131 110 is the org number" still does."""
    recognizer = PhoneNumberRecognizer()
    assert findings(recognizer, "Ana Lima, 601 123 456, ana@example.org") == ["601 123 456"]
    assert findings(recognizer, "Ana Lima, 612 34 56 78, ana.lima@empresa.org") == ["612 34 56 78"]
    assert findings(recognizer, "912 131 110 is the org number") == []


def test_digits_of_a_newer_unicode_than_pythons_do_not_fail(findings) -> None:
    """``regex`` reads Garay digits (Unicode 16) as ``\\d``; ``int()`` on Python's Unicode 14 cannot: no crash."""
    recognizer = PhoneNumberRecognizer()
    assert findings(recognizer, "call +\U00010d41\U00010d42 (555) 123-4567") == ["+\U00010d41\U00010d42 (555) 123-4567"]
