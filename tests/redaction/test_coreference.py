"""Trace-level coreference: a name found once is redacted wherever it or its parts recur in the trace."""

from __future__ import annotations

import pytest

from redaction import RedactionConfig, Redactor
from redaction._names_index import NameIndex
from redaction.recognizers._word_lists import fold, is_plain_word


@pytest.mark.parametrize(
    ("text", "folded"),
    [("Nguyễn Thị Lan", "nguyen thi lan"), ("Ümit Doğan", "umit dogan"), ("Çelik", "celik"), ("서준호", "서준호")],
)
def test_fold_keeps_length_and_drops_case_and_accents(text: str, folded: str) -> None:
    assert fold(text) == folded and len(fold(text)) == len(text)


def _found(names: list[str], text: str, emails: tuple[str, ...] = ()) -> list[str]:
    index = NameIndex()
    for name in names:
        index.add_name(name)
    for local in emails:
        index.add_email_local(local)
    return [text[a:b] for a, b in index.occurrences(text)]


@pytest.mark.parametrize(
    ("names", "text", "expected"),
    [
        # Hits: whole name, parts, possessive, other casing, ASCII-folded form.
        (["Kwabena Mensah"], "Ask Kwabena.", ["Kwabena"]),
        (["Kwabena Mensah"], "Mensah's laptop", ["Mensah"]),
        (["Nguyễn Văn Minh"], "NGUYEN VAN MINH REPORTS", ["NGUYEN VAN MINH"]),
        (["Nguyễn Văn Minh"], "account of Nguyen", ["Nguyen"]),
        (["Siobhán Ní Bhriain"], "siobhan said hi", ["siobhan"]),
        (["Çelik, Zeynep"], "Zeynep Çelik called", ["Zeynep", "Çelik"]),
        (["서준호"], "담당자 서준호 님", ["서준호"]),
        # Near-misses: common words and particles are not propagated alone; lower case in mixed text.
        (["Will Smith"], "I will call the smith tomorrow.", []),
        (["Grace Park"], "The grace period ends at Park Avenue.", []),
        (["Juan de la Cruz"], "la casa de la cruz", []),
        (["Kwabena Mensah"], "Kwabenas and Mensahs", []),
        (["Ana Li"], "Li-ion battery", []),
        # A distinctive part in any case, even in mixed-case text (sloppy chat, tables in caps); a part that is
        # also a place stays lower-case there.
        (["Kwabena Mensah"], "The Mensah report, but mensah in lowercase text With Capitals", ["Mensah", "mensah"]),
        (["Thushara Abeysekera"], "did abeysekera send it? Confluence says no", ["abeysekera"]),
        (["Chiara Marchetti"], "| Payments | MARCHETTI | On call |", ["MARCHETTI"]),
        (["Austin Reyes"], "Deploy to the austin Region. Reyes agreed", ["Reyes"]),
        # A part that frequency lists hold as a rare word ("menzies") is the name again in a name's casing only.
        (["Fraser Menzies"], "Approver: F. Menzies; the menzies file; Dr. Menzies", ["Menzies", "Menzies"]),
        (["Polyvinyl Chloride"], "Calcium Carbonate, Sodium Chloride", []),
        # Logins a company makes from the name, numbered or not; a login that is a plain word is not one.
        (["Joseph Nwafor"], "user jnwafor9 and nwafor_j, JOSEPH.NWAFOR", ["jnwafor9", "nwafor_j", "JOSEPH.NWAFOR"]),
        (["Pieter van der Meer"], "assigned to pvandermeer", ["pvandermeer"]),
        # A surname with its particles, though its last word alone is a common word ("meer"); not in a sentence.
        (["Pieter van der Meer"], "Van der Meer says so; van der Meer agrees", ["Van der Meer", "van der Meer"]),
        (["María de la Paz"], "en la ciudad de la paz", []),
        (["Kristine Bautista"], "owner kristine.b, kbautista.x", ["kristine.b", "kbautista"]),
        (["Tom Orrow"], "see you tomorrow", []),
    ],
)
def test_name_occurrences(names: list[str], text: str, expected: list[str]) -> None:
    assert _found(names, text) == expected


@pytest.mark.parametrize(
    ("local", "text", "expected"),
    [
        ("umit.dogan", "Ümit Doğan approved; login umit.dogan", ["Ümit Doğan", "umit.dogan"]),
        ("kmensah", "user kmensah logged in", ["kmensah"]),
        ("support", "contact support today", []),
        ("jo", "Jo said", []),
        ("order.status", "Order status and order.status", []),
        # A surname beside an initial, whatever its case; not a plain word beside one ("a.brown", "the brown box").
        ("j.okonkwo", "okonkwo will be out; Okonkwo agreed", ["okonkwo", "Okonkwo"]),
        ("a.brown", "the brown box", []),
    ],
)
def test_email_local_parts_name_their_owner(local: str, text: str, expected: list[str]) -> None:
    assert _found([], text, (local,)) == expected


@pytest.mark.parametrize(
    ("names", "local", "text", "expected"),
    [
        # A one-piece login is an initial or a given name known in the trace, and a surname.
        (["Hamish"], "hurquhart", "Urquhart, Hamish; urquhart's memo", ["Urquhart", "Hamish", "urquhart"]),
        (["Abimbola"], "abimbolaadeyemi", "ADEYEMI wrote", ["ADEYEMI"]),
        (["Ngozi"], "okaforn", "ask Okafor", ["Okafor"]),
        # Not without such a name, and not a mailbox role.
        ([], "hurquhart", "urquhart's memo", []),
        (["Maria"], "msupport", "call support", []),
    ],
)
def test_a_login_with_a_known_given_name_gives_the_surname(
    names: list[str], local: str, text: str, expected: list[str]
) -> None:
    assert _found(names, text, (local,)) == expected


@pytest.mark.parametrize(("word", "plain"), [("Gift", True), ("Order", True), ("Smith", False), ("Mensah", False)])
def test_plain_words(word: str, plain: bool) -> None:
    assert is_plain_word(word) is plain


@pytest.mark.slow
def test_one_placeholder_for_a_name_and_its_parts_across_a_trace() -> None:
    redactor = Redactor(RedactionConfig())
    out = redactor.redact_texts(
        [
            '{"assignee": "Kwabena Mensah", "status": "open"}',
            "Kwabena will follow up. Mensah's team agreed.",
            "thanks kwabena, talk soon",
            "Mail umit.dogan@example.com",
            "Ümit Doğan approved it (login umit.dogan). Gift cards never expire.",
        ],
        scope="trace-1",
    )
    assert "Kwabena" not in "".join(out) and "kwabena" not in "".join(out) and "Mensah" not in "".join(out)
    assert out[1] == "<PERSON_1> will follow up. <PERSON_1>'s team agreed."
    assert out[4].startswith("<PERSON_2> approved it (login <PERSON_2>).")
    assert out[4].endswith("Gift cards never expire.")


@pytest.mark.slow
def test_names_reach_later_batches_of_the_same_trace_only() -> None:
    redactor = Redactor(RedactionConfig())
    # A surname, lower-cased, that no list or model knows alone: only the trace that named the person hides it.
    redactor.redact_texts(["Customer: Oluwaseun Ogunleye"], scope="a")
    assert redactor.redact_texts(["ogunleye called back"], scope="a") == ["<PERSON_1> called back"]
    assert redactor.redact_texts(["ogunleye called back"], scope="b") == ["ogunleye called back"]


def test_an_address_under_an_email_key_names_its_owner_elsewhere_in_the_trace(redactor) -> None:  # type: ignore[no-untyped-def]
    # The value under "email" is replaced whole and never read as text; its local part still names someone.
    tool_args, reply = redactor.redact_texts(
        ['{"email": "umit.dogan@example.com", "plan": "pro"}', "Hi Umit, your Acme plan renews."], scope="t1"
    )
    assert "umit" not in tool_args.lower() and "Umit" not in reply and "Acme" in reply


def test_a_secret_or_identifier_found_once_is_redacted_wherever_the_trace_repeats_it(redactor) -> None:  # type: ignore[no-untyped-def]
    echoed = "Noted: Pirate2015! and 5105 1051 0510 5107 (ticket ORD-2015, ref 1111)."
    assert redactor.redact_texts([echoed], scope="alone") == [echoed]  # nothing there names them
    out = redactor.redact_texts(["my password is Pirate2015!", "card number 5105 1051 0510 5107", echoed], scope="echo")
    assert out[2] == "Noted: <PASSWORD_1> and <CREDIT_CARD_1> (ticket ORD-2015, ref 1111)."


def test_a_login_made_from_a_name_gets_that_persons_placeholder(redactor) -> None:  # type: ignore[no-untyped-def]
    # A chat tool's result names its users by login only; the ticket gave the name in full.
    ticket, result = redactor.redact_texts(
        [
            "Ticket opened by Joseph Nwafor: export fails.",
            '{"user": "jnwafor9", "text": "still failing after the update"}',
        ],
        scope="t-login",
    )
    assert ticket == "Ticket opened by <PERSON_1>: export fails."
    assert result == '{"user": "<PERSON_1>", "text": "still failing after the update"}'


def test_logins_are_made_for_a_traces_first_people_only() -> None:
    # A pasted table of capitalised words reads as thousands of names; ~40 logins each would swamp the index.
    index = NameIndex()
    surnames = [f"Mensah{a}{b}{c}" for a in "bcdfghjklmnpqrstvwxz" for b in "aeiou" for c in "lmnrst"][:300]
    for surname in surnames:
        index.add_name(f"Kwabena {surname}")
    text = f"k{surnames[0].lower()} and k{surnames[-1].lower()}"
    assert [text[a:b] for a, b in index.occurrences(text)] == [f"k{surnames[0].lower()}"]
