"""Phones glued to CJK, Hangul and Thai text, French numbers in pairs; the amounts, case numbers, parcel
numbers, versions and record ids that only look like phones."""

from __future__ import annotations

import pytest

from redaction import Redactor

pytestmark = pytest.mark.slow

# (text, number): the number alone is replaced, the words glued to it on either side stay.
GLUED_PHONES = [
    ("请拨打132 0442 6430联系我", "132 0442 6430"),
    ("有问题请打139 1234 5678，谢谢", "139 1234 5678"),
    ("我的手机是186-2233-4455，晚上打给我", "186-2233-4455"),
    ("客服电话400-820-8820，工作日9点到18点", "400-820-8820"),
    ("请致电021-6234-5678咨询", "021-6234-5678"),
    ("電話番号は090-8488-1987です", "090-8488-1987"),
    ("何かあれば03-5555-1234までお電話ください", "03-5555-1234"),
    ("携帯080 1234 5678に連絡ください", "080 1234 5678"),
    ("전화번호는 010-2345-6789입니다", "010-2345-6789"),
    ("연락처는010-2345-6789입니다", "010-2345-6789"),
    ("โทร081-234-5678ได้เลยครับ", "081-234-5678"),
    ("ติดต่อเบอร์0891234567นะคะ", "0891234567"),
    # A phone cue nearer than an order number speaks for the number after it.
    ("電話13912345678，訂單號2024050112345", "13912345678"),
    ("您好，我的订单号是4582019374，电话是139 1234 5678", "139 1234 5678"),
    # Han runs of requests and service words are no names: only the number goes.
    ("Customer wrote 有问题请打 0912345678 in the ticket", "0912345678"),
    ("Customer note: 请打 0912345678", "0912345678"),
]

# French numbers go on in pairs after what would be a day and a month.
FRENCH_PAIRS = [
    ("Vous pouvez me joindre au 06-88-63-31-63.", "06-88-63-31-63"),
    ("Rappelez-moi au 01.72.64.68.28 svp", "01.72.64.68.28"),
    ("Laissez un message au 09-72-18-44-05 si je ne réponds pas", "09-72-18-44-05"),
    ("Numéro du cabinet 05.56.79.12.40", "05.56.79.12.40"),
    ("Il m'a appelé du 06.52.18.77.30 hier soir", "06.52.18.77.30"),
    # A signature's abbreviated labels, Arabic glued to the number, full-width digits, Italian "il mio numero".
    ("Responsable achats | Port. 07.33.44.54.88", "07.33.44.54.88"),
    ("Tel.0650 9448140/Fax", "0650 9448140"),
    ("رقمي050 533 2721", "050 533 2721"),
    ("０８０－２２８１－６７５４までご連絡ください。", "０８０－２２８１－６７５４"),
    ("il mio numero è 341-8782475", "341-8782475"),
]

# Each of these was read as a phone number before: an amount before its currency, a case, parcel or
# order number after its id word (in Latin or unspaced scripts), a dotted version or build number.
NOT_PHONES = [
    "A számla végösszege 935 469 600 Ft volt.",
    "phone bill: 935 469 600 Ft",
    "Kwota do zapłaty: 612 480 300 zł",
    "I was charged 612 480 300 zł on my mobile plan",
    "Cena: 612 480 300 Kč",
    "Celkem 724 150 980 Kč bez DPH",
    "Reservation number 301-096-493 for two nights.",
    "Data covers 2002-2024 only.",
    "Open ports 3152-7687 on the security group.",
    "Rechnung über 724 150 980 Kč",
    "Số tiền 935 469 600 đ",
    "총액 935 469 600 ₩ 입니다",
    "Total transfer 612 480 300 ₩ confirmed",
    "Sudah bayar 612 480 300 Rp kemarin",
    "Número de protocolo: 20240512345",
    "Llamé a la aseguradora; protocolo 0701233",
    "Codice di tracciamento 0034 5581 9920, chiamami pure",
    "Sendungsverfolgung: 0034 5581 9920 77, ruf an wenn was ist",
    "Llamé al soporte, Versión de la app 3.3.1.9219",
    "call me, the app version is 3.3.1.9219",
    "Tel: firmware 10.4.2.1187",
    "phone firmware 3.3.1.9219 is out",
    "会員番号 0312345678 です",
    "คำสั่งซื้อ 0812345678 ยังไม่ได้รับ",
    "订单号13912345678已发货",
    "注文番号09012345678の件で連絡しました",
    # Dates stay dates: the pair rule wants more pairs after the year's place.
    "RDV le 12.05.2024 à 14h, salle 3",
    "Période du 01-09-2024 au 30-06-2025",
]


def _groups(number: str) -> list[str]:
    return [g for g in "".join(c if c.isdigit() else " " for c in number).split() if len(g) >= 2]


@pytest.mark.parametrize(("text", "number"), GLUED_PHONES + FRENCH_PAIRS)
def test_phone_is_redacted_and_its_neighbours_kept(redactor: Redactor, text: str, number: str) -> None:
    [out] = redactor.redact_texts([text])
    assert number not in out
    assert all(group not in out for group in _groups(number))
    assert out == text.replace(number, "<PHONE_NUMBER_1>")


@pytest.mark.parametrize("text", NOT_PHONES)
def test_phone_look_alikes_are_kept(redactor: Redactor, text: str) -> None:
    assert redactor.redact_texts([text]) == [text]


def test_a_phone_and_an_amount_in_one_sentence(redactor: Redactor) -> None:
    text = "Hívjon a 06 30 906 3152 számon, a számla 935 469 600 Ft."
    [out] = redactor.redact_texts([text])
    assert "906 3152" not in out and "935 469 600 Ft" in out


def test_a_version_beside_a_phone_stays(redactor: Redactor) -> None:
    [out] = redactor.redact_texts(["Tel.: 030 1234567 (App-Version 3.3.1.9219)"])
    assert out == "Tel.: <PHONE_NUMBER_1> (App-Version 3.3.1.9219)"


@pytest.mark.parametrize(
    "record",
    [
        {"customer_id": "04985920", "status": "active"},
        {"order_id": "0612345678", "note": "shipped"},
        {"invoice_id": "0612345678"},
        {"session_id": "0171234567"},
        {"id": "0612345678"},
        # an order's, a parcel's, a booking's number
        {"order_no": "06123456"},
        {"order_number": "06 12 34 56 78"},
        {"tracking_number": "0612345678"},
        {"orderNumber": "ORD-2024 0612"},
    ],
)
def test_short_ids_under_record_id_keys_are_kept(redactor: Redactor, record: dict[str, str]) -> None:
    assert redactor.redact_values([record]) == [record]


@pytest.mark.parametrize(
    "record",
    [
        {"whatsapp_id": "0612345678"},  # a personal id key: its value is still read
        {"order_id": "call me on 0612345678"},  # words, not an id
        {"order_number": "Call Maria at 0612345678"},
        {"order_phone": "0612345678"},
    ],
)
def test_phones_under_other_id_keys_are_redacted(redactor: Redactor, record: dict[str, str]) -> None:
    [out] = redactor.redact_values([record])
    [value] = out.values()
    assert "0612345678" not in value and "<PHONE_NUMBER_1>" in value
