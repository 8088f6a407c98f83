"""Things named after people: hospitals, airports, universities, stations, storms and holidays carry a
person's name ("Hospital Israelita Albert Einstein", "Aeroporto Marco Polo", "John F. Kennedy International
Airport", "Storm Ciarán", "Valentine's Day"). NER calls the name part a person; the capitalised noun right
beside it, in the place such names put it, says the name is the thing's.

Only a capitalised noun opening the name (right before the span or as its first word), or "International
Airport"/a holiday's "Day" closing it, counts: "the hospital called Maria", "Hospital: Ana Lima" (a label) and
"Maria Lopez's Day off" still name a person.
"""

from __future__ import annotations

import regex

from redaction._brands_named_after_people import in_a_brand_name
from redaction.recognizers._word_lists import is_place_name

_INSTITUTION = (
    r"Hospital|Hôpital|Ospedale|Policlinico|Klinikum|Klinik|Clínica|Clinica|Aeroporto|Aeropuerto|Aéroport"
    r"|Flughafen|Lotnisko|Letiště|Letisko|Havalimanı|University|Universit(?:at|ät|é|à|ad|ade|eit|y)|Uniwersytet"
    r"|Univerzita|Instituto|Institut|Stadion|Estadio|Estádio|Stadio|Stazione|Estación|Estação|Gare|Bahnhof|Museo"
    r"|Musée|Museu|Teatro|Théâtre|Fundación|Fundação|Fondation|Stiftung|Premio|Prix|Colegio|Liceo|Lycée|Gymnasium"
)
_WEATHER = (
    r"Storm|Tropical[ \t]+Storm|Hurricane|Cyclone|Typhoon|Borrasca|Orkan|Sturmtief|Tempête|Tormenta|Huracán"
    r"|Furacão|Uragano|Ciclone|Tifón"
)
_NOUN_FIRST = rf"(?<![\p{{L}}\-])(?:{_INSTITUTION}|{_WEATHER}|Project|Projekt|Proyecto|Operation)[ \t]+"
_NOUN_BEFORE = regex.compile(rf"{_NOUN_FIRST}$")
_OPENS_WITH_NOUN = regex.compile(rf"{_NOUN_FIRST}\p{{Lu}}")
# Matched from the span's first word, which NER may have cut short or run on: "John F. Kennedy International
# Airport" (not "Ana Souza International sales lead"); a holiday, "Valentine's Day", "Boxing Day", "Martin Luther
# King Jr. Day" (not "Maria Lopez's Day off": a full name before "Day" is a person's).
_WORD = r"\p{Lu}[\p{L}'’\-]*\.?"
_AIRPORT = regex.compile(rf"{_WORD}(?:[ \t]+{_WORD}){{0,3}}[ \t]+International[ \t]+(?:Airport|Terminal)(?!\p{{L}})")
_HOLIDAY = regex.compile(r"\p{Lu}[\p{L}\-]*(?:(?:[ \t]+\p{Lu}[\p{L}\-]*)+[ \t]+Jr\.)?(?:['’]s)?[ \t]+Day(?!\p{L})")


# Works named after their characters ("Anna Karenina", "Forrest Gump", "Ted Lasso") right after the noun that names a
# work, or a shop's words for one: "the novel Jane Eyre", "pre-ordered Oliver Twist", "Now streaming: Ted Lasso".
# Not after "watching" or "reading": "watching Maria play", "reading Priya's email" name people.
_WORK_CUE = (
    r"(?i:\b(?:pre-?ordered|now[ \t]+streaming:?|the[ \t]+(?:movie|film|book|novel|series|show|song|album|musical"
    r"|opera|sitcom|audiobook|podcast|video[ \t]+game)|(?:la|le|il|el|der|die|das|o|a)[ \t]+(?:película|pelicula"
    r"|film|filme|livre|libro|livro|roman|novela|serie|série|buch|canción|chanson|canzone|música)))"
)
# The cue, then the title's words before the span ("pre-ordered Romeo and [Juliet]").
_WORK_BEFORE = regex.compile(
    rf"{_WORK_CUE}[ \t]+[\"'“‘«]?(?:(?:\p{{Lu}}[\p{{L}}'’\-]*|and|of|the|de|la|le|und|e|y)[ \t]+){{0,4}}$"
)


# A verb after the span makes its words the subject: "the book Maria Lopez recommended" names her.
_SUBJECT_OF = regex.compile(
    r"[ \t]+(?:\p{Ll}+ed|sent|gave|wrote|told|said|made|lent|brought|bought|loves|likes|wants|has|had|is|was|will"
    r"|can|says|thinks)\b"
)


def names_a_work(text: str, start: int, end: int) -> bool:
    """True when what comes right before the span says a film, book, song or show is named, and no verb after it
    makes the span someone who acts."""
    if _SUBJECT_OF.match(text, end):
        return False
    return _WORK_BEFORE.search(text, max(0, start - 80), start) is not None


def named_after_a_person(text: str, start: int, end: int) -> bool:
    """True when a capitalised institution, storm or project noun opens the name (inside the span or right before
    it), or the name is an international airport's, a holiday's or a known brand's: the span is part of a thing's
    name."""
    if _NOUN_BEFORE.search(text, max(0, start - 24), start) or _OPENS_WITH_NOUN.match(text, start, end):
        return True
    if _AIRPORT.match(text, start) is not None or _HOLIDAY.match(text, start) is not None:
        return True
    # "Morgan Stanley", "Aston Martin"; "pre-ordered Oliver Twist", "the novel Jane Eyre"
    return in_a_brand_name(text, start, end) or names_a_work(text, start, end)


def opens_with_a_city(value: str) -> bool:
    """True when a span of two words or more opens with a city's name no Faker locale uses for a person: a station,
    a district or a venue ("Roma Termini", "Warszawa Centralna", "Amsterdam Centraal", "Barcelona Sants")."""
    words = value.split()
    return len(words) >= 2 and any(is_place_name(" ".join(words[:n])) for n in (1, 2) if n < len(words))
