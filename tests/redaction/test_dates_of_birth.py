"""Dates of birth: written forms in many languages, cues, the answer after a question, table columns, JSON
keys; and the dates that are not birth dates (orders, logs, headers, deadlines) left alone."""

from __future__ import annotations

import json
from datetime import date

import pytest

from redaction import RedactionConfig, Redactor
from redaction._birth_beside_names import dates_beside_names
from redaction.recognizers.date_of_birth import birth_date_spans, date_of_birth_recognizer

FOUND = [
    ("DOB: 2/16/1942", "2/16/1942"),
    ("D.O.B. 16.02.1942", "16.02.1942"),
    ("date of birth 1942-02-16", "1942-02-16"),
    ("Born March 3rd, 1971 in Leeds", "March 3rd, 1971"),
    ("born on the 3rd of March, 1971", "3rd of March, 1971"),
    ("birthdate: Sept. 3, 1971", "Sept. 3, 1971"),
    ("DOB 16-Feb-1942", "16-Feb-1942"),
    ("fecha de nacimiento: 15 de septiembre de 1968", "15 de septiembre de 1968"),
    ("F. nac.: 15/09/1968", "15/09/1968"),
    ("nacida el 2 de marzo de 1985 en Quito", "2 de marzo de 1985"),
    ("geboren am 9. Juli 1996 in Köln", "9. Juli 1996"),
    ("Geb.-Datum 01.02.1960", "01.02.1960"),
    ("Ich bin am 9. Juli 1996 geboren.", "9. Juli 1996"),
    ("née le 1er mars 1971 à Lyon", "1er mars 1971"),
    ("Né(e) le : 12/02/1980", "12/02/1980"),
    ("date de naissance : 12 février 1980", "12 février 1980"),
    ("data de nascimento: 3 de março de 1977", "3 de março de 1977"),
    ("nato il 4 luglio 1955 a Bari", "4 luglio 1955"),
    ("geboortedatum 12-05-1990", "12-05-1990"),
    ("生年月日：1942年2月16日", "1942年2月16日"),
    ("16-Feb-1942 is my date of birth", "16-Feb-1942"),
    ("Date of birth:\n1942-02-16", "1942-02-16"),
    ("birthday: March 3rd", "March 3rd"),
    ("my birthday is 2/16", "2/16"),
    ("Born in 1942, she joined in 1970", "1942"),
    # A year alone after a cue, or before a participle; "b." only before a number or a month.
    ("Patient, b. 1947, presented with chest pain.", "1947"),
    ("Ada Lovelace (b. 10 December 1815)", "10 December 1815"),
    ("Elle est née en 1967 à Lyon.", "1967"),
    ("Sono nato nel 1999 a Milano.", "1999"),
    ("Ich bin 1972 geboren.", "1972"),
    ("Er ist 1985 in Köln geboren.", "1985"),
    # Polish, Turkish, Arabic, Chinese, Japanese, Korean cues; dates glued to unspaced scripts.
    ("ur. 15 grudnia 1963", "15 grudnia 1963"),
    ("urodziłam się 05.01.1955", "05.01.1955"),
    ("doğum tarihi: 28 Mart 1963", "28 Mart 1963"),
    ("22 Aralık 1996 doğumluyum", "22 Aralık 1996"),
    ("1953 doğumluyum", "1953"),
    ("مواليد 1980-10-12", "1980-10-12"),
    ("我的生日是1946年10月24日", "1946年10月24日"),
    ("我是1957年出生的", "1957"),
    ("1967年生まれ", "1967"),
    ("誕生日は11月3日です", "11月3日"),
    ("생년월일은 900504입니다", "900504"),
    ("93년생입니다", "93"),
    ("2002년생이에요", "2002"),
    ("YOB 1939", "1939"),
    ("DOB 02161942", "02161942"),
    ("DOB 31121990", "31121990"),
    ("il mio compleanno è il 15 luglio", "15 luglio"),
    ("mon anniversaire c'est le 26 mars", "26 mars"),
    ("Konsultant: Proszę podać datę urodzenia.\nKlient: 08.03.1938", "08.03.1938"),
    ("상담원: 생년월일 알려주세요.\n고객: 1948년 9월 23일", "1948년 9월 23일"),
    ("客服：请提供您的出生日期。\n用户：1987-04-15", "1987-04-15"),
    ("Can I get your DOB real quick\nsure 2/16/1942", "2/16/1942"),
    ('{"dateOfBirth":"1942-02-16T00:00:00Z"}', "1942-02-16T00:00:00Z"),
    # The answer after a question: the next sentence, or the next turn of a transcript.
    ("Please tell me your date of birth. It's 2/16/1942", "2/16/1942"),
    ("Agent: Could you confirm your date of birth?\nCustomer: sure, it's 16.02.1942", "16.02.1942"),
    ("¿Me indica su fecha de nacimiento, por favor?\nCliente: 15/09/1968", "15/09/1968"),
    ("Wie lautet Ihr Geburtsdatum?\nKunde: 09.07.1996", "09.07.1996"),
    ("What's your DOB?\n[2024-05-01 10:02:11] user: 1942-02-16", "1942-02-16"),
    ("Preciso da sua data de nascimento para continuar.\nCliente: 04/03/1966", "04/03/1966"),
    ("Für die Prüfung brauche ich Ihr Geburtsdatum.\nKunde: 30.01.1990", "30.01.1990"),
    # A title's or an initial's full stop ends no sentence.
    ("Fecha de nacimiento de la Sra. López: 12/04/1983", "12/04/1983"),
    ("Geburtsdatum von Fr. Müller: 14.03.1987", "14.03.1987"),
    ("Date of birth of J. Smith: 02/03/1980", "02/03/1980"),
    # Verbs of being born, and a place between the date and the participle.
    ("El titular nació el 12/04/1983.", "12/04/1983"),
    ("Ela nasceu no dia 17 de setembro de 1977.", "17 de setembro de 1977"),
    ("Er wurde am 14.03.1987 in Köln geboren.", "14.03.1987"),
    ("Sie kam am 14. März 1987 zur Welt.", "14. März 1987"),
    ("Nasc.: 12/03/1980", "12/03/1980"),
    # Labels written as keys: camelCase, snake_case.
    ("dtNascimento: 17/09/1977", "17/09/1977"),
    ("geb_datum: 17.09.1977", "17.09.1977"),
    ("Geb.: 17.09.1977", "17.09.1977"),
    ("Ich bin Jahrgang 1977", "1977"),
    ("¿Cuándo naciste? El 12 de abril de 1983.", "12 de abril de 1983"),
    # Typed in haste, and abbreviations.
    ("Gebutsdatum ist 3.4.1981", "3.4.1981"),
    ("ich bin am 4.4.84 gebohren", "4.4.84"),
    ("m. weber, geb 5.6.79, wohnt in ulm", "5.6.79"),
    ("nac. 7/8/86, busco un prestamo", "7/8/86"),
    ("Paciente: R. Lima\nDN: 09.10.1958", "09.10.1958"),
    ("Confirmou D.N. 21/06/1970", "21/06/1970"),
    ("my birthdy is 3rd mar 1997", "3rd mar 1997"),
    ("mi fecha de nacimieto es 4/5/1990", "4/5/1990"),
    # Ordinals and numbers with words: "1ro de noviembre del 80", "21 del 3 del 97".
    ("fecha de nac de mi esposo: el 1ro de noviembre del 80", "1ro de noviembre del 80"),
    ("naci el 21 del 3 del 97", "21 del 3 del 97"),
    ("nasceu dia 4 do 7 de 57", "4 do 7 de 57"),
    ("8 de enero de 1979, es cuando nací", "8 de enero de 1979"),
    ("Wann sind Sie geboren?\nKunde: am dritten Juni 1975", "dritten Juni 1975"),
    ("born on the twenty-second of May, 1968", "the twenty-second of May, 1968"),
    # The next sentence restates the date the one before named.
    ("Minha data de nascimento está errada. O correto é 03/09/1981.", "03/09/1981"),
    ("Mein Geburtsdatum stimmt nicht. Richtig ist der 03.09.1981.", "03.09.1981"),
    ("Mi fecha de nacimiento está mal. Es el 3/9/1981.", "3/9/1981"),
    ("I think you have my birthday wrong. It's May 19,1977, not what's on the card.", "May 19,1977"),
    ("My date of birth shows incorrectly. The correct date is Dec 13, 1975.", "Dec 13, 1975"),
    ("It asked for my date of birth for age verification. I entered 22.3.2002 and it got rejected.", "22.3.2002"),
    # English forms typed in chat: no space after the comma, two-digit and spelled years, spaced digits, typos.
    ("DOB: Aug 5th '75", "Aug 5th '75"),
    ("date of birth? jan 30 08", "jan 30 08"),
    ("born the 19th of october, 65", "19th of october, 65"),
    ("birthday: February third, nineteen seventy-three", "February third, nineteen seventy-three"),
    ("DOB 23 June nineteen seventy seven", "23 June nineteen seventy seven"),
    ("date of birth: 01 / 23 / 1985", "01 / 23 / 1985"),
    ("DOB 20 09 2006", "20 09 2006"),
    ("my date of birth is 19801012", "19801012"),
    ("DOB: 5 Feburary 1939", "5 Feburary 1939"),
    ("date of birth Apirl 14, 1944", "Apirl 14, 1944"),
    ("date of brith 10/01/1978", "10/01/1978"),
    ("came into this world on March 24th 1962", "March 24th 1962"),
    # A relative's date in brackets or after a label's colon; an age "is" beside its year.
    ("my mom (12-09-1956) is also travelling with us", "12-09-1956"),
    ("Me: no change. My fiancée: 23 October 1948. Please quote us both.", "23 October 1948"),
    ("My age is 66 (February 23,1959) and I live alone.", "February 23,1959"),
]


@pytest.mark.parametrize(("text", "date"), FOUND)
def test_birth_dates_are_found(findings, text: str, date: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(date_of_birth_recognizer(), text) == [date]


KEPT = [
    "created 2024-05-01, shipped 2024-05-03",
    "Date: Tue, 14 May 2024 10:22:31 +0000",
    "Order date: 03/02/2024, delivery by 15 March 2025",
    "Meeting on 2024-05-01 about birth certificates",
    "DOB: (unknown)\nLast login: 2024-05-01",
    "Date of birth verified on 2024-05-01.",
    "Could you confirm your date of birth? Your order from 2025-11-03 is on hold.",
    "Customer since 2020-01-01; deadline 2026-01-31",
    "Airborne release 2024-05-01",
    "Birthday sale ends 2024-03-01!",
    "birthday: 3.5 stars",
    "birthday 2024 promo",
    "Datum: 01.02.2025 DOB field missing in CRM.",
    "Ticket 2024-11-02: We need your date of birth to verify - please reply. Last login 2024-12-01.",
    "Hi, this is Ana. What is your DOB? Next review 2024-06-01.",
    "birthday party on 12 May 2025 at the office",
    f"DOB field must be before {date.today().year + 1}-01-01",
    "DOB:  (not given)\nJoined   2024-01-01",
    "Necesitamos su fecha de nacimiento. Su pedido del 03/02/2024 sigue pendiente.",
    "Geburtsdatum geändert am 01.02.2024 von Fr. Weber",
    "Preciso da data de nascimento; a encomenda de 12/01/2024 está atrasada.",
    "Der Vertrag wurde am 01.02.2024 in Berlin unterschrieben, Geburtsdatum folgt.",
    "Date of birth is missing. Today is 2024-05-01.",
    "Geburtsdatum fehlt. Die Lieferung ist am 02.03.2024.",
    "See section b. 2019 figures are in the appendix",
    "Plan b. 2024 budget stays",
    "Er hat 2019 geheiratet und ist umgezogen.",
    "Since 1995 we have sold bikes; moved to Berlin in 2019.",
    "2019년 매출 보고서",
    "注文日は2024年3月1日です",
    "The Mayor 12, 2020 report; DOB on file",  # a word like a month
    "my son starts school on 9/1/2025",
    "my daughter: 2031-02-02",  # the future is no birth date
]


@pytest.mark.parametrize("text", KEPT)
def test_other_dates_are_kept(findings, text: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(date_of_birth_recognizer(), text) == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("Geburtsdaten: jan 3.3.81 und eva 7.9.83", ["3.3.81", "7.9.83"]),
        ("nacida 01/02/1980, y mi marido 03/04/1978", ["01/02/1980", "03/04/1978"]),
        ("eu nasci em 10/10/1970 e minha filha 11/11/2011", ["10/10/1970", "11/11/2011"]),
        ("Geburtsdatum ist der 01.05.1990, nicht 05.01.1990", ["01.05.1990", "05.01.1990"]),
        # A field, an event, a booking or another date's label ends the list.
        ("geburtsdatum 02.03.1985, lieferdatum 2024/06/03", ["02.03.1985"]),
        ("born 1980-02-03, was charged twice on 2024-05-01", ["1980-02-03"]),
        ("(geb. 1.2.1934) feiert, die feier ist am 05.10.2024", ["1.2.1934"]),
        ("nasci 12/12/1990, quero reservar mesa dia 31/10/2024", ["12/12/1990"]),
        ("DOB 1985-03-02, 2024-01-05", ["1985-03-02"]),
        ("birthday 1962-10-25 / b. 16-Apr-1948 thx", ["1962-10-25", "16-Apr-1948"]),
    ],
)
def test_birth_dates_listed_after_one(findings, text: str, dates: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(date_of_birth_recognizer(), text) == dates


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("my dob is 1990-01-02, and appointment 2024-05-01", "1990-01-02"),
        # the dates of other events after a birth date: a plan's start, a flight, a release
        ("Based on your birth date of 4/13/65, you're eligible for the plan starting January 4,2024.", "4/13/65"),
        ("birthdate 11-10-1971 I'm flying out on 22 March 2024 and coming back later.", "11-10-1971"),
        (
            "Your mum's date of birth is December twenty-first, 1964? The update released 10th January, 2023 broke it.",
            "December twenty-first, 1964",
        ),
        ("Order 2024-05-01, DOB 1942-02-16", "1942-02-16"),
        ("am 9. Juli 1996 geboren, Kundin seit 2020-01-01", "9. Juli 1996"),
        ("Ich wurde am 31. Mai 1956 geboren, Bestellung vom 2024-01-03.", "31. Mai 1956"),
        ("16-Feb-1942 is my date of birth; account opened 2020-01-01", "16-Feb-1942"),
        ("¿Me indica su fecha de nacimiento? Claro, desde luego: 17/10/1947", "17/10/1947"),
        ("data nasc.: 01/12/1989", "01/12/1989"),
        ("Ticket 2024-11-02: Mi fecha de nacimiento es 13-08-1962.", "13-08-1962"),
        ("Ticket 2024-11-02: Mein Geburtsdatum ist der 25.1.1982.", "25.1.1982"),
        ("Necesito su F. nacimiento.\nKunde: Sí, es 10 de febrero del 1958", "10 de febrero del 1958"),
        ("1976-02-01 ist mein Geburtsdatum.", "1976-02-01"),
        ("21 de abril del 1955 es mi Fecha de Nacimiento.", "21 de abril del 1955"),
        ("Date of birth (for verification): 16/02/1942", "16/02/1942"),
        ("DOB:  1942-02-16\nJoined:  2024-01-01\nRenewal   2025-01-01", "1942-02-16"),
    ],
)
def test_only_the_birth_date_of_a_line_is_taken(findings, text: str, date: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(date_of_birth_recognizer(), text) == [date]


def test_many_cues_in_one_long_line_are_each_read() -> None:
    # A one-line JSON dump of 15,000 records, each with a "dob" key (once 15 s of CPU: a scan per cue to the end).
    # Its cost is measured by bench.redaction.memory's JSON shape, not asserted here.
    dump = json.dumps([{"name": "Ana", "dob": "1942-02-16", "note": "x" * 50} for _ in range(15_000)])
    assert len(birth_date_spans(dump)) == 15_000


@pytest.mark.parametrize(
    "table",
    [
        "| Name | DOB | Joined |\n|---|---|---|\n| Ana Ruiz | 1942-02-16 | 2024-01-01 |\n"
        "| Bo Li | 3/4/1950 | 2023-05-05 |",
        "name,birth_date,created\nAna,1942-02-16,2024-01-01\nBo,3/4/1950,2023-05-05",
        "name\tFecha de nacimiento\tAlta\nAna\t1942-02-16\t2024-01-01\nBo\t3/4/1950\t2023-05-05",
        "   name        dob          created\n   Ana Ruiz    1942-02-16   2024-01-01\n"
        "   Bo Li       3/4/1950     2023-05-05",
    ],
)
def test_a_column_headed_by_a_birth_cue(findings, table: str) -> None:  # type: ignore[no-untyped-def]
    assert findings(date_of_birth_recognizer(), table) == ["1942-02-16", "3/4/1950"]


@pytest.mark.slow
def test_the_answer_in_the_next_chat_message(redactor: Redactor) -> None:
    messages = [
        {"role": "assistant", "content": "To verify your account, could you tell me your date of birth?"},
        {"role": "user", "content": "2/16/1942"},
        {"role": "user", "content": "and my order 2025-11-03 never arrived"},
    ]
    [out] = redactor.redact_texts([json.dumps(messages)], scope="dob-turns")
    contents = [m["content"] for m in json.loads(out)]
    assert contents[1] == "<DATE_OF_BIRTH_1>"
    assert "2025-11-03" in contents[2]


@pytest.mark.slow
def test_the_answer_in_the_next_span_text_of_the_trace(redactor: Redactor) -> None:
    texts = ["Please confirm your DOB.", "It's 16.02.1942, thanks", "Ticket closed 2025-02-03"]
    out = redactor.redact_texts(texts, scope="dob-texts")
    assert "1942" not in out[1] and out[2] == texts[2]


@pytest.mark.slow
def test_a_birth_date_restated_in_another_form_later_in_the_trace(redactor: Redactor) -> None:
    """The assistant reads the date back in its own format: the same day is the same birth date; the next day is not."""
    texts = [
        "Assistant: And your DOB?",
        "User: ok 6-22-96",
        "Assistant: Thanks, I have 22 Jun 1996. Is that right?\nUser: yes, and June 22nd, 1996 is on my card too",
        "User: my order from June 23, 1996 is a collector's item",
    ]
    out = redactor.redact_texts(texts, scope="dob-restated")
    assert "6-22-96" not in out[1]
    assert "1996" not in out[2]
    assert out[3] == texts[3]


@pytest.mark.slow
def test_a_birthday_without_its_year_takes_no_date_of_this_year(redactor: Redactor) -> None:
    texts = ["My birthday: March 3rd", f"order placed {date.today().year}-03-03, shipped"]
    out = redactor.redact_texts(texts, scope="dob-no-year")
    assert "March 3rd" not in out[0]
    assert out[1] == texts[1]


@pytest.mark.slow
def test_a_timestamp_between_question_and_answer_is_neither_taken_nor_in_the_way(redactor: Redactor) -> None:
    messages = [
        {"role": "assistant", "content": "Date of birth:", "ts": "2024-05-01T10:00:00Z"},
        {"role": "user", "content": "February 16, 1942", "ts": "2024-05-01T10:00:09Z"},
    ]
    [out] = redactor.redact_values([messages], scope="dob-ts")
    assert out[1]["content"] == "<DATE_OF_BIRTH_1>"
    assert [m["ts"] for m in out] == [m["ts"] for m in messages]


@pytest.mark.slow
@pytest.mark.parametrize(
    "key",
    [
        *("dob", "birthDate", "fecha_nacimiento", "geburtsdatum", "date_naissance", "data_nascimento"),
        # Keys no list spells out: any key holding a birth cue, in camelCase or snake_case.
        *("dtNascimento", "fecha_nac", "gebDatum", "cumpleanos", "customerDob", "data_nasc"),
    ],
)
def test_birth_date_keys_mark_their_values(redactor: Redactor, key: str) -> None:
    [out] = redactor.redact_values([{key: "16/02/1942", "created": "2025-01-02"}], scope="dob-keys")
    assert out[key] != "16/02/1942" and out["created"] == "2025-01-02"


@pytest.mark.slow
def test_a_birth_cue_key_marks_only_a_past_date(redactor: Redactor) -> None:
    value = {"fechaNac": "pendiente", "dobVerified": True, "birthday_reminder": "2999-01-01", "dob_source": "id card"}
    [out] = redactor.redact_values([value], scope="dob-keys-kept")
    assert out == value


@pytest.mark.slow
def test_card_and_account_keys_mark_numbers_only(redactor: Redactor) -> None:
    value = {
        "cc": "1234 5678 9012 3456",
        "card": {"brand": "visa", "last4": "4242"},
        "card_type": "debit",
        "account": "ES12 2100 0418 4502 0005 1333",
        "headers": {"cc": "ana@example.com"},
    }
    [out] = redactor.redact_values([value], scope="number-keys")
    assert "3456" not in out["cc"] and "1333" not in out["account"]
    assert out["card"] == value["card"] and out["card_type"] == "debit"
    assert out["headers"]["cc"].startswith("<EMAIL_ADDRESS")  # an e-mail's carbon copy, not a card


def test_a_birth_label_after_a_role_is_no_name(redactor: Redactor) -> None:
    assert redactor.redact_texts(["patient DOB 06051990"]) == ["patient DOB <DATE_OF_BIRTH_1>"]


@pytest.mark.parametrize(
    ("names", "text", "dates"),
    [
        (["Maria Lopez"], "Patient: Maria Lopez | 1978-03-03 | F", ["1978-03-03"]),
        (["Maria Lopez"], "Maria Lopez (03/03/1978) called about her refill.", ["03/03/1978"]),
        (["Kwame Mensah"], "Kwame Mensah, 3 March 1978, 12 Main St", ["3 March 1978"]),
        # An event's date: words between, a time after, a year too recent for a birth.
        (["John Smith"], "The meeting with John Smith is on 03/03/1999.", []),
        (["John Smith"], "[John Smith, 1999-03-03 14:22] hello", []),
        (["John Smith"], "John Smith 03/03/1999 at 14:22", []),
        (["John Smith"], f"Signed: John Smith, {date.today().year - 2}-03-03", []),
    ],
)
def test_a_full_date_right_after_a_name(names: list[str], text: str, dates: list[str]) -> None:
    found = [("PERSON", text.index(name), text.index(name) + len(name)) for name in names]
    assert [text[start:end] for start, end in dates_beside_names(text, found)] == dates


@pytest.mark.slow
def test_a_birth_date_beside_a_name_is_redacted(redactor: Redactor) -> None:
    out = redactor.redact_texts(["Record: Kwame Mensah (12/05/1961), Accra"], scope="t")[0]
    assert "1961" not in out and "DATE_OF_BIRTH" in out, out


@pytest.mark.slow
def test_an_allow_listed_date_stays_beside_a_name_and_as_an_answer() -> None:
    redactor = Redactor(RedactionConfig(allow_list=("03/03/1978",)))
    out = redactor.redact_texts(
        ["Maria Lopez (03/03/1978) called.", "What is your date of birth?", "03/03/1978", "DOB: 03/03/1978"], scope="t"
    )
    assert all("03/03/1978" in text for text in (out[0], out[2], out[3])), out
    assert "Maria Lopez" not in out[0]
