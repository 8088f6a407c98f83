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
    "+3166 7737319",  # the calling code run into the area code
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
    "06-85/305 6196",
    # Grouped as their country groups them, a mobile's seven digits after its prefix (Colombia, Nepal).
    "321 1234567",
    "984-1234567",
    # A calling code in brackets without "+", the CIS trunk 8.
    "(351) 962991377",
    "8 (703) 051-78-72",
    "8 636 568 70 61",
    "(0)20 7946 0958",
    # A Hungarian trunk 06 before an area code written like a day and month, or in brackets with it.
    "06-20-555-1234",
    "06/70/555-1234",
    "06-1-555-1234",
    "(06 20) 555 1234",
]

AFTER_A_CUE = [
    # Italian "richiamatemi" (call me back), Polish "kom." and "komórka" (mobile).
    ("Ciao, richiamatemi al 9 1799 4929 grazie", "9 1799 4929"),
    ("Grzegorz Stachelek\nkom. 9284493124", "9284493124"),
    ("Mój numer komórki 928 449 312", "928 449 312"),
    ("Call me at 450 0840 tonight", "450 0840"),
    ("mi teléfono es 8636083", "8636083"),
    ("Rückruf unter 981 24 158 bitte", "981 24 158"),
    ("reach me on 555 0100 ext. 12", "555 0100 ext. 12"),
    ("Tel:450 0840", "450 0840"),
    ("450 0840 is my cell", "450 0840"),
    ("Contact: 8 (703) 051-78-72", "8 (703) 051-78-72"),
    # Brazilian "contatar"; nine digits grouped 3-3-3 are dialled even when they end in 000.
    ("Oi, podem me contatar pelo 214 439 842 amanhã", "214 439 842"),
    ("pode me contatar pelo 916 409 000 depois", "916 409 000"),
    ("you can reach me at 317 351 65 01", "317 351 65 01"),
    ("Tel.: 030 1234567", "030 1234567"),
    ("Mobil: 0171 2345678", "0171 2345678"),
    ("mi cel es 55 1234 5678", "55 1234 5678"),
    ("ruf mich unter 0171 2345678 an", "0171 2345678"),
    ("appelez-moi au 06 12 34 56 78", "06 12 34 56 78"),
    ("Best,\nAna\nM: 612 345 678\nana@example.com", "612 345 678"),
    ("Phone (work): 4155552671", "4155552671"),
    ("marca al 450 08 40", "450 08 40"),
    ("mon numéro: 450 0840", "450 0840"),
    ("call me tomorrow morning at 450 0840", "450 0840"),
    ("erreichbar unter 4500840", "4500840"),
    # An extension follows only phone numbers.
    ("desk 555-0173 ext 12", "555-0173 ext 12"),
    ("450 0840, that's my home number", "450 0840"),
    ("you can get me on 450 0840", "450 0840"),
    ("home: 450 0840", "450 0840"),
    ("cell# 450 0840", "450 0840"),
    ("bitte zurückrufen 4500840", "4500840"),
    ("the number here is 450 0840", "450 0840"),
    ("My home line: 450 0840", "450 0840"),
    ("Please call me any time tomorrow between 9am and 5pm at 450 0840", "450 0840"),
    ("Llámame al 612 345 678", "612 345 678"),
    ("He left a voicemail from 555-0143.", "555-0143"),
    ("callback number 450 0840", "450 0840"),
    ("she can be reached at 450.0840", "450.0840"),
    ("Local number 450 0840 (no area code)", "450 0840"),
    ("Rückrufnummer: 4500840", "4500840"),
    ("puede llamarme al 450 0840", "450 0840"),
    ("450 0840 - call anytime", "450 0840"),
    ("Fixo: 450 0840", "450 0840"),
    ("Ana Ruiz\nh: 450 0840", "450 0840"),
    # An id word far from the number does not veto it.
    ("A confirmation was sent to (563) 540-1349. Ref: 12", "(563) 540-1349"),
    # Cues of more languages.
    ("Τηλ. 210 5551234", "210 5551234"),
    ("Mobilen min er 934 55 123", "934 55 123"),
    ("chama no zap 11 9 5555 1234", "11 9 5555 1234"),
    ("Telefonszám: 1 555 1234", "1 555 1234"),
    # Short local numbers: six digits right after a cue, thousands-like groups after one.
    ("Handy: 79 06 51 (abends)", "79 06 51"),
    ("marcame al 42 54 81 q estoy en la habitación 523", "42 54 81"),
    ("82 47 47 é o telefone da portaria", "82 47 47"),
    ("Empfang: 285 278", "285 278"),
    ("ring me on 3 340 221?", "3 340 221"),
    ("Die Durchwahl ist 4 985 102, Raum 3.12", "4 985 102"),
    ("555-0165 es mi número de casa", "555-0165"),
    ("te paso mi celu: 555-0105", "555-0105"),
    ("¿me llamas al 555-0141?", "555-0141"),
    ("mobilnr mitt er 46936922", "46936922"),
    ("Kan nås på 293 01 750 mellom 8 og 16", "293 01 750"),
    ("Direkte: 383 86 722", "383 86 722"),
    ("525 454 ist meine Handynummer", "525 454"),
]

KEPT = [
    "Date: 2024-05-01 12:30:45",
    "Date: Mon, 06 May 2024 10:15:00 +0000",
    "HTTP/1.1 503 Service Unavailable",
    "order 1234567890 shipped",
    "Zavolejte, objednávka č. 2024088731 nedorazila",
    "chiamami, ordine n. 4500123",
    "Meeting 06-30-2024 at noon",
    "call about order 12345678",
    "ts=1718035200 pid 4821",
    "total 1,234,567.89 EUR",
    "released 10.2.3 build 20240501.3",
    "01/02/2024 15:30",
    "ISBN 978-3-16-148410-0",
    "10 000 requests in 2 500 ms",
    "SKU 519-47132-95",
    # An id word closer than any call cue makes the number an id, whatever its shape.
    "Order number: 4982597919",
    "Re: order 181 591 0054",
    "please call about invoice no. 9176-50654",
    "Rechnungsnummer 8421-071023",
    "factura 009-129-0849405",
    "serial 0335-6893-3489",
    "FedEx 0023 9237 2883",
    "12345678 is the order number",
    "I bought it (700-96981-45) and firmware 2.1 keeps crashing. Call me later",
    "1234567 is the number of rows we read",
    "Ticket # 12345678 closed",
    # Log lines: epoch seconds/milliseconds and compact datetimes, even beside "call", "text", "sms".
    "1714566645123 tool call get_weather",
    "[1714566645] text/plain 200",
    "at 1714566645 the call ended",
    "created_at: 1714566645, updated by phone sync",
    "20240501123045 call ok",
    "T: 1714566645",
    "Call volume reached 4 500 000 this quarter",
    "Error 4500840: call failed",
    "span 4500840 tool call get_weather",
    "Processed 4500840 in 3s, call again",
    "Job 4500840 - call back later",
    # Units, coordinates and postcodes.
    "840 422 902 requests",
    "total 45 804 847 USD",
    "lat 45.795730, lon 83.303859",
    "Austin, TX 78701-6114",
    "CEP 34995-727",
    "Festnetz: 754 000 Kunden",  # a round count after a cue
    "00123456789 was refunded yesterday.",  # an unbroken run opening with 00, no cue
]

# Beside a phone number: company, tax and purchase-order numbers, one-time codes, a six-digit postcode.
IDS_BESIDE_A_PHONE = [
    ("Mobil: +47 933 51 58 08 / Org.nr. 923 456 789", "+47 933 51 58 08"),
    ("Mobil +47 912 34 567; 912 131 110 is the org number.", "+47 912 34 567"),
    ("Tel.: +55 11 3456-7890 — CNPJ 12.345.678/0001-90", "+55 11 3456-7890"),
    ("Deliveries: please phone 555-0188 upon arrival. Dock 7, PO 4500078610.", "555-0188"),
    ("SMS-kode sendes til +47 912 34 567. Koden er 197896", "+47 912 34 567"),
    ("Contact: Ravi Kumar, +91 98765 43210, Pune 411001", "+91 98765 43210"),
    ("booking_id\tguest\twhatsapp\n2241759\tAna K.\t+351 912 345 678", "+351 912 345 678"),
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


@pytest.mark.parametrize(
    "text",
    [
        "name,email,phone,city\nAna Souza,ana@acme.com,3734112986,Lisbon",
        "| Name | Email | Telefono |\n|---|---|---|\n| Ana | ana@acme.com | 3734112986 |",
        "nombre;movil\nAna;3734112986\nLuis;3734112987",
        'id,name,phone,balance\n1042,Lisa Moore,3734112986,"$1,234.56"',  # a quoted cell holds a comma
        # a SQL insert's column list names its values, row after row, quoted with commas or not
        "INSERT INTO customers (name, phone, email, street, city, country, created_at)\n"
        "VALUES ('Correia, Enzo', '3734112986', 'e@x.pt', 'Rua Augusta 1', 'Lisboa', 'PT', now());",
        'insert into "crm"."contacts" ("id", "mobile", "created_at")\nvalues\n  (7, 3734112986, now())',
        "INSERT INTO t (name, phone) VALUES\n('Ana', '3734112985'),\n('O''Neil', '3734112986');",
    ],
)
def test_unbroken_number_in_a_phone_column(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "3734112986" in findings(PhoneNumberRecognizer(), text)


@pytest.mark.parametrize(
    "text",
    [
        "customer_id,email,total\n75172989,ana@acme.com,376.87",  # a column named otherwise
        "2083259154 ana@acme.com login ok",  # beside an e-mail address is no cue
        "order 7765792719 confirmed for ana.souza@example.com",
        "ana@acme.com paid 10 035 908",
        "INSERT INTO orders (id, order_no, email) VALUES (12, '7765792719', 'ana@acme.com');",
    ],
)
def test_digit_runs_outside_phone_columns_are_kept(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(PhoneNumberRecognizer(), text) == []


@pytest.mark.parametrize(("text", "phone"), IDS_BESIDE_A_PHONE)
def test_ids_beside_a_phone_number_are_kept(findings, text: str, phone: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(PhoneNumberRecognizer(), text) == [phone]


def test_a_list_of_numbers_run_together_is_split(findings) -> None:  # type: ignore[no-untyped-def]
    text = "Tel.: +55 (11) 91234-5678 / +91 98765 43210 / 0049 30 1234567"
    assert findings(PhoneNumberRecognizer(), text) == ["+55 (11) 91234-5678", "+91 98765 43210", "0049 30 1234567"]


@pytest.mark.parametrize("text", ["Tel: 1409868743", "Mobile - 1409868743", "name,phone\nAna,1409868743"])
def test_a_phone_label_names_even_an_epoch_shaped_number(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(PhoneNumberRecognizer(), text) == ["1409868743"]


def test_a_country_the_text_points_at_is_tried_for_national_numbers(findings) -> None:  # type: ignore[no-untyped-def]
    assert findings(PhoneNumberRecognizer(), "Jānis Bērziņš, janis@inbox.lv, 6712 3456") == ["6712 3456"]
    assert findings(PhoneNumberRecognizer(), "Jānis Bērziņš, 6712 3456") == []  # no country named: an id


def test_file_names_name_no_country() -> None:
    from redaction.recognizers._phone_regions import text_regions

    assert text_regions("see src/main.py and https://docs.example.ee/x, or +371 6712 3456") == ("EE", "LV")


def test_a_list_holding_a_phone_number_holds_phone_numbers(findings) -> None:  # type: ignore[no-untyped-def]
    text = 'sms:\n  oncall:\n    - "(744) 264-9642"\n    - "9425308256"\n    - (21) 9 2397-6673\nowner: ops'
    assert findings(PhoneNumberRecognizer(), text) == ["(744) 264-9642", "9425308256", "(21) 9 2397-6673"]


@pytest.mark.parametrize(
    "text",
    [
        "releases:\n  - 4500078610\n  - 4500078611",  # no phone among them: ids
        "items:\n  - +44 20 7494 5847\n\n  - 4500078610",  # another list after a blank line
        "items:\n  - +44 20 7494 5847\n  - 2024-03-07\n  - 1.2.3.4567",  # a date and a version stay
    ],
)
def test_numbers_of_other_lists_are_kept(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [found for found in findings(PhoneNumberRecognizer(), text) if "+44" not in found] == []


@pytest.mark.slow
def test_a_phone_number_restated_in_another_form_in_the_trace(redactor) -> None:  # type: ignore[no-untyped-def]
    """Found once ("+1 (555) 201-4477"), the same number bare elsewhere in the trace is the same phone; a number
    one digit off is not."""
    texts = [
        "Call me at +1 (555) 201-4477",
        "Ticket notes: customer 5552014477 called twice; order 5552014478 shipped",
        '{"msisdn": "0049 30 9018 2201"}',
        "backup line 030 9018 2201",
    ]
    out = redactor.redact_texts(texts, scope="phone-restated")
    assert "5552014477" not in out[1] and "5552014478" in out[1]
    assert "9018 2201" not in out[3]
