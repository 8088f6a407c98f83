"""Identifiers in forms the world writes them that the first recognizers missed: percent-encoded e-mails, SSNs
after "SS#" or "tax id", grouped card numbers of 14-19 digits after a card cue, phone extensions in many
languages, phone labels of other languages and symbols; and the look-alikes beside them that must stay."""

from __future__ import annotations

import re

import pytest

from redaction.recognizers.encoded_email import EncodedEmailRecognizer
from redaction.recognizers.national_ids import cued_ssn_recognizer
from redaction.recognizers.offline_email import OfflineEmailRecognizer
from redaction.recognizers.payment_card import PaymentCardRecognizer
from redaction.recognizers.phone import PhoneNumberRecognizer
from redaction.recognizers.vanity_phone import VanityPhoneRecognizer

CASES = [
    # An e-mail address in a URL or a form body, its "@" percent-encoded.
    (EncodedEmailRecognizer, "GET /v2/customers?email=ana.lopez%40example.com&page=2", ["ana.lopez%40example.com"]),
    (EncodedEmailRecognizer, "username=kwame%2Bwork%40gmail.com&password=x", ["kwame%2Bwork%40gmail.com"]),
    (EncodedEmailRecognizer, "q=%22Ana%20Lopez%22%40example.org", ["%22Ana%20Lopez%22%40example.org"]),
    (EncodedEmailRecognizer, "ref=release%40v2.3.1 and path=a%40b", []),
    # An Azure storage URI names a container before its "@", not a mailbox.
    (OfflineEmailRecognizer, 'read("abfss://raw@lake01.dfs.core.windows.net/sales/")', []),
    (OfflineEmailRecognizer, "mail raw@lake01.dfs.core.windows.net", ["raw@lake01.dfs.core.windows.net"]),
    # Nine digits after an SSN or taxpayer-id cue; an order number of the same shape stays.
    (cued_ssn_recognizer, "SS# 402878716 for the tax form", ["402878716"]),
    (cued_ssn_recognizer, "soc sec no. 183-11-9770", ["183-11-9770"]),
    (cued_ssn_recognizer, "Tax ID: 536904399", ["536904399"]),
    (cued_ssn_recognizer, "order 402878716 shipped", []),
    (cued_ssn_recognizer, "SSN 000-12-3456", []),  # never issued: area 000
    # A card cue, in any language, before a card number grouped as cards print it, whatever its checksum.
    (PaymentCardRecognizer, "o número do meu cartão é 6761 7628 3081 4851 417", ["6761 7628 3081 4851 417"]),
    (PaymentCardRecognizer, "cc# 3053-081950-5880 exp 08/27", ["3053-081950-5880"]),
    (PaymentCardRecognizer, "płaciłem kartą 2204856639032484", ["2204856639032484"]),
    (PaymentCardRecognizer, "card 12345678901234567", []),  # 17 digits unbroken: no card prints so
    (PaymentCardRecognizer, "ISBN 978-6-603-96202-0  EAN 5908057110503", []),  # a product code, Luhn or not
]

PHONES = [
    # The extension is part of the direct line.
    ("Tfno: +34 (91) 204 16 13 int. 1077", "+34 (91) 204 16 13 int. 1077"),
    ("Tel: 0664 8642307 Durchwahl -1865", "0664 8642307 Durchwahl -1865"),
    ("call +1 555 555 0199 #123 anytime", "+1 555 555 0199 #123"),
    ("Tel +48 521 192 973 wew. 1129", "+48 521 192 973 wew. 1129"),
    ("fone (11) 93966-0066 r. 3287", "(11) 93966-0066 r. 3287"),
    ("call 0803 734 9842 (poste 1603)", "0803 734 9842 (poste 1603)"),
    ("Mobil: +43 (0)664 979 45 70-414", "+43 (0)664 979 45 70-414"),
    # Labels and calls of other languages, and a phone symbol.
    ("☎ 0221 / 897 39 34", "0221 / 897 39 34"),
    ("cep: 0530-887-4519 Saygılarımla,", "0530-887-4519"),
    ("Internal note: Client rappelé au 9451330543.", "9451330543"),
    ("Cliente contactado al 9 7057 6714.", "9 7057 6714"),
    ("bel me op 856 77 38", "856 77 38"),
    ("min e-post är a@b.se mitt nummer är 394-6458", "394-6458"),
    ("telefonum 509 0471", "509 0471"),
    # A table's phone column decides, whatever the e-mail beside it ends in.
    ("Nom;Courriel;Téléphone\nLoni Weiß;LONI.WEISS78@MAILBOX.ORG;(204) 844-0371", "(204) 844-0371"),
]

NOT_PHONES = [
    "CEP: 01310-100 São Paulo",  # a Brazilian postcode after the same word
    "2024-03-07 tarihli ORD-2029-004110 numaralı sipariş gelmedi.",  # a date; "numaralı" is "numbered"
    "Item 767409-481  x2  1496.80 EUR",  # an item number and a quantity
    "SKUs look like 519-47132-95.",
]


@pytest.mark.parametrize(("factory", "text", "expected"), CASES)
def test_identifier(findings, factory, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(factory(), text) == expected


@pytest.mark.parametrize(("text", "phone"), PHONES)
def test_phone_found_whole(findings, text: str, phone: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(PhoneNumberRecognizer(), text) == [phone]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_not_a_phone(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(PhoneNumberRecognizer(), text) == []


def test_keys_and_headers(redactor) -> None:  # type: ignore[no-untyped-def]
    """A list under "phones" and nine digits under "taxId" are identifiers; a Message-ID is no mailbox."""
    record = '{"phones": ["(21) 9 2609-3964", "8 (929) 998-51-56"], "taxId": "576609149", "phone_type": "mobile"}'
    mail = "From: Ana <ana.lopez@example.com>\nMessage-ID: <b9c73692-37ca-4f35-8106-1fea83537c7f@mail.example.com>"
    out_record, out_mail = redactor.redact_texts([record, mail], scope="identifier-keys")
    assert out_record == (
        '{"phones": ["<PHONE_NUMBER_1>", "<PHONE_NUMBER_2>"], "taxId": "<US_SSN_1>", "phone_type": "mobile"}'
    )
    assert "ana.lopez" not in out_mail
    assert "<b9c73692-37ca-4f35-8106-1fea83537c7f@mail.example.com>" in out_mail


MORE_PHONES = [
    ("call 1-800-CALL-NOW today", "1-800-CALL-NOW"),  # a vanity number, spelled on the keypad
    ("(800) FLOWERS", "(800) FLOWERS"),
    ("call 0717 648779,3667 please", "0717 648779,3667"),  # a dialler's pause before the extension
    ('{"to": "0931 197 673-2180"}', "0931 197 673-2180"),  # a trunk 0 number with its direct dial
    # A number with its country code, the candidate run on into an order number.
    ("cep: +90 536 461 66 10 548-1793589-5593473 siparişi", "+90 536 461 66 10"),
    ("reperibile al 13856499727 Grazie!", "13856499727"),
    ("pueden contactarme en el 9 1031 6183", "9 1031 6183"),
    ("my new number is 0033 7 15 16 56 14 user christopher", "0033 7 15 16 56 14"),  # "user" is no unit
]
MORE_NOT_PHONES = ["model GPT-4o and 800-GB disk", "build 202-ABCDEFG", "SKU 085952-063 and 519-47132-95"]
MORE_CARDS = [
    ("meine Kreditkartennummer ist 344504250424444", ["344504250424444"]),
    ("mijn kaartnummer is 6284 3303 9625 6589 418", ["6284 3303 9625 6589 418"]),
    ("Visa 6011061813560555508, CVV on the back", ["6011061813560555508"]),  # 19 digits, an issuer's prefix
    ("kredi kartı 3764-455460-76532 son kullanma 06/27", ["3764-455460-76532"]),
]


@pytest.mark.parametrize(("text", "phone"), MORE_PHONES)
def test_more_phone_forms(redactor, text: str, phone: str) -> None:  # type: ignore[no-untyped-def]
    [out] = redactor.redact_texts([text], scope="more-phones")
    assert "<PHONE_NUMBER_" in out
    # Every part of the number went, its extension included.
    assert not [part for part in re.findall(r"[\dA-Z]{3,}", phone) if part in out]


@pytest.mark.parametrize("text", MORE_NOT_PHONES)
def test_more_not_phones(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(PhoneNumberRecognizer(), text) == []
    assert findings(VanityPhoneRecognizer(), text) == []


@pytest.mark.parametrize(("text", "expected"), MORE_CARDS)
def test_more_card_cues(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(PaymentCardRecognizer(), text) == expected


def test_a_columns_header_says_order_not_phone(findings) -> None:  # type: ignore[no-untyped-def]
    table = "nombre;telefono;alta;ultimo_pedido\nAmérica Casado;621 675 919;2024-04-08;0100035679"
    assert findings(PhoneNumberRecognizer(), table) == ["621 675 919"]


def test_thread_and_product_numbers_stay(redactor) -> None:  # type: ignore[no-untyped-def]
    """An order number in a mail's subject and a SKU under its key are no phone numbers."""
    texts = ["Subject: Re: 0100093936\nMessage-ID: <x@mail.example.com>", '{"sku": "075788-912"}']
    assert redactor.redact_texts(texts, scope="thread-numbers") == texts


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("040 - 710 97 28 41 DW 443", "040 - 710 97 28 41 DW 443"),  # German "DW" (Durchwahl), no other cue
        ("Jan Novak\nT 0221 / 336 00 43", "0221 / 336 00 43"),  # a signature's bare "T"
    ],
)
def test_signature_and_extension_forms(findings, text: str, phone: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(PhoneNumberRecognizer(), text) == [phone]
