"""Dates of birth listed after one a cue found: several people's, or a correction of the same one.

"tom 11.1.88 und lea 30.5.90", "eu 30/11/1979, minha esposa 14/2/1982", "richtig ist der 29.02.1996, nicht
01.03.1996", "25/03/1999, pusieron 25/03/1990 por error". The next date counts when words, not only
punctuation, stand between the two on the same line and in the same sentence, and no event of its own
("Rechnung vom", "flight on") claims it: "DOB 1985-03-02, 2024-01-05" is a row of fields, not a list.
"""

from __future__ import annotations

import regex

from redaction.recognizers._birth_cues import OTHER_EVENT
from redaction.recognizers._dates import DATE, could_be_birth_year

Span = tuple[int, int]
_REACH = 60
# A new field, line, bracket, quoted value or sentence ends the list; so does another date's label
# ("lieferdatum"), a trip or booking ("Abflug am", "reservar mesa"), or an English verb in the past ("was
# charged twice on"): a list of people's birth dates needs none of them.
_LIST_BREAK = regex.compile(
    r"[\n\"{}|;:=()\[\]]|[.?!](?=\s)|(?i:\p{L}*(?:datum|date|fecha|data)\b|\p{L}+ed\b"
    r"|\b(?:flight|flug|abflug|vuelo|voo|viaje|viagem|reise|departure|salida|partida|llegada|arrival|reserv\p{L}*)"
    # a copula states another thing's date: "född 23 juni 1952, mitt besök är 2023-12-08", "my visit is ..."
    r"|\b(?:is|är|ist|es|est|è|é|jest|je|era|was|war|besök|besøg|besøk|termín|afspraak|wizyta|appuntamento|visita)\b)"
)
_WORD = regex.compile(r"\p{L}{2}")


def dates_listed_after(text: str, first: Span) -> list[Span]:
    """The dates listed after the birth date ``first``, each within reach of the one before."""
    found: list[Span] = []
    end = first[1]
    for date in DATE.finditer(text, end, min(len(text), end + 4 * _REACH)):
        gap = text[end : date.start()]
        if len(gap) > _REACH or not _WORD.search(gap) or _LIST_BREAK.search(gap) or OTHER_EVENT.search(gap):
            break
        if not could_be_birth_year(date.group()) or ":" in date.group():
            break
        found.append(date.span())
        end = date.end()
    return found
