"""Identifiers read out in words, glued to unspaced scripts or answered on the next line; and the ids,
versions and dates that look like them and stay."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction.recognizers._spoken_digits import spoken_runs
from redaction.recognizers.spoken_numbers import SpokenNumberRecognizer


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("seven oh two 555 oh one seven three", "7025550173"),
        ("zero five nine, double seven oh, two two seven one", "0597702271"),
        ("zéro six trente-neuf quatre-vingt-dix-huit soixante-dix-neuf", "06399879"),
        ("one eight hundred, forty two", "180042"),
        ("nove meia meia... 697", "966697"),
    ],
)
def test_spoken_runs_say_their_digits(text: str, digits: str) -> None:
    assert [run.digits for run in spoken_runs(text)] == [digits]


@pytest.mark.parametrize(
    ("text", "value", "entity"),
    [
        (
            "Caller: Yeah, it's seven oh two 555 oh one seven three.",
            "seven oh two 555 oh one seven three",
            "PHONE_NUMBER",
        ),
        (
            "Cliente: es el cinco cinco, ocho siete tres uno, 3813.",
            "cinco cinco, ocho siete tres uno, 3813",
            "PHONE_NUMBER",
        ),
        (
            "sıfır beş üç beş - 977 - üç sekiz dokuz sıfır",
            "sıfır beş üç beş - 977 - üç sekiz dokuz sıfır",
            "PHONE_NUMBER",
        ),
        ("お客様: 080の4886の2771です。", "080の4886の2771", "PHONE_NUMBER"),
        (
            "the card is four zero eight nine, one two five three, zero two three zero, seven nine nine seven",
            "four zero eight nine, one two five three, zero two three zero, seven nine nine seven",
            "CREDIT_CARD",
        ),
        (
            "my IBAN: A E 5 3, 0 3 5 2, 8 7 2 0, 8 8 0 8, 2 9 9 5, 7 4 4",
            "A E 5 3, 0 3 5 2, 8 7 2 0, 8 8 0 8, 2 9 9 5, 7 4 4",
            "IBAN_CODE",
        ),
        (
            "The SSN is two three two, two one, six seven three seven",
            "two three two, two one, six seven three seven",
            "US_SSN",
        ),
    ],
)
def test_numbers_said_in_words(findings, text: str, value: str, entity: str) -> None:  # type: ignore[no-untyped-def]
    recognizer = SpokenNumberRecognizer()
    found = recognizer.analyze(text, list(SpokenNumberRecognizer.ENTITIES))
    assert [(text[r.start : r.end], r.entity_type) for r in found] == [(value, entity)]


@pytest.mark.parametrize(
    "text",
    [
        "your order number is four five six seven eight nine one two",
        "we have one two three options and four five six",
        "Gift cards never expire; one or two per customer.",
        "1 2 3 4 5 6 7 8",  # digits alone are the digit recognizers'
    ],
)
def test_words_that_are_no_spoken_phone(text: str) -> None:
    recognizer = SpokenNumberRecognizer()
    assert recognizer.analyze(text, list(SpokenNumberRecognizer.ENTITIES)) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Hoi, mijn nieuwe nummer is O2 456 98 O7. Kunnen jullie", "O2 456 98 O7"),
        ("- **Mobile:** 8-965-9l6-22-24", "8-965-9l6-22-24"),
        ("Fone: 31 3248-0XXX\nNOTA FISCAL", "31 3248-0XXX"),
        ("Mobile: 01 259 3xxx", "01 259 3xxx"),
        ("name,phone,phone2\nAna,4155550101,4155550102", "4155550102"),
        ("Tu pedido llega el 13/11/2024. Dudas: 229684846. No respondas a este SMS.", "229684846"),
        ("Agent: can you read me your social?\nCaller: sure, 6 7 3 1 3 7 6 9 2.", "6 7 3 1 3 7 6 9 2"),
        ("You can call us on:\n1. 0117 496 0953 from the UK\n2. 1 866 555 0177 toll-free", "1 866 555 0177"),
    ],
)
def test_numbers_typed_with_letters_masked_or_numbered(redactor: Redactor, text: str, number: str) -> None:
    [out] = redactor.redact_texts([text])
    assert number not in out, out


def test_letters_and_masks_beside_no_number_stay(redactor: Redactor) -> None:
    texts = [
        "my O2 contract and the I2C bus, lol",
        "HTTP 5xx and 4xx rates",
        "Steps:\n1. 2024 budget\n2. 15 items",
        "mask [0 1 0 0 1 1 0 1 1]",
    ]
    assert redactor.redact_texts(texts) == texts


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        # The question on the line before says what the answer's number is.
        ("Agent: And your phone number?\nCustomer: 60461766.", ["60461766"], ["Agent:"]),
        ("Agent: And your order number?\nCaller: 60461766.", [], ["60461766"]),
        # Two lines of prose with a comma each are no table whose "header" names an id.
        (
            "To unsubscribe, visit https://news.example.com/u?id=c708ebf9 or write to us.\n"
            "Acme Ltd, Customer line 01 469 9757",
            ["469 9757"],
            ["To unsubscribe"],
        ),
        # A card and an e-mail glued to Japanese.
        (
            "カード番号3531-0032-9443-3830で請求されています。メールはynakamura@docomo.ne.jpです。",
            ["3531-0032-9443-3830", "ynakamura"],
            ["カード番号", "です。"],
        ),
    ],
)
def test_identifiers_in_context(redactor: Redactor, text: str, gone: list[str], kept: list[str]) -> None:
    [out] = redactor.redact_texts([text])
    assert not [value for value in gone if value in out], out
    assert all(value in out for value in kept), out


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Código de error 21408, versión 4.19.28.23.", "4.19.28.23"),
        ('{"ua": "okhttp/1.2.8.40"}', "okhttp/1.2.8.40"),
        ("Mozilla/5.0 Chrome/120.0.6099.129", "Chrome/120.0.6099.129"),
        ("NIP: 967-914-39-52", "967-914-39-52"),
        ("employer EIN 69-4711414 listed", "69-4711414"),
        ("KvK 04016865", "04016865"),
        ("お問い合わせ番号: 043154117086。", "043154117086"),
        ('{"reference": "RF91 3293 4544 3013 36"}', "RF91 3293 4544 3013 36"),
        ("IBAN be75512897777451 (BIC KREDBEBB).", "KREDBEBB"),
        ("発生日時 2024/11/15 05:22", "2024/11/15 05:22"),
        ("Notitie 07-06-2025: klant belde", "Notitie 07-06-2025"),
        ("TERMINAL 0347/47290", "0347/47290"),
        ("+91-22-25650208,,523274410#   City line\nPhone conference ID: 523 274 410#", "523 274 410#"),
        ("sku;name;ean;updated\nVX-6975-32;Tefal ActiFry;5908174140797;2020-09-17", "5908174140797"),
        ("role-to-assume: arn:aws:iam::024128716924:role/EKSNodeRole", "arn:aws:iam::024128716924:role"),
        ("wysłano na robert@wp.pl. Zgłoszenie 3479184.", "Zgłoszenie 3479184"),
        ("naar Kerkstraat 355, Utrecht\nSince 10.0.19683.3106 the form won't save.", "Since 10.0.19683.3106"),
        ("call back regarding RMA 29167306.", "29167306"),
        ("内容: アプリ（4.19.16.80）でエラー", "4.19.16.80"),
        ('{"mandate": {"reference": "4193/91441"}, "bank": {"bic": "TATRSKBX"}}', "TATRSKBX"),
        ('{"mandate": {"reference": "4193/91441"}}', "4193/91441"),
        # The phone cue of the sentence before is that sentence's number's.
        ("Atualizei seu telefone para +5561946424835. Protocolo de atendimento: 20251013687981.", "20251013687981"),
    ],
)
def test_look_alikes_stay(redactor: Redactor, text: str, kept: str) -> None:
    [out] = redactor.redact_texts([text])
    assert kept in out, out


def test_an_ip_after_a_version_word_elsewhere_is_still_an_ip(redactor: Redactor) -> None:
    [out] = redactor.redact_texts(["version 2 ships today; login from 203.0.113.9 via https://10.0.0.2/api"])
    assert "203.0.113.9" not in out and "10.0.0.2" not in out


@pytest.mark.parametrize(
    ("text", "ssn"),
    [
        ("payroll SSN mismatch for Ana. W-4 shows 667-51-1645, payroll file has 800568092.", "800568092"),
        ("you've entered 232216737 - please don't share your Social Security number", "232216737"),
    ],
)
def test_nine_digits_on_a_line_about_ssns(redactor: Redactor, text: str, ssn: str) -> None:
    [out] = redactor.redact_texts([text])
    assert ssn not in out, out


def test_nine_digits_elsewhere_stay(redactor: Redactor) -> None:
    texts = ["order 800568092 shipped; SSN questions go to HR.", "Batch 631346732 done"]
    assert redactor.redact_texts(texts) == texts
