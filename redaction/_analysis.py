"""Batched analysis: one NER pass over many texts, a content-hash cache, Presidio's recognizers.

This is the hot path. Per batch: unique texts are looked up in the cache; the misses are tokenized
and all of their text goes through NER in bounded chunks (``_ner``); then the recognizers
whose cheap trigger matches a text (``_triggers``) run through Presidio's ``AnalyzerEngine.analyze``
with the precomputed artifacts, and findings on look-alikes are dropped (``_lookalikes``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from itertools import pairwise
from typing import NamedTuple

import regex
from presidio_analyzer import PatternRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from redaction._cache import LruCache, content_key
from redaction._engine import RecognizerRunner
from redaction._lookalikes import TECH_TERMS, inside_an_idiom, is_code_like_name, names_an_eponym
from redaction._named_after import named_after_a_person, opens_with_a_city
from redaction._ner import ChunkedNer, Entity
from redaction._nlp import LANGUAGE, NerOnlyNlpEngine
from redaction._people_as_places import people_named_as_places
from redaction._person_span import (
    case_blind_end,
    ends_in_thing_noun,
    followed_by_model,
    followed_by_place_noun,
    followed_by_product_noun,
    follows_a_postcode,
    is_billing_label,
    is_model_generation,
    names_a_company_or_month,
    opens_an_imperative,
    particle_end,
    stands_for_a_town,
)
from redaction._triggers import Triggers
from redaction.config import RedactionConfig
from redaction.exceptions import RedactionConfigError
from redaction.recognizers import RECOGNIZERS, PersonCueRecognizer, is_cjk_service_talk, names_a_secret
from redaction.recognizers._base import UNSPACED_SCRIPTS, make_result
from redaction.recognizers._birth_cues import BIRTH_CUE
from redaction.recognizers._eponyms import after_determiner
from redaction.recognizers._phone_cues import GLUED_PHONE_LABELS
from redaction.recognizers._word_lists import (
    fold,
    is_other_language_word,
    is_place_name,
    is_plain_compound,
    is_plain_word,
    world_names,
)

logger = logging.getLogger(__name__)

_NER_ENTITIES = ("PERSON", "LOCATION", "NRP", "ORGANIZATION", "DATE_TIME")
_NER_RECOGNIZER = SpacyRecognizer.__name__
_MISLABELLED = "PersonNamedAsPlace"
# Presidio entity types tracecase never detects; naming them in disabled_entities is not an error.
_PRESIDIO_ONLY = frozenset({"US_DRIVER_LICENSE", "US_BANK_NUMBER", "MEDICAL_LICENSE", "URL"})
# Number-shaped types whose matches inside a longer token (ORD-2024-118273, build 20240501.3) are ids.
_NUMERIC = frozenset(
    {"PHONE_NUMBER", "US_SSN", "US_ITIN", "UK_NHS", "US_PASSPORT", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE"}
)
_TRIM = " \t\r\n.,;:!?\"'`()[]{}<>"
_BRAND_LABELS = frozenset({"ORG", "PRODUCT"})
# A list number, bullet or timestamp opening the line before a speaker's name.
_SPEAKER_MARK = regex.compile(r"[ \t]*(?:\d{1,3}[.)]|[\-*•]|\[?\d{1,2}:\d{2}(?::\d{2})?\]?)[ \t]*$")
_NAME_WORDS = regex.compile(r"[\p{L}\p{M}]+")
_FAMILY_AFTER = regex.compile(r"[ \t]+(?i:family|household|twins|residence)\b")
_THIS_IS_BEFORE = regex.compile(r"(?i:\b(?:is|was)[ \t]+(?:this|that)|\b(?:this|that)[ \t]+is)[ \t]+$")


class Finding(NamedTuple):
    """One detected value: entity type, character span, score."""

    entity_type: str
    start: int
    end: int
    score: float


Findings = tuple[Finding, ...]


# A synthetic text that wakes every recognizer (pattern compilation, the public-suffix trie, phone
# metadata) at start-up instead of on the first real batch. Every value in it is fictitious.
_WARM_UP = (
    "Hi, I'm Jane Roe. Mail jane.roe@example.com, call +1 415 555 2671, card 4111 1111 1111 1111, "
    "SSN 536-90-4399, IBAN DE89 3704 0044 0532 0130 00, IP 192.0.2.1, DOB 1990-01-02, "
    "12 Main Street, Springfield, IL 62701. key AKIAZ7QW3ERTY5UIOP2A aws_secret_access_key="
    "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 ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8 "
    "sk-proj-Zx9QpL2mVb7RtY4nKc8WsA1dFh6JgE3u Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIz "
    "password=Winter2904$gk secret=q8Zr2LmT5vXa9KpB postgres://u:p4ss@db/x "
    "-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----"
)

# Presidio logs matched text and context words at DEBUG/INFO ("Context list is: ..."): those
# records would put raw PII in the service's logs, so they are never created.
_PRESIDIO_LOGGERS = ("presidio-analyzer", "presidio-anonymizer")


def silence_presidio_content_logs() -> None:
    for name in _PRESIDIO_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


class Analyzer:
    """Finds sensitive values in batches of texts."""

    def __init__(self, config: RedactionConfig) -> None:
        silence_presidio_content_logs()
        self._config = config
        disabled = set(config.disabled_entities)
        recognizers = [factory(config.languages) for factory in RECOGNIZERS.values()]
        known = {e for r in recognizers for e in r.supported_entities} | set(_NER_ENTITIES) | _PRESIDIO_ONLY
        recognizers = [r for r in recognizers if not set(r.supported_entities) <= disabled]
        ner_entities = [e for e in _NER_ENTITIES if e not in disabled]
        if ner_entities:
            recognizers.append(SpacyRecognizer(supported_language=LANGUAGE, supported_entities=ner_entities))
        if config.deny_list:
            recognizers.append(PatternRecognizer(supported_entity="DENY_LIST", deny_list=list(config.deny_list)))
        self.entities = sorted({e for r in recognizers for e in r.supported_entities})
        self._check_entity_names(disabled, known)
        self._nlp = NerOnlyNlpEngine(ner_entities, config.ner_model)
        registry = RecognizerRegistry(recognizers=recognizers, supported_languages=[LANGUAGE])
        self._runner = RecognizerRunner(registry, LANGUAGE, config.score_threshold)
        self._ner_used = bool(ner_entities)
        self._allow = {value.casefold() for value in config.allow_list}
        self._allow_patterns = [regex.compile(p) for p in config.allow_patterns]
        self._cache: LruCache[Findings] = LruCache(config.cache_size)
        self._cues = next((r for r in recognizers if isinstance(r, PersonCueRecognizer)), None)
        self._ner = ChunkedNer(self._nlp, config.cache_size, config.batch_size)
        self._triggers = Triggers(self.entities)
        self._analyze_uncached([_WARM_UP])

    @property
    def cache_hits(self) -> int:
        """Texts whose findings came from the cache."""
        return self._cache.hits

    @property
    def ner_windows(self) -> int:
        """Text chunks that went through NER (cache misses)."""
        return self._ner.chunks_run

    def _check_entity_names(self, disabled: set[str], known: set[str]) -> None:
        for name in sorted(disabled - known):
            raise RedactionConfigError(f"disabled_entities: unknown entity type {name}")
        for name in sorted(set(self._config.operators) - known - {"DENY_LIST"}):
            raise RedactionConfigError(f"operators.{name}: unknown entity type")

    def analyze(self, texts: Sequence[str]) -> list[Findings | None]:
        """Findings per text, in order; ``None`` for a text whose analysis failed."""
        keys = [content_key(text) for text in texts]
        found: dict[bytes, Findings | None] = {}
        todo: dict[bytes, str] = {}
        for key, text in zip(keys, texts, strict=True):
            if key in found or key in todo:
                continue
            cached = self._cache.get(key)
            if cached is None:
                todo[key] = text
            else:
                found[key] = cached
        for key, result in zip(todo, self._analyze_uncached(list(todo.values())), strict=True):
            found[key] = result
            if result is not None:
                self._cache.put(key, result)
        # Between batches, when nothing refers to the pipeline's docs: bound the vocabulary.
        self._nlp.refresh_if_grown()
        return [found[key] for key in keys]

    def _analyze_uncached(self, texts: list[str]) -> list[Findings | None]:
        names: list[list[RecognizerResult] | None] = [self._names(text) for text in texts]
        entities = self._entities(texts)
        results: list[Findings | None] = []
        for text, cue_names, batched in zip(texts, names, entities, strict=True):
            try:
                if cue_names is None:
                    raise RuntimeError("name-cue analysis failed")
                found = batched if batched is not None else self._entities([text])[0]
                if found is None:
                    raise RuntimeError("NER failed")
                results.append(self._analyze_one(text, found, cue_names))
            except Exception as exc:
                # Fail closed: the caller replaces the value by the failure marker. No text in the log.
                logger.warning("analysis of one value failed (%s)", type(exc).__name__)
                results.append(None)
        return results

    def _names(self, text: str) -> list[RecognizerResult] | None:
        """Names after cue words, found before NER so that NER can skip them; ``None`` on failure."""
        if self._cues is None:
            return []
        try:
            return self._cues.analyze(text, [])
        except Exception as exc:
            logger.warning("name-cue analysis of one value failed (%s)", type(exc).__name__)
            return None

    def _entities(self, texts: list[str]) -> Sequence[list[Entity] | None]:
        """NER entities per text, one batch; all ``None`` when the batch failed (texts are retried alone)."""
        if not self._ner_used:
            return [[] for _ in texts]  # NER off: no entities, and no failure
        try:
            return self._ner.entities(texts)
        except Exception as exc:
            # One bad text must not sink the batch: each is retried alone.
            if len(texts) > 1:
                logger.warning("batched NER failed (%s); retrying texts one by one", type(exc).__name__)
            else:
                logger.warning("NER of one value failed (%s)", type(exc).__name__)
            return [None] * len(texts)

    def _analyze_one(self, text: str, entities: list[Entity], names: list[RecognizerResult]) -> Findings:
        wanted = self._triggers.entities_for(text)
        if not wanted:
            return ()
        if self._cues is not None:
            # People NER took for places or companies are found beside the cues' names.
            mislabelled = people_named_as_places(text, entities)
            names = [*names, *(make_result(self._cues, _MISLABELLED, "PERSON", span, 0.6) for span in mislabelled)]
        precomputed = {self._cues.id: names} if self._cues is not None else {}
        # "Sony Bravia": NER's person right after NER's brand, a space apart, is the brand's model.
        brand_ends = {end + 1 for _, end, label in entities if label in _BRAND_LABELS}

        def refine(result: RecognizerResult) -> RecognizerResult | None:
            from_ner = result.recognition_metadata.get(RecognizerResult.RECOGNIZER_NAME_KEY) == _NER_RECOGNIZER
            if from_ner and result.start in brand_ends and text[result.start - 1] == " ":
                return None
            finding = self._keep(text, Finding(result.entity_type, result.start, result.end, result.score), from_ner)
            if finding is None:
                return None
            result.start, result.end = finding.start, finding.end
            return result

        results = self._runner.analyze(text, wanted, self._nlp.artifacts(text, entities), precomputed, refine)
        findings = [Finding(r.entity_type, r.start, r.end, r.score) for r in results]
        return tuple(sorted(findings, key=lambda f: (f.start, -f.end)))

    def _keep(self, text: str, finding: Finding, from_ner: bool) -> Finding | None:
        start, end = finding.start, finding.end
        if finding.entity_type == "PERSON":
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
            end = particle_end(text, case_blind_end(text, start, end))
            if from_ner:
                start = _without_leading_plain_words(text, start, end)
                if after_determiner(text, start, end) and not _a_person_all_the_same(text, start, end):
                    return None  # "my Oura Ring", "a Bloody Mary": a thing, not a person
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
            if from_ner and all(map(_plain_or_foreign, _NAME_WORDS.findall(value))):
                return None  # "Gift cards never expire": NER took a capitalised common word for a name
            if from_ner and (is_place_name(value) or opens_with_a_city(value)):
                return None  # "ships to Kraków": NER took a city it does not know for a person
            handle = not from_ner and ("." in value or "_" in value)  # "ana.lopez: can you check?" speaks
            label = text[end : end + 1] == ":" and " " not in value and text[start - 1 : start] != "@"
            if label and not handle and not _speaks(text, start, value):
                return None  # a field label ("Email:", "Betreff:"), not a name; "@lan.nguyen:" is a mention
        elif finding.entity_type in _NUMERIC and _inside_token(text, start, end):
            return None
        elif finding.entity_type == "EMAIL_ADDRESS" and _MESSAGE_ID.search(text, max(0, start - 200), start):
            return None  # "Message-ID: <b9c7…@mail.example.com>": a mail server's id for the message, no mailbox
        if self.allowed(text[start:end]):
            return None
        return finding._replace(start=start, end=end)

    def allowed(self, value: str) -> bool:
        """True when ``value`` is on the configured allow-list."""
        return value.casefold() in self._allow or any(p.fullmatch(value) for p in self._allow_patterns)


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
    return caseless and _SPEAKER_MARK.match(text, text.rfind("\n", 0, start) + 1, start) is not None


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
        if not is_plain_word(word.group()) or not (first or word.group().islower()):
            break
        start = following.start()
    return start


def _inside_token(text: str, start: int, end: int) -> bool:
    """True when the span continues a letter/digit run on either side (``ORD-``, ``v``, ``.3``).

    Scripts written without spaces glue every number to the words around it ("请拨打132 0442 6430联系我"):
    their letters make no token of it.
    """
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    glued_before = bool(before) and (_joins(before[-1]) or (before[-1] in "-_./#" and _joins(before[:1])))
    glued_after = bool(after) and (_joins(after[0]) or (after[0] in "-_./" and _joins(after[1:2])))
    # A contact line's labels touch its number: "Tel.0650 9448140/Fax".
    glued_before = glued_before and not _LABEL_DOT.search(text, max(0, start - 6), start)
    glued_after = glued_after and not _SLASH_LABEL.match(text, end)
    return glued_before or glued_after


# A mail header whose <...> values are message ids: the finding starts right after its "<".
_MESSAGE_ID = regex.compile(
    r"(?im)^(?:message-id|in-reply-to|references|content-id|x-message-id|resent-message-id)[ \t]*:[^\n]*<$"
)
_UNSPACED_LETTER = regex.compile(rf"[{UNSPACED_SCRIPTS}]")
_LABEL_DOT = regex.compile(rf"(?<!\p{{L}})(?i:{GLUED_PHONE_LABELS})\.$")
_SLASH_LABEL = regex.compile(r"/(?i:fax|tel|mob|mobile|cell|whatsapp)(?!\p{L})")


def _joins(char: str) -> bool:
    return char.isalnum() and not _UNSPACED_LETTER.match(char)


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
