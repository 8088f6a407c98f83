"""Names the corpus never had: sentence-final names, shouted ticket names, products, national ids."""

from __future__ import annotations

import pytest

from redaction import Redactor
from redaction._person_span import case_blind_end, followed_by_model, follows_a_postcode, stands_for_a_town
from redaction.recognizers.national_ids import es_nie_recognizer, es_nif_recognizer, it_fiscal_code_recognizer
from redaction.recognizers.trailing_name import TrailingNameRecognizer

TRAILING_CASES = [
    ("The Apple Watch and the Ford Focus were both mentioned by Lucía.", ["Lucía"]),
    ("the ticket was escalated to Tenzin.", ["Tenzin"]),
    ("got a call from Kwame Mensah!", ["Kwame Mensah"]),
    ("it was approved by Jürgen", ["Jürgen"]),
    ("I spoke with Oluwaseun-Ade.", ["Oluwaseun-Ade"]),
    ("a gift for Aiko.", ["Aiko"]),
    ("the PR was reviewed by Priya; merged later", ["Priya"]),
    # near misses: dates, places, tools, teams, or no person-directed cue
    ("the report was sent by Friday.", []),
    ("fixed by Monday.", []),
    ("the flight from Paris.", []),
    ("this was written with Python.", []),
    ("please forward it to Slack.", []),
    ("forwarded to Slack.", []),
    ("escalated to Billing.", []),
    ("approved by Finance.", []),
    ("deploy to Heroku.", []),
    ("mentioned by Lucía and the team", []),
    ("a call from the Customer", []),
]


@pytest.mark.parametrize(("text", "expected"), TRAILING_CASES)
def test_trailing_name(findings, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(TrailingNameRecognizer(), text) == expected


ID_CASES = [
    (es_nif_recognizer, "mi DNI es 12345678Z.", ["12345678Z"]),
    (es_nif_recognizer, "NIF 1234567-L", ["1234567-L"]),
    (es_nif_recognizer, "dni 12345678z", ["12345678z"]),
    (es_nif_recognizer, "order 12345678A", []),  # wrong check letter
    (es_nif_recognizer, "SKU 123456789Z", []),
    (es_nie_recognizer, "NIE X1234567L", ["X1234567L"]),
    (es_nie_recognizer, "NIE X1234567A", []),
    (es_nie_recognizer, "12345678Z", []),  # a NIF, not a NIE
    (it_fiscal_code_recognizer, "codice fiscale RSSMRA85T10A562S", ["RSSMRA85T10A562S"]),
    (it_fiscal_code_recognizer, "codice fiscale RSSMRA85T10A562T", []),
]


@pytest.mark.parametrize(("factory", "text", "expected"), ID_CASES)
def test_national_ids(findings, factory, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert findings(factory(), text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("CUSTOMER SIOBHAN NIC AODHA REPORTS DOUBLE CHARGE", "SIOBHAN NIC AODHA"),
        ("CALLER CORY PENA WANTS REFUND", "CORY PENA"),
        ("kwame mensah called twice", "kwame mensah"),
        ("NGOZI OKAFOR-ADEYEMI DISPUTED THE CHARGE", "NGOZI OKAFOR-ADEYEMI"),
        ("JOHN SMITH", "JOHN SMITH"),
        # Mixed case gives the hint: a capitalised common word is a surname.
        ("Kathryn Good reports", "Kathryn Good reports"),
    ],
)
def test_case_blind_span_end(text: str, name: str) -> None:
    # NER's span runs from the name to the end of the text; only its end is corrected.
    start = text.index(name)
    assert text[start : case_blind_end(text, start, len(text))] == name


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Pixel 9 Pro integration", True),
        ("Galaxy S24 Ultra", True),
        ("iPhone 15.", True),
        ("Surface Pro", True),
        ("Ana 2 days ago", False),
        ("Ana 12/03", False),
        ("Ana 12 March", False),
        ("Ana 3 times", False),
        ("Ana called", False),
        ("Ana 1234567", False),
    ],
)
def test_model_number_marks_product(text: str, product: bool) -> None:
    assert followed_by_model(text, text.index(" ")) is product


@pytest.mark.parametrize(
    ("text", "word", "town"),
    [
        ("Flights to Austin via Dallas are cheapest in March.", "Austin", True),
        ("Austin and Adelaide both host data centres.", "Austin", True),
        ("Our office in Córdoba opens at nine.", "Córdoba", True),
        ("Austin reviewed the pull request.", "Austin", False),
        ("Send the invoice to Florence by Friday.", "Florence", False),  # to whom: a person may be meant
    ],
)
def test_a_big_city_named_like_a_person_where_the_sentence_makes_it_a_place(text: str, word: str, town: bool) -> None:
    start = text.index(word)
    assert stands_for_a_town(text, start, start + len(word)) is town


def test_ner_person_right_after_a_brand_is_its_model(redactor: Redactor) -> None:
    [out] = redactor.redact_texts(["The Sony Bravia stopped working after the update."])
    assert "Sony Bravia" in out


@pytest.mark.parametrize(
    ("text", "word", "city"),
    [
        ("Grote Markt 12, 4000 Luik? Dank je.", "Luik", True),
        ("Perú 283, X5000 Córdoba.", "Córdoba", True),
        ("Bělehradská 12, 120 00 Praha", "Praha", True),
        ("ticket 48213 Ana Souza reported it", "Ana Souza", False),  # two words: a person after an id
        ("ticket 48213 Ana reported it", "Ana", False),  # the sentence goes on: no address ends there
        ("ID 10042 Ana, joined 2021", "Ana", False),  # an id, not a postcode, before the name
        ("客戶 48213 王怡君, 台北", "王怡君", False),
    ],
)
def test_one_word_closing_an_address_after_its_postcode_is_a_city(text: str, word: str, city: bool) -> None:
    start = text.index(word)
    assert follows_a_postcode(text, start, start + len(word)) is city


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("Thanks! -- Priya", ["Priya"], ["Thanks!"]),
        ("The Apple Watch was mentioned by Lucía.", ["Lucía"], ["Apple Watch"]),
        ("CUSTOMER SIOBHAN NIC AODHA REPORTS DOUBLE CHARGE ON CARD", ["SIOBHAN", "AODHA"], ["REPORTS DOUBLE CHARGE"]),
        ("ships with the Pixel 9 Pro integration", [], ["Pixel 9 Pro"]),
        ("Hola, mi DNI es 12345678Z y mi NIE X1234567L.", ["12345678Z", "X1234567L"], ["DNI"]),
        ("invoice due by Friday, sent from Paris to Slack.", [], ["Friday", "Paris", "Slack"]),
        # A check-letter match glued into a longer id is part of the id (8079288 mod 23 is "D").
        ("request 8079288d-3a7d-4e12-b61b-2a82fbeb61b5 failed", [], ["8079288d-3a7d-4e12-b61b-2a82fbeb61b5"]),
        # A place noun after the span names a place; teams sign and are greeted by team names.
        ("We hiked along the Jordan River last spring.", [], ["Jordan River"]),
        ("Your refund was approved.\nKind regards,\nMember Services", [], ["Member Services"]),
        ("Abraços, Equipe de Atendimento", [], ["Equipe de Atendimento"]),
        # Asked, pinged and thanked by name, in any case.
        ("ask priya about the VPN token", ["priya"], ["VPN token"]),
        ("oye, pregúntale a lupita si ya pagó", ["lupita"], ["si ya pagó"]),
        ("thx kwame, will check the Notion page", ["kwame"], ["Notion page"]),
        ("ask support about the refund", [], ["support"]),
        ('{"voornaam": "Sem", "achternaam": "Bakker", "plan": "Basis"}', ["Sem", "Bakker"], ["Basis"]),
        # A legal form makes a company; a day number before one word makes a month.
        ("Invoice from Fjordbygg AS and Jihočeská tiskárna a.s. attached.", [], ["Fjordbygg AS", "tiskárna a.s."]),
        ("stretnutie sa uskutoční v sobotu 14. septembra", [], ["14. septembra"]),
        ("Klant: ТОВ «Дніпро Трейд», Kyiv; Αφοί Παπαδόπουλοι Α.Ε.", [], ["Дніпро Трейд", "Αφοί Παπαδόπουλοι"]),
        # A labelled line lists fields, not guests, once a cell holds a digit.
        ("Guest: Mr. Alan Diaz | Room 1208 | Rate $189.00/night", ["Alan Diaz"], ["Room 1208"]),
        # Everyone greeted in a list.
        ("Hi Zeynep, Dilnoza, and Ana-Lucía,\nThe offsite is on.", ["Zeynep", "Dilnoza", "Ana-Lucía"], ["offsite"]),
        ("Hi both, Tsetsegmaa and Bolormaa, please reply.", ["Tsetsegmaa", "Bolormaa"], ["please reply"]),
        ("Hello all, the build is green.", [], ["Hello all, the build is green."]),
        # A one-line sign-off of a full name after a glued dash; the name after a dash inside a line.
        ("Prefers calls after 3pm. -Tharindu Senanayake", ["Tharindu", "Senanayake"], ["after 3pm."]),
        ("Call her back tomorrow -Kwame Mensah", ["Kwame", "Mensah"], ["Call her back tomorrow"]),
        # Given names NER leaves out before the surname it found, a surname that is a word too among them.
        ("Agenda: Nina Quispe Mamani's Q3 numbers", ["Nina", "Quispe", "Mamani"], ["Q3 numbers"]),
        ("- Rosa Choque Apaza asked for a refund on the annual plan.", ["Rosa", "Choque"], ["asked for a refund"]),
        # One initial after a surname goes with it; the sentence keeps its full stop.
        ("| Billing | Szczepański B. | smarchetti |", ["Szczepański", " B."], ["| Billing |"]),
        ("Vitamin D. is good for you", [], ["Vitamin D."]),
        # A transcript's speaker label opens an utterance, which may start with a word; or the speaker's name.
        ("Agent: Is that right?\nCaller: Yeah, it's fine.\nCustomer: Correct.", [], ["Yeah", "Correct"]),
        ("Customer: Will Smith here", ["Will", "Smith"], ["here"]),
        # A surname that frequency lists hold as a rare word, where a labelled line expects a person.
        ("Assignee: Paxton\nAttendees: Lowry, Shapiro", ["Paxton", "Lowry", "Shapiro"], ["Assignee:", "Attendees:"]),
    ],
)
def test_unseen_shapes_end_to_end(redactor: Redactor, text: str, gone: list[str], kept: list[str]) -> None:
    [out] = redactor.redact_texts([text])
    assert not [value for value in gone if value in out], out
    assert all(value in out for value in kept), out


def test_a_ner_name_stops_at_the_line_end(redactor) -> None:  # type: ignore[no-untyped-def]
    # NER joins the last name of a line with the next line's first word; the line break must survive.
    [out] = redactor.redact_texts(["Attendees: Ji-hoon Park, Mei Tanaka\nPark to send the deck."])
    assert "\n" in out and "Tanaka" not in out


def test_romanized_japanese_surnames_are_not_common_words() -> None:
    from redaction.recognizers._word_lists import is_plain_word

    assert not is_plain_word("Tanaka") and not is_plain_word("Nakamura")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("ping kwabena.mensah about it", "ping "),
        ("ping maria about it", "ping "),
        ("Ping Maria about it", "Ping "),
    ],
)
def test_a_persons_verb_is_no_part_of_the_name(redactor: Redactor, text: str, kept: str) -> None:
    [out] = redactor.redact_texts([text])
    assert out.startswith(kept + "<PERSON_") and "maria" not in out.lower() and "kwabena" not in out, out


def test_a_given_name_that_is_a_verb_stays_a_name(redactor: Redactor) -> None:
    [out] = redactor.redact_texts(["Thanks Ping Li for the fix; Ping is out today"])
    assert "Ping" not in out, out
