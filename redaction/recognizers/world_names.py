"""A capitalised word that is a popular given name or surname somewhere in the world ("Priya", "Okeke", "Siobhán").

spaCy's small English model misses a lone name it has not seen ("ask Tenzin", "Okeke called"), and no cue
rule foresees every sentence a name sits in. ``world_names.json`` holds the most popular given names and
surnames of 105 countries (names-dataset) that are no frequent word, city, tool or brand in any cue language (see
``bench/redaction/make_world_names.py``), so such a word names a person wherever it stands, unless its
neighbours say it names a thing: an article before it ("the Jordan 1s"), a model number or product noun
after it, a law after it ("Pareto principle"), or code around it (``@Priya``, ``priya_bot``, ``/Tenzin/``).
Trace coreference then extends a found name to its other occurrences.
"""

from __future__ import annotations

from typing import Any

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from redaction._person_span import followed_by_model
from redaction.recognizers._base import CodeRecognizer, make_result
from redaction.recognizers._eponyms import after_determiner
from redaction.recognizers._everyday_words import everyday_words
from redaction.recognizers._name_words import GREETINGS_THAT_ARE_NAMES, STOP
from redaction.recognizers._word_lists import fold, is_place_name, is_plain_word, town_names, world_names

# A title-case word not glued to code punctuation: not a path, handle, identifier or dotted name.
_WORD = regex.compile(r"(?<![\p{L}\p{M}\p{N}_@#/\\.\-])\p{Lu}[\p{Ll}\p{M}]+(?![\p{L}\p{M}\p{N}_@/\\]|\.\p{L}|-\p{N})")
# A street, place or organisation word after the name makes it part of that thing's name.
_THING_AFTER = regex.compile(
    r"[ \t]+(?i:street|st|road|rd|avenue|ave|lane|drive|boulevard|blvd|way|square|park|bridge|hospital|school"
    r"|college|university|academy|hotel|airport|station|church|foundation|institute|bank|group|inc|ltd|llc"
    r"|gmbh|corp|sa|co|labs?|studios?|records|museum|centre|center|library|tower|hall|river|lake|mountain|city"
    r"|town|village|county|province|district|region|valley|island|beach)\b"
)
# A surname after the given name joins the span ("Kwabena Mensah"), unless it is an ordinary word ("Priya Support").
_NEXT_WORD = regex.compile(r"[ \t]+(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{Lu}[\p{Ll}\p{M}'’]+)?)(?![\p{L}\p{N}_@/\\])")
# Place names that open with a saint, a compass point or a place word ("San Jose", "East Tenzin", "Fort William").
_PLACE_BEFORE = regex.compile(
    r"(?:\b(?:San|Santa|Santo|São|Sao|St|Ste|Saint|Sainte|Sankt|Fort|Port|Mount|Mt|Lake|Cape|Puerto|Porto|Villa"
    r"|Ciudad|Bad|North|South|East|West|New|Old|Upper|Lower|Greater|Little|Glen|Bay)\.?)[ \t]+$"
)
# A capitalised word mid-sentence before the name ("Baby Ruth", "Victoria Metrics" after it).
_WORD_BEFORE = regex.compile(r"(?<=[\p{L},;][ \t]+)(\p{Lu}\p{Ll}+)[ \t]+$")
_CAPITALISED_AFTER = regex.compile(r"[ \t]+(\p{Lu}\p{Ll}+)\b")
# Where the writer capitalises nothing ("can u ask tenzin"), a lower-case word between spaces or sentence
# punctuation is read too; in mixed-case text a lower-case word is a word, and a name would be capitalised.
_LOWER_WORD = regex.compile(r"(?<=^|[\s(\"'])\p{Ll}[\p{Ll}\p{M}]+(?=$|\s|[,.!?;:)\"'](?:\s|$))")
_NEXT_LOWER_WORD = regex.compile(r"[ \t]+(\p{Ll}[\p{Ll}\p{M}]+)(?=$|\s|[,.!?;:)\"'](?:\s|$))")
_TITLE_CASE = regex.compile(r"\p{Lu}\p{Ll}")
# Words of a place name around the match ("Rio de Janeiro", "Tel Aviv", "Ho Chi Minh"), read within one line.
_PLACE_WORD = regex.compile(r"[\p{L}\p{M}'’\-]+")
_PLACE_REACH = 30
# Prepositions of place in the cue languages: a name that is also a town reads as the town after them.
_IN_PLACE = regex.compile(
    r"(?:(?i:\b(?:in|near|outside|around|en|cerca\s+de|nach|bei|um|à|em|perto\s+de|vicino\s+a|nära|utanför))"
    # Nordic, Slavic, Dutch "in" ("bor i Lund", "mieszkam w Lublinie", "u Splitu"), lower case only: "I" is English
    r"|\b(?:i|w|we|v|u|ve|bij))[ \t]+$"
)
# Surnames joined by "&" name a firm ("Latham & Watkins", "Meagher & Flom"); people are joined by "and".
_FIRM_BEFORE = regex.compile(r"\p{Lu}[\p{L}'’\-]+,?[ \t]*&[ \t]*$")
_FIRM_AFTER = regex.compile(r",?[ \t]*&[ \t]*\p{Lu}")
# Greetings that are names somewhere are read as greetings only where a line opens with them.
_LINE_START = regex.compile(r"(?:^|\n)[ \t>\-*]*$")
_SCORE = 0.6


class WorldNameRecognizer(CodeRecognizer):
    """PERSON: popular given names and surnames of the world, where nothing around them says they name a thing."""

    ENTITY = "PERSON"

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None, **_: Any
    ) -> list[RecognizerResult]:
        names = world_names()
        lower_case = _TITLE_CASE.search(text) is None
        word, next_word = (_LOWER_WORD, _NEXT_LOWER_WORD) if lower_case else (_WORD, _NEXT_WORD)
        results = []
        everyday: frozenset[str] | None = None
        for match in word.finditer(text):
            start, end = match.span()
            if fold(match.group()) not in names:
                continue
            if everyday is None:
                everyday = everyday_words(text)
            if match.group().casefold() in everyday:
                continue  # "Jag är född ...": a Swedish word here, a name elsewhere
            if match.group().casefold() in GREETINGS_THAT_ARE_NAMES and _LINE_START.search(
                text, max(0, start - 8), start
            ):
                continue  # "Hej Anna,", "Hei!": a Nordic or Estonian hello opening a message
            end = _with_surname(text, end, next_word)
            if not _names_a_thing(text, start, end):
                results.append(make_result(self, "WorldNameRecognizer", self.ENTITY, (start, end), _SCORE))
        return results


def _with_surname(text: str, end: int, next_word: regex.Pattern[str]) -> int:
    for _ in range(2):
        word = next_word.match(text, end)
        if word is None or is_plain_word(word.group(1)) or word.group(1).lower() in STOP:
            break
        end = word.end()
    return end


def _names_a_thing(text: str, start: int, end: int) -> bool:
    """An article, a place word, model number, thing noun or a firm's "&" around the name; or a common word capitalised
    next to it, which makes the two a compound proper noun ("Victoria Metrics", "Baby Ruth")."""
    before = text[max(0, start - 20) : start]
    if after_determiner(text, start) or _PLACE_BEFORE.search(before) is not None:
        return True
    if followed_by_model(text, end) or _THING_AFTER.match(text, end) is not None or _in_place_name(text, start, end):
        return True
    if _FIRM_BEFORE.search(before) is not None or _FIRM_AFTER.match(text, end) is not None:
        return True
    word_before = _WORD_BEFORE.search(before)
    if word_before is not None and _is_compound_word(word_before.group(1)):
        return True
    word_after = _CAPITALISED_AFTER.match(text, end)
    return word_after is not None and _is_compound_word(word_after.group(1))


def _in_place_name(text: str, start: int, end: int) -> bool:
    """The name, alone or with up to three words either side, is a city or country ("São Paulo", "Addis Ababa"),
    or a town after a preposition of place ("an office in Lugo"), or part of a hyphenated place ("Ivano-Frankivsk")."""
    if fold(text[start:end]) in town_names() and _IN_PLACE.search(text, max(0, start - 20), start) is not None:
        return True
    token_start, token_end = _token_around(text, start, end)
    if (token_start, token_end) != (start, end) and is_place_name(text[token_start:token_end]):
        return True
    line_start = text.rfind("\n", max(0, start - _PLACE_REACH), start) + 1
    line_end = text.find("\n", end, end + _PLACE_REACH)
    left = [w.group() for w in _PLACE_WORD.finditer(text, max(line_start, start - _PLACE_REACH), start)][-3:]
    right = [w.group() for w in _PLACE_WORD.finditer(text, end, line_end if line_end >= 0 else end + _PLACE_REACH)][:3]
    words = [*left, text[start:end], *right]
    name_at = len(left)
    return any(
        is_place_name(" ".join(words[first:last]))
        for first in range(name_at + 1)
        for last in range(name_at + 1, len(words) + 1)
    )


def _token_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened over letters joined to it by hyphens or apostrophes ("Bobo-Dioulasso", "Jing'an")."""
    while start > 1 and text[start - 1] in "-'’" and text[start - 2].isalpha():
        start -= 2
        while start > 0 and text[start - 1].isalpha():
            start -= 1
    while end < len(text) - 1 and text[end] in "-'’" and text[end + 1].isalpha():
        end += 2
        while end < len(text) and text[end].isalpha():
            end += 1
    return start, end


def _is_compound_word(word: str) -> bool:
    """A capitalised common word that is neither a function word nor a greeting or title ("Dear", "Thanks")."""
    return is_plain_word(word) and word.lower() not in STOP
