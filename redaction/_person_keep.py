"""Whether a PERSON finding names a person, and where its name starts and ends.

NER and the name rules both over-reach: NER takes products, cities, idioms and field labels for people, and its
spans carry punctuation, possessives and the next line's first word. Each test here says why a finding is no
person ("Murphy's law", "flights to Austin", "Email:"); a finding that passes them all is trimmed to its name.
"""

from __future__ import annotations

from itertools import pairwise

import regex

from redaction._lookalikes import TECH_TERMS, inside_an_idiom, is_code_like_name, names_an_eponym
from redaction._named_after import named_after_a_person, opens_with_a_city
from redaction._people_as_places import in_a_persons_place
from redaction._person_span import (
    case_blind_end,
    ends_in_thing_noun,
    followed_by_model,
    followed_by_place_noun,
    followed_by_product_noun,
    follows_a_postcode,
    given_names_start,
    initial_end,
    is_billing_label,
    is_model_generation,
    names_a_company_or_month,
    opens_an_imperative,
    particle_end,
    stands_for_a_town,
)
from redaction.recognizers import in_transcript, is_cjk_service_talk, names_a_secret, repeated_senders
from redaction.recognizers._birth_cues import BIRTH_CUE
from redaction.recognizers._eponyms import after_determiner
from redaction.recognizers._everyday_words import everyday_words
from redaction.recognizers._name_words import GREETINGS_THAT_ARE_NAMES, VERBISH_SUFFIXES
from redaction.recognizers._word_lists import (
    fold,
    is_other_language_word,
    is_place_name,
    is_plain_compound,
    is_plain_word,
    world_names,
)
from redaction.recognizers.transcript_speakers import TIMESTAMP

_TRIM = " \t\r\n.,;:!?\"'`()[]{}<>"
# A list number, bullet or timestamp opening the line before a speaker's name.
_SPEAKER_MARK = regex.compile(rf"[ \t]*(?:\d{{1,3}}[.)]|[\-*•]|{TIMESTAMP}(?:[ \t]*[\-–])?)[ \t]*$")
_NAME_WORDS = regex.compile(r"[\p{L}\p{M}]+")
_FAMILY_AFTER = regex.compile(r"[ \t]+(?i:family|household|twins|residence)\b")
_THIS_IS_BEFORE = regex.compile(r"(?i:\b(?:is|was)[ \t]+(?:this|that)|\b(?:this|that)[ \t]+is)[ \t]+$")


def person_span(text: str, start: int, end: int, *, from_ner: bool) -> tuple[int, int] | None:
    """The name's span within ``text[start:end]``, or ``None`` when the finding names no person."""
    # A name never runs across lines: NER joins "Mei Tanaka" and the next line's first word.
    line_break = text.find("\n", start, end)
    if line_break > start:
        end = line_break
    # NER spans often carry punctuation or a possessive; trim so the placeholder is clean.
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if text[end - 2 : end] in ("'s", "’s"):
        end -= 2
    end = initial_end(text, particle_end(text, case_blind_end(text, start, end)))
    start = given_names_start(text, start)
    if from_ner:
        start = _without_leading_plain_words(text, start, end)
        if after_determiner(text, start, end) and not _a_person_all_the_same(text, start, end):
            return None  # "my Oura Ring", "a Bloody Mary": a thing, not a person
    else:
        start = _without_leading_verb(text, start, end)  # "ping maria" read as a pair of unknown words
    value = text[start:end]
    if (
        names_an_eponym(text, end, start)
        or inside_an_idiom(text, start, end)
        or opens_an_imperative(text, start, end)
        or named_after_a_person(text, start, end)
    ):
        return None  # "Murphy's law", "Lorem Ipsum", "Mark As Read", "Storm Ciarán": no person

    if from_ner and (
        followed_by_model(text, end)
        or is_model_generation(text, start, end)
        or followed_by_product_noun(text, start, end)
        or ends_in_thing_noun(text, start, end)
        or followed_by_place_noun(text, end)
        or is_billing_label(text, start, end)
    ):
        return None
    if names_a_company_or_month(text, start, end, month=from_ner) or follows_a_postcode(text, start, end):
        return None  # "Fjordbygg AS", "14. septembra", "4000 Luik?": a company, a month, a city
    if stands_for_a_town(text, start, end):
        return None  # "flights to Austin", "Austin and Adelaide": the city
    if end - start < 2 or is_code_like_name(value, check_shape=from_ner):
        return None
    if is_cjk_service_talk(value) or names_a_secret(value):
        return None  # "电话", "订单号", "주세요", "hasło": service nouns and password words, read as names
    if BIRTH_CUE.fullmatch(text, start, end):
        return None  # "patient DOB 06051990": the label, not a name
    if not from_ner and _config_identifier(text, start, end):
        return None  # "name: web": a config value
    if from_ner and _a_verb_before_its_object(text, start, end):
        return None  # "ping kwabena.mensah about it": the verb, its object found on its own
    if from_ner and _all_everyday(text, value) and not _a_word_as_a_name(text, start, end):
        return None  # "Gift cards never expire", "Ben çok üzgünüm": NER took everyday words for a name
    if from_ner and (is_place_name(value) or opens_with_a_city(value)):
        return None  # "ships to Kraków": NER took a city it does not know for a person
    handle = not from_ner and ("." in value or "_" in value)  # "ana.lopez: can you check?" speaks
    label = text[end : end + 1] == ":" and " " not in value and text[start - 1 : start] != "@"
    if label and not handle and not _speaks(text, start, value):
        return None  # a field label ("Email:", "Betreff:"), not a name; "@lan.nguyen:" is a mention
    return start, end


def _a_person_all_the_same(text: str, start: int, end: int) -> bool:
    """A determiner that does not make a thing of the name: "the Wilson family", "Is this Jones?"."""
    return (
        _FAMILY_AFTER.match(text, end) is not None
        or _THIS_IS_BEFORE.search(text, max(0, start - 12), start) is not None
    )


def _speaks(text: str, start: int, value: str) -> bool:
    """A word before a colon that names a speaker, not a field: "[12:05] Priya: looking now", "1. 王怡君: renew it".

    No field is called by a world name; in a caseless script a list number or timestamp before the word says it
    speaks ("聯絡人:" alone is a label).
    """
    if fold(value) in world_names():
        return True
    caseless = not any(c.isupper() or c.islower() for c in value)
    marked = _SPEAKER_MARK.match(text, text.rfind("\n", 0, start) + 1, start) is not None
    # A chat export's sender may be a word too ("[12:54] Grace: ok"), as its other timestamped lines show; a
    # name that opens several lines speaks them ("Zawadi: ..." twice).
    if marked and (caseless or in_transcript(text)):
        return True
    return any(match.start("name") == start for match in repeated_senders(text))


def _a_word_as_a_name(text: str, start: int, end: int) -> bool:
    """One word that is also a name where what follows puts a person ("Gift said it works", "Noor is on leave");
    not a verb's or an adverb's form ("Shipped says 30 days")."""
    value = text[start:end]
    return (
        _NAME_WORDS.fullmatch(value) is not None
        and not value.lower().endswith(VERBISH_SUFFIXES)
        and in_a_persons_place(text, start, end, before=False)
    )


def _all_everyday(text: str, value: str) -> bool:
    """Every word of ``value`` is an everyday word: of English, a cue language, another Latin-script language, or
    ("Ben", "Yeni") of the language ``text`` is written in, which also runs on in lower case."""
    words = _NAME_WORDS.findall(value)
    if all(map(_plain_or_foreign, words)):
        return True
    everyday = everyday_words(text)
    if not everyday or not words:
        return False
    # After an everyday first word, lower-case words run on the sentence ("Ben çok üzgünüm"): a name is capitalised.
    first, rest = words[0], words[1:]
    return (_plain_or_foreign(first) or first.casefold() in everyday) and all(
        _plain_or_foreign(word) or word.casefold() in everyday or word[0].islower() for word in rest
    )


def _plain_or_foreign(word: str) -> bool:
    """ "Gift", "Rechnungsnummer", "Jeg": an everyday word of English, a cue language or another Latin-script one."""
    return is_plain_compound(word) or is_other_language_word(word)


def _without_leading_plain_words(text: str, start: int, end: int) -> int:
    """``start`` moved past dictionary words NER put before a name ("Apply Murphy", "Colleague Thomas Smith").

    Only a sentence's first word or a lower-case word is trimmed: a capitalised word inside a sentence
    may be a given name that is also a word somewhere ("Mei", "Armen").
    """
    words = list(_NAME_WORDS.finditer(text, start, end))
    for word, following in pairwise(words):
        before = text[max(0, word.start() - 8) : word.start()].rstrip(" \t\"'(")
        first = (word.start() < 8 and not before) or before[-1:] in (".", "!", "?", "\n")
        leading = is_plain_word(word.group()) or word.group().casefold() in _WORDS_BEFORE_A_NAME
        if not leading or not (first or word.group().islower()):
            break
        start = following.start()
    return start


# Verbs whose object is a person, and greetings, which are names somewhere too ("Ping", "Cc", "Hej"): NER puts them
# in the name they precede ("ping maria", "Ping Maria about it", "Hej Anna,") or calls a verb one alone ("ping
# kwabena.mensah").
_WORDS_BEFORE_A_NAME = (
    frozenset({"ping", "pinged", "cc", "dm", "ask", "tell", "remind", "thank", "text", "call"})
    | GREETINGS_THAT_ARE_NAMES
)
_VERB_BEFORE_ITS_OBJECT = regex.compile(r"[ \t]+@?[\p{L}\p{M}]")


def _without_leading_verb(text: str, start: int, end: int) -> int:
    """``start`` moved past a person's verb or a greeting opening the span in lower case or a sentence ("ping maria",
    "Ping Maria about it", "Hej Anna,"); a capitalised "Ping" inside a sentence may be a given name."""
    first = _NAME_WORDS.match(text, start)
    if first is None or first.end() >= end or first.group().casefold() not in _WORDS_BEFORE_A_NAME:
        return start
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1  # walked back, not sliced: a large text is not copied once per finding
    opens_sentence = before == 0 or text[before - 1] in ".!?:"
    following = _NAME_WORDS.search(text, first.end(), end)
    return following.start() if following is not None and (first.group().islower() or opens_sentence) else start


def _a_verb_before_its_object(text: str, start: int, end: int) -> bool:
    """The span is a lower-case person's verb followed by its object: "ping kwabena.mensah about it"."""
    value = text[start:end]
    return value.islower() and value in _WORDS_BEFORE_A_NAME and _VERB_BEFORE_ITS_OBJECT.match(text, end) is not None


_IDENTIFIER_PARTS = regex.compile(r"\p{Ll}+(?:[-_]\p{Ll}+)*")
_KEY_BEFORE = regex.compile(r"[\w\-]+:[ \t]*$")


def _config_identifier(text: str, start: int, end: int) -> bool:
    """A config value under a "name:" key ("name: web", "name: db-credentials"): lower case, made of words."""
    value = text[start:end]
    if not _IDENTIFIER_PARTS.fullmatch(value):
        return False
    line_start = text.rfind("\n", max(0, start - 80), start) + 1
    if not _KEY_BEFORE.search(text, line_start, start):
        return False
    return all(is_plain_word(part) or part in TECH_TERMS for part in regex.split(r"[-_]", value))
