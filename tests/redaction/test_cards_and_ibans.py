"""Payment cards of every network and IBANs of every country: planted values found, look-alikes kept."""

from __future__ import annotations

import pytest

from redaction.recognizers.iban import CaseInsensitiveIbanRecognizer
from redaction.recognizers.payment_card import PaymentCardRecognizer

CARDS = [
    # Luhn-valid numbers of each network, in the groupings they are printed and typed in.
    "card 4111 1111 1111 1111",
    "Visa 4878 310 122 283",
    "charged 4088995790328921840 twice",
    "Mastercard 2-series: 2221-0000-0000-0009",
    "Mir 2200 1107 0434 1925",
    "JCB 3599 9622 8303 8836",
    "Diners 3600 806360 8377",
    "amex 3782 822463 10005",
    "Discover 6011.1107.0434.1925",
    "Visa 4111\u00a01111\u00a01111\u00a01111",
    "UnionPay 6212 2914 1777 6317 066",
    "UnionPay 8171 8783 1012 2283",
    "Troy 9792828836075983",
    "RuPay 6521066907439150",
    "Dankort 5019 0080 6360 8377",
    "Visa 4580 7302 1573 5",  # 13 digits grouped in fours
    "JCB 2131 5427 8115 595",
    # After a card cue, 15-16 digits are a card whatever their prefix or checksum.
    "my card is 1234 5678 9012 3456",
    "tarjeta: 9876-5432-1098-7654",
    "número de tarjeta 7234567890123456",
    "Kartennummer 123456789012345",
    "EC-Karte: 1234 5678 9012 3456",
    "Kreditkarte 7777 1234 5678 9012",
    "numéro de carte 1234567890123456",
    "cc# 1234-5678-9012-3456",
    "Card No.: 1234 5678 9012 3456",
    "card #1234 5678 9012 3456",
    "card ending in 4242, full number 9234 5678 9012 3456 exp 09/27",
]


@pytest.mark.parametrize("text", CARDS)
def test_card_numbers_are_found(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    [number] = findings(PaymentCardRecognizer(), text)
    assert sum(c.isdigit() for c in number) >= 13 and number in text


CARD_LOOKALIKES = [
    "Order 1234 5678 9012 3456",
    "ts 1718035200123",
    "card updated 1718035200123456",
    "4111 1111 1111 1112",
    "4111-1111 1111-1111",
    "card 12345678901234567",
    "call +4930901820123 now",
    "ORD-2024-118273 and #48730968, PO4501976968, INV-5270-9044",
    "tracking 1Z999AA10123456784 and 9400 1000 0000 0000 0000 00",
    "ISBN 978-3-16-148410-0, 9783161484100",
    "log 20240501123045 at 192.168.100.200, version 12.14.12",
    "phone 1-726-606-7434 and (898)666-3621x0135",
    "total 1,234,567.89 EUR",
    "Gift cards never expire",
    "Schicken Sie mir die Rechnung 1234567890123456",
    "Paid by card. Order #1234567890123456 ships Monday",
    "tarjeta rechazada, pedido 1234567890123456",
    "card declined; tracking no. 7961234567890123",
]


@pytest.mark.parametrize("text", CARD_LOOKALIKES)
def test_card_lookalikes_survive(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(PaymentCardRecognizer(), text) == []


IBANS = [
    # Registry examples of many countries, compact, grouped, lower case.
    "NO9386011117947",
    "BE68 5390 0754 7034",
    "mt84malt011000012345mtlcast001s",
    "SA03 8000 0000 6080 1016 7519",
    "BR1800360305000010009795493C1",
    "LC55 HEMM 0001 0001 0012 0012 0002 3015",
    "CR05 0152 0200 1026 2840 66",
    "XK051212012345678906",
    "UA213223130000026007233566001",
    "RU0304452522540817810538091310419",
    "EG380019000500000000263180002",
    "GB29 NWBK 6016 1331 9268 19",
    "FR14 2004 1010 0505 0001 3M02 606",
    "IT60X0542811101000000123456",
    "es91 2100 0418 4502 0005 1332",
    "PL61109010140000071219812874",
    "TR33 0006 1005 1978 6457 8413 26",
    "CH9300762011623852957",
    "AE070331234567890123456",
    "IL620108000000099999999",
]


def test_iban_in_a_text_whose_upper_case_is_longer(findings) -> None:  # type: ignore[no-untyped-def]
    text = "Straße 5, iban de89370400440532013000"
    assert findings(CaseInsensitiveIbanRecognizer(), text) == ["de89370400440532013000"]


@pytest.mark.parametrize("iban", IBANS)
def test_ibans_of_many_countries_are_found(findings, iban: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(CaseInsensitiveIbanRecognizer(), f"Please pay to {iban}, thanks") == [iban]


@pytest.mark.parametrize(
    ("text", "iban"),
    [
        # Check digits off: grouped in fours, or after a bank cue, it is still someone's account.
        ("DE89 3704 0044 0532 0130 01", "DE89 3704 0044 0532 0130 01"),
        ("Konto: DE12500105170648489890", "DE12500105170648489890"),
        ("cuenta ES12 2100 0418 4502 0005 1333", "ES12 2100 0418 4502 0005 1333"),
        ("my iban is gb12abcd12345612345678.", "gb12abcd12345612345678"),
        # Outside the registry (or its lengths) but checksum-valid and written in capitals, as generators do.
        ("AR40HSRE59791907483378876232", "AR40HSRE59791907483378876232"),
        ("PH10 3982 5979 1907 4833", "PH10 3982 5979 1907 4833"),
        ("GET /v1/accounts/DE89370400440532013000/balance", "DE89370400440532013000"),
    ],
)
def test_iban_shapes_in_context_are_found(findings, text: str, iban: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(CaseInsensitiveIbanRecognizer(), text) == [iban]


@pytest.mark.parametrize(
    "text",
    [
        "DE89370400440532013001",  # compact, checksum off, no cue
        "US12 3456 7890 1234",  # no IBAN country
        "part AB12 3456 7890",
        "run 8f4fa5e4-ad08-4a25-9767-c5c3c15a30ce done",
        "trace de12ab34cd56ef7890ab12cd34ef5678",
        "SKU DE12-4455-8890, model GB22XL",
        "DE89 3704 0044 0532 0130",  # a German IBAN is 22 characters
        "ref ba46462ca779e113 done",  # 16 hex digits and a word are not Bosnia's 20 characters
        "SKU BI20Q21TGTD4 DONE",
    ],
)
def test_iban_lookalikes_survive(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(CaseInsensitiveIbanRecognizer(), text) == []
