"""Shipped word lists and the accent- and case-folding used to compare names with them.

``common_words.json`` (built by ``bench/redaction/make_common_words.py`` from wordfreq) holds the
frequent words of English, Spanish, German, French, Portuguese, Italian and Dutch, and which of
them are also given names or surnames ("Will", "Smith"); and, apart, everyday words of 17 more languages.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def _word_lists() -> dict[str, frozenset[str]]:
    data = json.loads(
        resources.files("redaction.recognizers").joinpath("common_words.json").read_text(encoding="utf-8")
    )
    return {name: frozenset(words) for name, words in data.items()}


def common_words() -> frozenset[str]:
    """Words too common to stand for a person alone (see ``bench/redaction/make_common_words.py``)."""
    return _word_lists()["common"]


def rare_words() -> frozenset[str]:
    """Those of :func:`common_words` rare in every language listed ("menzies", "urquhart", "converges")."""
    return _word_lists()["rare"]


# Endings of inflected and derived words, which rare words have too ("escalated", "immersion"); surnames seldom.
_WORD_ENDINGS = ("ing", "ed", "ly", "tion", "sion", "ment", "ness", "able", "ible", "ous", "ive", "ize", "ise")


def is_rare_surname_like(word: str) -> bool:
    """A rare word of the lists without a word's ending: a surname where a person is expected ("Lowry", "Paxton")."""
    folded = fold(word)
    return folded in rare_words() and not folded.endswith(_WORD_ENDINGS)


def name_words() -> frozenset[str]:
    """Common words that are also given names or surnames ("Will", "Smith")."""
    return _word_lists()["name_words"]


@lru_cache(maxsize=1)
def _world_names() -> dict[str, frozenset[str]]:
    text = resources.files("redaction.recognizers").joinpath("world_names.json").read_text(encoding="utf-8")
    return {key: frozenset(fold(name) for name in names) for key, names in json.loads(text).items()}


def world_names() -> frozenset[str]:
    """Popular given names and surnames of the world that are no ordinary word, folded (``world_names.json``)."""
    return _world_names()["names"]


def town_names() -> frozenset[str]:
    """Those of :func:`world_names` that are also the name of a town of 15,000 people or more ("Lawrence", "Lugo")."""
    return _world_names()["towns"]


def is_other_language_word(word: str) -> bool:
    """An everyday word of another Latin-script language ("jeg", "kérem") that is no one's name: NER's guess of a
    single such word as a person is wrong. Apart from :func:`common_words`, whose stems and parts judge passwords."""
    return word.casefold() in _word_lists()["other_languages"]


def is_plain_word(word: str) -> bool:
    """A common word that is no one's name either ("Gift", "Order"; not "Smith", "Will", "Lê", "Văn").

    Accents are kept: "Văn" is not the Dutch "van". British -ise spellings count as their -ize
    forms ("Summarise"), which frequency lists rank higher.
    """
    folded = word.casefold()
    lists = _word_lists()
    if folded in lists["name_words"]:
        return False
    return folded in lists["common"] or _BRITISH_ISE.sub(r"iz\1", folded) in lists["common"]


def is_plain_compound(word: str) -> bool:
    """A plain word, or a German/Dutch compound of a plain word and a field noun ("Rechnungsnummer", "Lieferdatum").

    Only field nouns end the compound: "Rosenberg", "Blumenthal" or "Sonnenschein" are compounds too, and surnames.
    """
    if is_plain_word(word):
        return True
    tail = _FIELD_NOUN_END.search(word.casefold())
    if tail is None or tail.start() < 3:
        return False
    head = word[: tail.start()]
    return is_plain_word(head) or (head[-1:] in "sn" and is_plain_word(head[:-1]))


# Nouns that end the German and Dutch names of fields and documents.
_FIELD_NOUN_END = re.compile(
    r"(?:nummer|adresse|datum|rechnung|bestellung|konto|betrag|status|code|anschrift|vertrag|name|zeit|kennung"
    r"|summe|gebühr|frist|zeichen|bestand|auftrag|gegevens|adres|bedrag)$"
)


@lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    text = resources.files("redaction.recognizers").joinpath("place_names.json").read_text(encoding="utf-8")
    return frozenset(json.loads(text))


def is_place_name(value: str) -> bool:
    """A city or country name no Faker locale uses as a name word ("Kraków", "São Paulo"; not "Florence").

    From ``place_names.json`` (built by ``bench/redaction/make_place_names.py`` from GeoNames).
    """
    return " ".join(value.split()).casefold() in _place_names()


@lru_cache(maxsize=1)
def _folded_place_names() -> frozenset[str]:
    return frozenset(fold(name) for name in _place_names())


def is_place_name_without_accents(value: str) -> bool:
    """:func:`is_place_name`, also for a name typed without its accents ("Thessaloniki", "Gdansk", "Malmo").

    Only where something else says a place is meant (a street's postcode): "Leon", "Belen" are people too.
    """
    return is_place_name(value) or fold(" ".join(value.split()).casefold()) in _folded_place_names()


@lru_cache(maxsize=1)
def _name_places() -> frozenset[str]:
    text = resources.files("redaction.recognizers").joinpath("name_places.json").read_text(encoding="utf-8")
    return frozenset(json.loads(text))


def is_name_place(word: str) -> bool:
    """A city of 100,000 people or a country whose one-word name is also a person's ("Austin", "Florence", "Chad").

    From ``name_places.json`` (built with ``place_names.json``); a place only where the sentence makes it one.
    """
    return word.casefold() in _name_places()


_BRITISH_ISE = re.compile(r"is(e|ed|es|ing|ation|ations)$")


class _Folding(dict[int, str]):
    """``str.translate`` table: each character to one lower-case character without accents."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        decomposed = unicodedata.normalize("NFD", char)
        # Only accents are dropped: Hangul syllables also decompose (into jamo) and stay whole.
        plain = decomposed[0] if all(unicodedata.combining(c) for c in decomposed[1:]) else char
        base = plain.casefold()
        folded = base if len(base) == 1 else (char.lower() if len(char.lower()) == 1 else char)
        self[code] = folded
        return folded


_FOLDING = _Folding()


def fold(text: str) -> str:
    """``text`` lower-cased and without accents, same length: "Nguyễn" -> "nguyen", "Doğan" -> "dogan"."""
    return text.translate(_FOLDING)
