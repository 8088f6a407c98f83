"""People named alone where the sentence says they are people: NER's places and companies that are surnames,
verbs that take a person, titles without a dot; the companies, teams and places in the same sentences stay."""

from __future__ import annotations

import pytest

NAMED = [
    # spaCy's small model labels these surnames ORG or GPE
    ("Please forward the invoice to Smith.", ["Smith"]),
    ("Meeting with Hale and Medina at 3pm.", ["Hale", "Medina"]),
    ("According to Sutton, the numbers are wrong.", ["Sutton"]),
    ("Reynolds from accounting approved it.", ["Reynolds"]),
    ("Please forward the invoice to Jackson.", ["Jackson"]),  # a big city's name, but the verb takes a person
    # verbs whose object is a person
    ("I've pinged Choi on Slack twice.", ["Choi"]),
    ("Invoices over $10k need approval from Odhiambo.", ["Odhiambo"]),
    ("can u loop in pastora?", ["pastora"]),
    ("handing this over to femke, signing off for today", ["femke"]),
    ("anyone heard from lachlan jennings?", ["lachlan jennings"]),
    # a surname alone where only a person stands (spaCy's small model calls most of these ORG)
    ("Is this Wilson?", ["Wilson"]),
    ("The Wilson family moved to Texas.", ["Wilson"]),
    ("Clarke lives in Ohio.", ["Clarke"]),
    ("Clarke is the new manager.", ["Clarke"]),
    ("I met Campbell yesterday.", ["Campbell"]),
    ("Hill and Hughes are partners.", ["Hill", "Hughes"]),
    ("Smith, can you check this?", ["Smith"]),
    ("My last name is Fisher.", ["Fisher"]),
    ("Surname: Hughes", ["Hughes"]),
    ("Alexandra is my daughter.", ["Alexandra"]),
    ("How old is Brandon?", ["Brandon"]),
    ("Tyler has a dentist appointment.", ["Tyler"]),
    # what a customer file says of its holder
    ("Sánchez has been our client since 2019.", ["Sánchez"]),
    ("The loan officer is Becker.", ["Becker"]),
    ("Please process the refund for Lopes.", ["Lopes"]),
    ("I'm writing on behalf of Castillo.", ["Castillo"]),
    ("Smith lost the card last week.", ["Smith"]),
    ("Becker's application was approved.", ["Becker"]),
    # a name before a noun that is also a verb ("sign", "test"), and one that is a word somewhere else
    ("Did Maria sign the contract?", ["Maria"]),
    ("Ben will test it tomorrow.", ["Ben"]),
    ("Thanks, Gift said it works.", ["Gift"]),
    # a surname NER labels nothing, where the sentence puts a person
    ("Can you check whether Rodriguez paid the invoice?", ["Rodriguez"]),
    # British titles take no dot
    ("Left a voicemail for Dr Camden.", ["Camden"]),
    ("Professor Okonkwo-Baptiste teaches statistics.", ["Okonkwo-Baptiste"]),
]
KEPT = [
    "According to Reuters, sales fell.",
    "We booked flights to Austin and Dallas.",
    "Meeting with Deloitte at 3pm.",
    "Is this Oracle's new pricing?",
    "The last name field is required.",
    "[11:42] escalating to sales now",  # a team in lower-case chat
    "I'd like a Dr Pepper please.",  # a brand with a doctor's title
    "Ship to 1200 Elm Dr, then call the DR site.",
    "The Babinski sign is positive; Monte Carlo simulation in Python; a Markov process that generates text.",
    "We opened a refund for Amazon.",
    "Gift cards never expire.",
    "Field Services said the wire should land by Friday; Enterprise Sales mentioned the audit.",
    "Tell Siri to call mom.",
]


@pytest.mark.parametrize(("text", "names"), NAMED)
def test_a_person_named_alone_is_redacted(redactor, text: str, names: list[str]) -> None:  # type: ignore[no-untyped-def]
    redacted = redactor.redact_texts([text], scope="people-by-context")[0]
    assert all(name not in redacted for name in names), redacted
    assert "<PERSON_" in redacted


@pytest.mark.parametrize("text", KEPT)
def test_companies_teams_and_places_in_the_same_sentences_stay(redactor, text: str) -> None:  # type: ignore[no-untyped-def]
    redacted = redactor.redact_texts([text], scope="people-by-context")[0]
    assert "<PERSON_" not in redacted, redacted


def test_a_list_shares_its_context_but_a_csv_row_is_no_list() -> None:
    from redaction._people_as_places import people_named_as_places

    listed = "Meeting with Hale, Sutton and Medina at 3pm."
    entities = [(13, 17, "GPE"), (19, 25, "GPE"), (30, 36, "GPE")]
    assert people_named_as_places(listed, entities) == [(13, 17), (19, 25), (30, 36)]
    row = "Meeting with Hale,Sutton"
    assert people_named_as_places(row, [(13, 17, "GPE"), (18, 24, "GPE")]) == [(13, 17)]


def test_surnames_joined_by_an_ampersand_name_a_firm() -> None:
    from redaction.recognizers import WorldNameRecognizer

    text = "Counsel: Okeke & Mensah; Kowalski & Nowak Partners"
    assert WorldNameRecognizer().analyze(text, ["PERSON"]) == []
    alone = "Ask Okeke and Mensah."
    found = {alone[r.start : r.end] for r in WorldNameRecognizer().analyze(alone, ["PERSON"])}
    assert found == {"Okeke", "Mensah"}
