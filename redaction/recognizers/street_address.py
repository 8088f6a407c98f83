"""Street addresses: the street line with its house number (US/UK, German, Romance, Dutch and Nordic, Slavic,
Japanese forms).

The street line and number identify a household; the city alone does not (LOCATION is off by
default). What follows a street line and narrows it further is taken with it: flat, floor or door
(``apto 42``, ``3º B``, ``m. 15``), and a postcode with its city (``10115 Berlin``, ``00-514 Warszawa``,
``Mountain View, CA 94043``, ``São Paulo - SP, 01304-001``). Suffixes follow the USPS street-suffix
abbreviations (Publication 28, appendix C1) plus UK forms.
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction.recognizers import _single_case_streets as single_case_streets
from redaction.recognizers._address_tail import PLACE_TAIL, POSTCODE_CITY
from redaction.recognizers._base import TracecasePatternRecognizer, alternatives
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
    GERMAN_APART,
    INDIAN,
    LOWER_UNIT_FIRST,
    LOWER_WITH_POSTCODE,
    PO_BOX,
    RUA,
)
from redaction.recognizers._street_words import ADDRESS_WORD, FUNCTION_WORD, HTTP_REASON, SUFFIX
from redaction.recognizers._word_lists import common_words, fold, is_place_name, town_names

_WORD = r"(?:\p{Lu}[\p{L}'’\-]*|\d{1,3}(?:st|nd|rd|th)|of|the|de|la|del)"
_UNIT = r"(?:,?\s*(?i:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|Rm|Bldg|#)\.?\s*#?[\w\-]{1,6})?"
_US_TAIL = r"(?:,?\s+\p{Lu}[\p{L} .'\-]{1,30}?,?\s+[A-Z]{2}\s+\d{5}(?:-\d{4})?)"
_UK_TAIL = r"(?:,?\s+\p{Lu}[\p{L} .'\-]{1,30}?,?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})"
_DIRECTION = r"(?:(?:[NSEW]|North|South|East|West|NE|NW|SE|SW)\.?\s+)?"
# "Flat 3, 14 Queen's Road", "Unit 4/27 Harbour Street": the flat may come first.
_UNIT_FIRST = (
    r"(?:\b(?i:flat|unit|apt|apartment|suite|ste|level|room|studio|block|blk|shop|stand|plot|casa|lote|lot)\.?\s*#?[\w\-]{1,5}"
    r"\s*[,/]\s*)?"
)
# 1600 Pennsylvania Avenue NW, Suite 400, Washington, DC 20500
_US_UK = (
    rf"{_UNIT_FIRST}(?<![\d.])\b\d{{1,6}}[A-Za-z]?{HTTP_REASON}(?:[\-/]\d{{1,4}})?,?\s+{_DIRECTION}(?:{_WORD}\s+){{0,4}}{_WORD}\s+{SUFFIX}"
    rf"(?:\s+(?:[NSEW]|NE|NW|SE|SW)\b\.?)?{_UNIT}(?:{_US_TAIL}|{_UK_TAIL})?"
)
# "Kenyatta Avenue 45", "King Fahd Road 3421", "Ang Mo Kio Avenue 3": the number after the street, for the
# street types no product or phrase ends with ("Charging Station 3", "Route 66", "API Gateway 2" stay).
_NUMBER_AFTER = (
    rf"{_UNIT_FIRST}\b(?:{_WORD}\s+){{0,3}}\p{{Lu}}[\p{{L}}'’\-]*\s+"
    r"(?i:street|st\.?|str\.|avenue|ave\.?|road|rd\.?|lane|boulevard|blvd\.?|crescent|marg|salai)"
    r"(?:,?\s+(?i:bldg|building|house|d)\.?)?\s+"
    # not a year, not a count in a sentence ("Wall Street 2024 outlook", "Main Street 5 times")
    r"(?!(?:19|20)\d\d\b)\d{1,5}[A-Za-z]?(?:/\d{1,4}[A-Za-z]?)?(?![\w\-/])(?![ \t]+\p{Ll})"
)
# lower-case chat: "i moved to 221 baker st" (common suffixes only, to keep "3 main points" intact)
_LOWER = (
    rf"\b\d{{1,6}}[a-z]?{HTTP_REASON}\s+(?:[nsew]\.?\s+)?"
    rf"(?:(?:(?!{FUNCTION_WORD})\p{{Ll}}[\p{{Ll}}'\-]*|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,3}}"
    r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|lane|ln|drive|dr|court|ct|place|pl|terrace|parkway|way|hwy|highway"
    r"|crescent|cres|tce|pde|parade|esplanade)\b\.?"
    rf"(?:{_UNIT})?"
    # "... apt 3c chicago il 60610": a lower-case city, state and ZIP code
    r"(?:,?\s+[a-z][a-z .'\-]{1,30}?,?\s+[a-z]{2}\s+\d{5}(?:-\d{4})?\b)?"
)
# After an address cue any street suffix is trusted, whatever the case: "ship to 77 montgomery keys".
_CUE = (
    r"(?i:address(?:\s+(?:is|to|at))?|live\s+at|living\s+at|ship(?:ped)?\s+to|deliver(?:ed)?\s+to|moved\s+to"
    r"|located\s+at|send\s+(?:it\s+)?to)"
)
_AFTER_CUE = rf"(?<={_CUE}[\s:,]{{1,3}})\d{{1,6}}[a-zA-Z]?\s+(?:[\p{{L}}'\-]+\s+){{1,3}}{SUFFIX}\b{_UNIT}"
# After an address word (street_words.ADDRESS_WORD), a street named without a type word.
_NAMED_AFTER_CUE = (
    rf"(?<={ADDRESS_WORD}[ \t]*[:,\-–]?[ \t]*)(?!(?i:is|was|to|at|es|ist|the|my|our|your)\b)"
    r"\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){0,2},?\s+"
    # the address ends there: no word of the sentence after it ("ship to Windows 11 users")
    r"\d{1,4}[a-zA-Z]?(?:/\d{0,4}[a-zA-Z]?)?(?![\w\-/]|\.\d)(?![ \t]+\p{Ll})"
)
# Musterstraße 12a, Hauptstr. 5, Berliner Allee 12, Am Markt 3 (German: number after the street)
_GERMAN = (
    r"\b(?:\p{Lu}[\p{L}\-]*\s+)?\p{Lu}[\p{L}\-]*(?i:straße|strasse|str\.|weg|allee|platz|gasse|ring|damm|ufer"
    r"|chaussee|steig|pfad|markt)\s+\d{1,4}(?:[ \t]?[a-zA-Z](?!\p{L}))?(?:/\d{1,4}){0,3}\b"
    # lower-case chat: "laszlo-beckmann-straße 5", "hartungallee 12"
    r"|\b[\p{L}\-]+(?i:straße|strasse|allee|platz|gasse)\s+\d{1,4}(?:[ \t]?[a-zA-Z](?!\p{L}))?\b"
    r"|\b(?:Am|An der|Auf der|Im|In der|Zum|Zur)\s+\p{Lu}[\p{L}\-]+\s+\d{1,4}\s?[a-z]?\b"
)
# Calle Mayor 12, C/ de Alcalá 45, 3º B; Avenida de la Constitución 7; 12 rue de la Paix
_ROMANCE = (
    # Spanish "tipos de vía" (INE), Portuguese and Italian street types.
    r"(?:\b|(?<=\s))(?i:Calle|C/|C\.|Avenida|Avda\.?|Av\.|Paseo|Plaza|Pza\.?|Camino|Carrera|Carretera|Ronda|Travesía"
    r"|Alameda|Pasaje|Cuesta|Glorieta|Rambla|Callejón|Acceso|Cañada|Urbanización|Vía|Bulevar|Partida|Sector"
    r"|Polígono|Pasadizo|Prolongación|Vial|Bajada|Subida|Barranco|Barrio|Senda|Sendero|Muelle|Explanada"
    r"|Costanilla|Rúa|Rua|Via|Viale|Piazza|Corso|Largo|Travessa|Estrada|Carrer|Rruga|Soi|Nám\.|Náměstí"
    # French as written in Belgium and Switzerland: "Avenue Louise 54", "Rue du Rhône 12"
    r"|Rue|Avenue|Boulevard|Chaussée|Quai|Chemin|Allée|Impasse|Place|Drève|Square|Clos"
    # Romanian
    r"|Strada|Str\.|Bulevardul|Bd\.|B-dul|Bdul\.?|Calea|Șoseaua|Soseaua|Șos\.|Aleea|Piața|Piata|Splaiul|Intrarea"
    # Mexican
    r"|Blvd\.|Calz\.|Calzada|Privada|Cerrada|Circuito|Andador|Prol\.|Bv\.|Bvd\.|Bvar\."
    # the rest of Mexico's street types (INEGI's catalogue of "tipos de vialidad")
    r"|Ampliación|Circunvalación|Continuación|Corredor|Diagonal|Eje(?:\s+vial)?|Peatonal|Periférico|Retorno|Viaducto)"
    # the name may open with a date: "Calle 5 de Mayo 34", "Av. 16 de Septiembre 730", "Avenue du 11 Novembre 33"
    r"\s+(?:(?i:de|del|la|las|los|el|da|das|do|dos|di|dei|degli|della|delle|dello|dal|des|du|e|i)\s+)*"
    r"(?:\d{1,2}\s+(?i:de\s+)?)?\p{Lu}[\p{L}'’\-]*"
    # Rua Voluntários da Pátria, Rue du Marché aux Herbes
    r"(?:\s+(?:(?i:de|del|da|do|das|dos|di|dei|della|du|des|aux|au|sur|la|le|les)\s+)?\p{Lu}[\p{L}'’\-]*){0,3}"
    r",?\s+(?:(?i:n\.?[º°o]|nr)\.?\s*|\#\s?)?\d{1,5}[a-zA-Z]?(?:/\d{1,4})?(?:\s*,\s*\d{1,2}\s*[º°ª]?\s*[A-Z]?)?\b"
    # numbered streets of La Plata: "Calle 7 N° 1234"
    r"|\b(?i:calle)\s+\d{1,3}\s+(?i:n[º°o]\.?)\s*\d{1,5}\b"
    # lower-case chat, unambiguous Spanish street types only: "vivo en pasaje calisto serra 12"
    r"|\b(?:calle|avenida|avda\.?|paseo|glorieta|rambla|callejón|cañada|pasaje|cuesta|alameda|travesía|ronda"
    r"|urbanización|carretera|vial|bajada|barranco|senda|costanilla|av\.?|blvd\.?|calz\.?|calzada|privada|cerrada)"
    r"\s+(?:[\p{Ll}'’\-]+\s+){1,5}\#?\d{1,5}[a-z]?\b"
    # (English words in lower case only before an article or a name: "12 place de la Concorde", "198 place Pasteur",
    # not "12 place settings")
    r"|\b\d{1,5}(?:\s?(?:bis|ter))?,?\s+(?:(?i:rue|bd|chemin|allée|impasse|quai)|Avenue|AVENUE|Boulevard|BOULEVARD|Place"
    r"|PLACE|Route|ROUTE|(?:avenue|boulevard|place|route)(?=\s+(?:(?:de|du|des|la|le|l')\b|\p{Lu})))"
    r"\s+(?:(?:de|du|des|la|le|l')\s*)*\p{L}[\p{L}\-']*(?:\s+\p{L}[\p{L}\-']*){0,3}"
)
# Military and PO-box style addresses that Faker and real US data both emit.
_POSTAL = (
    r"\b(?:PSC|Unit|USNS|USNV|USS|USCGC)\s+[\w ]{1,20}?,?\s+(?:Box\s+\d{1,5},?\s+)?(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}\b"
    r"|\bP\.?\s?O\.?\s+Box\s+\d{1,6}\b"
)


_TYPELESS_PATTERN = "street without a type, with its postcode and city"
_LETTER_WORDS = regex.compile(r"\p{L}+")
_LETTERED_POSTCODE = regex.compile(r",?\s[A-Z]\d{4}(?:[A-Z]{3})?\s")


def _names_a_place(text: str, result: RecognizerResult) -> bool:
    """A street without a type word is one if its name is no common word or its city a known place
    ("Karlova 25, 110 00 Praha", "Na Příkopě 12, 110 00 Praha"; not "Chapter 5, 120 Pages")."""
    words = list(_LETTER_WORDS.finditer(text, result.start, result.end))
    if words and currency_after(text, words[-1].start() - 1):
        return False  # "Celkem 724 150 980 Kč": an amount, its currency where a city would be
    explanation = result.analysis_explanation
    if explanation is None or explanation.pattern_name != _TYPELESS_PATTERN:
        return True
    city = words[-1].group()
    if _LETTERED_POSTCODE.search(text, result.start, result.end):
        return True  # "Perú 283, X5000 Córdoba": Argentina's lettered postcodes are no page count or year
    plain_name = words[0].group().casefold() in common_words()
    return not plain_name or is_place_name(city) or fold(city.casefold()) in town_names()


class StreetAddressRecognizer(TracecasePatternRecognizer):
    """STREET_ADDRESS by the patterns above; lines written in one case are also read title-cased."""

    def __init__(self, patterns: list[tuple[str, str, float]], context: list[str]) -> None:
        super().__init__("STREET_ADDRESS", patterns, name="StreetAddressRecognizer", context=context)
        self._single_case = TracecasePatternRecognizer(
            "STREET_ADDRESS", single_case_streets.PATTERNS, name="StreetAddressRecognizer", context=context
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = [r for r in super().analyze(text, entities, nlp_artifacts, regex_flags) if _names_a_place(text, r)]
        recased = single_case_streets.title_cased_lines(text)
        if recased is not None:
            for result in self._single_case.analyze(recased, entities, nlp_artifacts, regex_flags):
                # One recognizer to the engine (context scoring looks results up by recognizer id).
                result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
                results.append(result)
            # In one case every word looks like a city's ("MADRID PLEASE UPDATE"): the sentence's words go back.
            for result in results:
                result.end = single_case_streets.sentence_cut(text, result.start, result.end)
        return results


def _forms(label: str, form: str, score: float) -> list[tuple[str, str, float]]:
    """One pattern per alternative of ``form``, each with the place tail."""
    return [(label, rf"(?:{part}){PLACE_TAIL}", score) for part in alternatives(form)]


def street_address_recognizer() -> StreetAddressRecognizer:
    return StreetAddressRecognizer(
        [
            *_forms("us/uk street line", _US_UK, 0.7),
            ("lower-case street line", _LOWER, 0.6),
            *_forms("number after the street", _NUMBER_AFTER, 0.7),
            *_forms("street line after address cue", _AFTER_CUE, 0.8),
            *_forms("german street line", _GERMAN, 0.7),
            *_forms("spanish/french street line", _ROMANCE, 0.6),
            *_forms("dutch/nordic/central european street line", GLUED_TYPE, 0.7),
            *_forms("slavic street line", SLAVIC, 0.7),
            *_forms("slavic street line, more forms", SLAVIC_MORE, 0.7),
            *_forms("armenian street line", ARMENIAN, 0.7),
            *_forms("postcode and city, then the street", CITY_FIRST, 0.6),
            *_forms("street named after a date", DATE_NAMED, 0.6),
            *_forms("czech/slovak street line", CZECH_SLOVAK, 0.6),
            *_forms("street type apart", SEPARATE_TYPE, 0.7),
            *_forms("malay/indonesian street line", JALAN, 0.7),
            *_forms("japanese block address", JAPANESE, 0.7),
            *_forms("turkish street line", TURKISH, 0.7),
            *_forms("greek street line", GREEK, 0.7),
            *_forms("hebrew street line", HEBREW, 0.7),
            *_forms("house and road", HOUSE_ROAD, 0.7),
            *_forms("grid street line", GRID, 0.7),
            ("korean and chinese street address", HANGUL_HAN, 0.7),
            *_forms("military/po box", _POSTAL, 0.7),
            *_forms("po box, many languages", PO_BOX, 0.7),
            *_forms("indian house and locality", INDIAN, 0.7),
            *_forms("brazilian rua", RUA, 0.7),
            *_forms("lower-case street line with postcode", LOWER_WITH_POSTCODE, 0.6),
            *_forms("lower-case street line after a flat", LOWER_UNIT_FIRST, 0.6),
            *_forms("german street type apart", GERMAN_APART, 0.7),
            *_forms("street named after an address word", _NAMED_AFTER_CUE, 0.7),
            # Below the typed forms: over the same span a typed street line wins Presidio's de-duplication, which
            # runs before _names_a_place could drop the type-less reading ("Calle Mayor 12, 3º B, 28013 Madrid").
            (_TYPELESS_PATTERN, rf"(?:{TYPELESS}){POSTCODE_CITY}", 0.55),
        ],
        context=["address", "street", "live", "lives", "ship", "deliver", "dirección", "adresse", "anschrift"],
    )
