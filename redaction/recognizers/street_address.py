"""Street addresses: the street line with its house number (US/UK, German, Romance, Dutch and Nordic, Slavic,
Japanese forms).

The street line and number identify a household; the city alone does not (LOCATION is off by
default). What follows a street line and narrows it further is taken with it: flat, floor or door
(``apto 42``, ``3º B``, ``m. 15``), and a postcode with its city (``10115 Berlin``, ``00-514 Warszawa``,
``Mountain View, CA 94043``, ``São Paulo - SP, 01304-001``).

The forms are in :mod:`_street_lines` (US/UK, German, Romance), :mod:`_street_forms` and :mod:`_street_forms_world`;
each runs on a text only where its gate (:mod:`_street_gates`) finds its street-type word or its shape.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

# A module import: _lookalikes imports this package's word lists, so its names are read at call time.
from redaction import _lookalikes
from redaction.recognizers import _single_case_streets as single_case_streets
from redaction.recognizers import _street_gates as gates
from redaction.recognizers import _street_lines as lines
from redaction.recognizers._address_tail import CITY_ONLY, DWELLING_PART, DWELLING_WORDS, PLACE_TAIL, POSTCODE_CITY
from redaction.recognizers._base import alternatives
from redaction.recognizers._phone_cues import currency_after
from redaction.recognizers._street_forms import (
    ARMENIAN,
    CITY_FIRST,
    CZECH_SLOVAK,
    DATE_NAMED,
    GLUED_TYPE,
    GREEK,
    GRID,
    HANGUL_HAN,
    HEBREW,
    HOUSE_ROAD,
    JALAN,
    JAPANESE,
    SEPARATE_TYPE,
    SLAVIC,
    SLAVIC_MORE,
    TURKISH,
    TYPELESS,
)
from redaction.recognizers._street_forms_world import (
    BALTIC_CAUCASUS,
    GERMAN_APART,
    INDIAN,
    LOWER_UNIT_FIRST,
    LOWER_WITH_POSTCODE,
    NAMED_BY_ENDING,
    NUMBER_SIGN,
    PO_BOX,
    RUA,
    TAIWAN_ROMANIZED,
    TYPE_THEN_COMMA,
    VIETNAMESE,
)
from redaction.recognizers._street_keywords import keywords
from redaction.recognizers._street_prefilter import Gate, GatedPatternRecognizer, one_per_part
from redaction.recognizers._street_signature import SIGNATURE_STREET
from redaction.recognizers._word_lists import (
    common_words,
    fold,
    is_place_name,
    is_place_name_without_accents,
    town_names,
)

_TYPELESS_PATTERN = "street without a type, with its postcode and city"
_TYPELESS_CITY_PATTERN = "street without a type, with its city"
_NAMED_BY_ENDING_PATTERN = "street named by a possessive or genitive"
_NUMBER_SIGN_PATTERN = "street without a type, with a number sign"
_NUMBER_SIGN_WORDS = frozenset({"n", "nro", "núm"})
# Two lines after another, then a word and a number: what every signature street has.
_SIGNATURE_GATE = Gate(raw=r"\n[^\n]*\n[^\n]*[^\W\d_][ \t]+\d")
_LETTER_WORDS = regex.compile(r"\p{L}+")
_DIGIT = regex.compile(r"\d")
_LETTERED_POSTCODE = regex.compile(r",?\s[A-Z]\d{4}(?:[A-Z]{3})?\s")


def _names_a_place(text: str, result: RecognizerResult) -> bool:
    """A street without a type word is one if its name is no common word or its city a known place
    ("Karlova 25, 110 00 Praha", "Na Příkopě 12, 110 00 Praha"; not "Chapter 5, 120 Pages")."""
    words = list(_LETTER_WORDS.finditer(text, result.start, result.end))
    if words and currency_after(text, words[-1].start() - 1):
        return False  # "Celkem 724 150 980 Kč": an amount, its currency where a city would be
    explanation = result.analysis_explanation
    pattern = explanation.pattern_name if explanation is not None else None
    if pattern in (_NAMED_BY_ENDING_PATTERN, _NUMBER_SIGN_PATTERN):
        # (the words before it may be common: "Bana Jelačića 11", "Kralja Tomislava 3")
        named = [
            word
            for word in words
            if word.start() < _first_digit(text, result) and word.group().casefold() not in _NUMBER_SIGN_WORDS
        ]
        return bool(named) and not _names_a_thing(named[-1].group())
    if pattern not in (_TYPELESS_PATTERN, _TYPELESS_CITY_PATTERN, single_case_streets.TYPELESS_PATTERN):
        return True
    city = words[-1].group()
    if pattern == _TYPELESS_PATTERN and _LETTERED_POSTCODE.search(text, result.start, result.end):
        return True  # "Perú 283, X5000 Córdoba": Argentina's lettered postcodes are no page count or year
    plain_name = words[0].group().casefold() in common_words()
    # The city may take two or three words: "Novi Sad", "Nova Gorica", "La Chaux-de-Fonds".
    cities = (" ".join(w.group() for w in words[-count:]) for count in range(1, min(3, len(words) - 1) + 1))
    known_city = fold(city.casefold()) in town_names() or any(map(is_place_name_without_accents, cities))
    if pattern != _TYPELESS_PATTERN:
        # no postcode, or no capitals, to vouch for it: "Python 3, Berlin", "chapter 5, 120 pages" stay
        return not plain_name and known_city
    return not plain_name or known_city


# A date or a version where the house number should be: "Notitie 07-06-2025", "Since 10.0.19683.3106".
_DATE = regex.compile(r"\d{1,2}([\-./])\d{1,2}\1\d{2,4}")
_DOTTED_DIGITS = regex.compile(r"\.\d")
_NUMBER_CHARS = "0123456789-./"


def _a_date_or_version(text: str, end: int) -> bool:
    """True when the match's last number runs on into a date or a dotted version."""
    if not text[end - 1 : end].isdigit():
        return False
    if _DOTTED_DIGITS.match(text, end):
        return True
    start = end
    while start > 0 and text[start - 1] in _NUMBER_CHARS:
        start -= 1
    stop = end
    while stop < len(text) and text[stop] in _NUMBER_CHARS:
        stop += 1
    return _DATE.fullmatch(text[start:stop].rstrip(".-/")) is not None


def _names_a_thing(word: str) -> bool:
    """A common word, a tool or product, or a place: no street's name alone ("Moldova 2", "Alaska 3")."""
    lower = word.lower()
    return (
        lower in common_words()
        or is_place_name(word)
        or lower in _lookalikes.TECH_TERMS
        or lower in _lookalikes.PRODUCT_WORDS
    )


def _first_digit(text: str, result: RecognizerResult) -> int:
    found = _DIGIT.search(text, result.start, result.end)
    return found.start() if found else result.end


class StreetAddressRecognizer(GatedPatternRecognizer):
    """STREET_ADDRESS by the street forms; lines written in one case are also read title-cased."""

    def __init__(self, patterns: list[tuple[str, str, float, Gate | None]], context: list[str]) -> None:
        super().__init__("STREET_ADDRESS", patterns, name="StreetAddressRecognizer", context=context)
        self._single_case = GatedPatternRecognizer(
            "STREET_ADDRESS", single_case_streets.PATTERNS, name="StreetAddressRecognizer", context=context
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = [
            r
            for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
            if _names_a_place(text, r) and not _a_date_or_version(text, r.end)
        ]
        recased = single_case_streets.title_cased_lines(text)
        if recased is not None:
            for result in self._single_case.analyze(recased, entities, nlp_artifacts, regex_flags):
                if not _names_a_place(recased, result):
                    continue
                # One recognizer to the engine (context scoring looks results up by recognizer id).
                result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
                results.append(result)
            # In one case every word looks like a city's ("MADRID PLEASE UPDATE"): the sentence's words go back.
            for result in results:
                result.end = single_case_streets.sentence_cut(text, result.start, result.end)
        return results


def _forms(
    label: str, form: str, score: float, gates: Sequence[Gate | None]
) -> list[tuple[str, str, float, Gate | None]]:
    """One pattern per alternative of ``form``, each with the place tail and its gate."""
    return [
        (label, rf"(?:{part}){PLACE_TAIL}", score, gate)
        for part, gate in zip(alternatives(form), one_per_part(form, gates), strict=True)
    ]


def street_address_recognizer() -> StreetAddressRecognizer:
    return StreetAddressRecognizer(
        [
            *_forms("us/uk street line", lines.US_UK, 0.7, gates.US_UK),
            ("lower-case street line", lines.LOWER, 0.6, gates.LOWER_LINE),
            *_forms("number after the street", lines.NUMBER_AFTER, 0.7, gates.NUMBER_AFTER),
            *_forms("house on a numbered road or broadway", lines.NUMBERED_ROADS, 0.7, gates.NUMBERED_ROADS),
            *_forms("street line after address cue", lines.AFTER_CUE, 0.8, gates.AFTER_CUE),
            *_forms("german street line", lines.GERMAN, 0.7, gates.GERMAN),
            *_forms("spanish/french street line", lines.ROMANCE, 0.6, gates.ROMANCE),
            *_forms("dutch/nordic/central european street line", GLUED_TYPE, 0.7, gates.GLUED_TYPE),
            *_forms("slavic street line", SLAVIC, 0.7, gates.SLAVIC),
            *_forms("slavic street line, more forms", SLAVIC_MORE, 0.7, gates.SLAVIC_MORE),
            *_forms("armenian street line", ARMENIAN, 0.7, gates.ARMENIAN),
            *_forms("postcode and city, then the street", CITY_FIRST, 0.6, gates.CITY_FIRST),
            *_forms("street named after a date", DATE_NAMED, 0.6, gates.DATE_NAMED),
            *_forms("czech/slovak street line", CZECH_SLOVAK, 0.6, gates.CZECH_SLOVAK),
            *_forms("street type apart", SEPARATE_TYPE, 0.7, gates.SEPARATE_TYPE),
            *_forms("malay/indonesian street line", JALAN, 0.7, gates.JALAN),
            *_forms("japanese block address", JAPANESE, 0.7, gates.JAPANESE),
            *_forms("turkish street line", TURKISH, 0.7, gates.TURKISH),
            *_forms("greek street line", GREEK, 0.7, gates.GREEK),
            *_forms("hebrew street line", HEBREW, 0.7, gates.HEBREW),
            *_forms("house and road", HOUSE_ROAD, 0.7, gates.HOUSE_ROAD),
            *_forms("grid street line", GRID, 0.7, gates.GRID),
            ("korean and chinese street address", HANGUL_HAN, 0.7, gates.HANGUL_HAN),
            *_forms("military/po box", lines.POSTAL, 0.7, gates.POSTAL),
            *_forms("po box, many languages", PO_BOX, 0.7, gates.PO_BOX),
            *_forms("indian house and locality", INDIAN, 0.7, gates.INDIAN),
            *_forms("brazilian rua", RUA, 0.7, gates.RUA),
            *_forms("taiwanese romanized street line", TAIWAN_ROMANIZED, 0.7, gates.TAIWAN_ROMANIZED),
            *_forms("baltic and caucasian street line", BALTIC_CAUCASUS, 0.7, gates.BALTIC_CAUCASUS),
            *_forms("vietnamese street line", VIETNAMESE, 0.7, gates.VIETNAMESE),
            *_forms("type before a comma and the number", TYPE_THEN_COMMA, 0.7, gates.TYPE_THEN_COMMA),
            *_forms(_NAMED_BY_ENDING_PATTERN, NAMED_BY_ENDING, 0.55, gates.NAMED_BY_ENDING),
            *_forms(_NUMBER_SIGN_PATTERN, NUMBER_SIGN, 0.55, gates.NUMBER_SIGN),
            *_forms("lower-case street line with postcode", LOWER_WITH_POSTCODE, 0.6, gates.LOWER_WITH_POSTCODE),
            *_forms("lower-case street line after a flat", LOWER_UNIT_FIRST, 0.6, gates.LOWER_UNIT_FIRST),
            *_forms("german street type apart", GERMAN_APART, 0.7, gates.GERMAN_APART),
            *_forms("street named after an address word", lines.NAMED_AFTER_CUE, 0.7, gates.NAMED_AFTER_CUE),
            # Below the typed forms: over the same span a typed street line wins Presidio's de-duplication, which
            # runs before _names_a_place could drop the type-less reading ("Calle Mayor 12, 3º B, 28013 Madrid").
            (_TYPELESS_PATTERN, rf"(?:{TYPELESS}){POSTCODE_CITY}", 0.55, None),
            (
                "street without a type, with its flat",
                rf"(?:{TYPELESS}){DWELLING_PART}{PLACE_TAIL}",
                0.55,
                Gate(folded=keywords(DWELLING_WORDS)),
            ),
            (_TYPELESS_CITY_PATTERN, rf"(?:{TYPELESS}){CITY_ONLY}", 0.5, None),
            ("street without a type, in a signature", rf"(?:{SIGNATURE_STREET}){PLACE_TAIL}", 0.55, _SIGNATURE_GATE),
        ],
        context=["address", "street", "live", "lives", "ship", "deliver", "dirección", "adresse", "anschrift"],
    )
