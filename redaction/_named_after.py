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


def named_after_a_person(text: str, start: int, end: int) -> bool:
    """True when a capitalised institution, storm or project noun opens the name (inside the span or right before
    it), or the name is an international airport's or a holiday's: the span is part of a thing's name."""
    if _NOUN_BEFORE.search(text, max(0, start - 24), start) or _OPENS_WITH_NOUN.match(text, start, end):
        return True
    return _AIRPORT.match(text, start) is not None or _HOLIDAY.match(text, start) is not None


def opens_with_a_city(value: str) -> bool:
    """True when a span of two words or more opens with a city's name no Faker locale uses for a person: a station,
    a district or a venue ("Roma Termini", "Warszawa Centralna", "Amsterdam Centraal", "Barcelona Sants")."""
    words = value.split()
    return len(words) >= 2 and any(is_place_name(" ".join(words[:n])) for n in (1, 2) if n < len(words))
