"""Numbers read out in words, as voice transcripts and call notes write them: the digits they say.

"seven oh two 555 oh one seven three", "cinco cinco, ocho siete tres uno, 3813", "zéro six trente-neuf
quatre-vingt-dix-huit", "nove meia meia... 697", "zero five nine, double seven oh": digit words of the languages
of the cue lists, English and French tens ("forty two", "soixante-dix-neuf"), "double"/"triple", "hundred" and
digit groups between them. :func:`spoken_runs` gives each run with the digits it says.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

_UNITS = {
    "0": "zero oh cero null nul sıfır zéro",
    "1": "one uno una um uma eins een één jeden jedna bir un une",
    "2": "two dos dois duas due zwei zwo twee dwa dwie iki deux",
    "3": "three tres três tre drei drie trzy üç trois",
    "4": "four cuatro quatro quattro vier cztery dört quatre",
    "5": "five cinco cinque fünf fuenf vijf pięć beş cinq",
    "6": "six seis meia sei sechs zes sześć altı",
    "7": "seven siete sete sette sieben zeven siedem yedi sept",
    "8": "eight ocho oito otto acht osiem sekiz huit",
    "9": "nine nueve nove neun negen dziewięć dokuz neuf",
}
_DIGIT_WORDS = {word: digit for digit, words in _UNITS.items() for word in words.split()}
# Tens and teens, in the two languages that read phone numbers in pairs (en, fr).
_TENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20,
    "vingts": 20, "trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
_REPEATS = {"double": 2, "triple": 3}
# Every word a run may hold (for the engine's trigger).
NUMBER_WORDS = frozenset({*_DIGIT_WORDS, *_TENS, *_REPEATS, "hundred"})
# Words of Latin script only: a Japanese "の" between digit groups is a gap, not a word.
_TOKEN = regex.compile(r"\d+|[\p{Latin}\p{M}]+(?:-[\p{Latin}\p{M}]+)*")
# What may stand between two spoken groups: spaces, commas, dashes, dots, an ellipsis, Japanese "の".
_GAP = regex.compile(r"[\s,.\-–—…/の]{1,5}")
_PLUS = frozenset({"plus", "más", "mais", "più"})


@dataclass(frozen=True)
class SpokenRun:
    start: int
    end: int
    digits: str
    words: int  # how many of its tokens were words
    singles: int  # and how many were single digits ("6 7 3 1 3 7 6 9 2", read digit by digit)


def _word_value(word: str) -> str | None:
    """The digits one word says: "seven" 7, "quatre-vingt-dix-huit" 98, "forty" 40; None for any other word."""
    if word in _DIGIT_WORDS:
        return _DIGIT_WORDS[word]
    parts = [p for p in word.split("-") if p != "et"]
    total = 0
    if parts[:2] in (["quatre", "vingt"], ["quatre", "vingts"]):
        total, parts = 80, parts[2:]
    for part in parts:
        if part in _TENS:
            total += _TENS[part]
        elif part in _DIGIT_WORDS and _DIGIT_WORDS[part] != "0" and total:
            total += int(_DIGIT_WORDS[part])
        else:
            return None
    return str(total) if 10 <= total <= 99 else None


def spoken_runs(text: str) -> Iterator[SpokenRun]:
    """Runs of digit words and digit groups, a gap apart, with the digits they say."""
    start = end = -1
    digits: list[str] = []
    words = singles = 0
    repeat = 1
    tens = False  # the last word was a multiple of ten ("forty"), which a unit word may complete
    for token in _TOKEN.finditer(text):
        lower = token.group().casefold()
        joined = start >= 0 and _GAP.fullmatch(text, end, token.start()) is not None
        if start >= 0 and not joined:
            yield SpokenRun(start, end, "".join(digits), words, singles)
            start, digits, words, singles, repeat, tens = -1, [], 0, 0, 1, False
        value = lower if lower.isdigit() else _word_value(lower)
        if value is None and lower == "hundred" and digits and len(digits[-1]) == 1:
            value = "00"
        if value is not None:
            start = token.start() if start < 0 else start
            end = token.end()
            if len(value) == 1 and tens and digits and value != "0":
                value = digits.pop()[0] + value  # "forty two": 42, not 402
            tens = lower in _TENS and value.endswith("0") and value != "10"
            digits.append(value * repeat)
            words += not lower.isdigit()
            singles += len(lower) == 1 and lower.isdigit()
            repeat = 1
        elif lower in _REPEATS or (lower in _PLUS and start < 0):
            start = token.start() if start < 0 else start
            end = token.end()
            repeat = _REPEATS.get(lower, 1)
        elif start >= 0:
            yield SpokenRun(start, end, "".join(digits), words, singles)
            start, digits, words, singles, repeat, tens = -1, [], 0, 0, 1, False
    if start >= 0:
        yield SpokenRun(start, end, "".join(digits), words, singles)
