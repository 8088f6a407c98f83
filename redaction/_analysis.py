"""Batched analysis: one NER pass over many texts, a content-hash cache, Presidio's recognizers.

This is the hot path. Per batch: unique texts are looked up in the cache; the misses are tokenized
and all of their text goes through NER in bounded chunks (``_ner``); then the recognizers
whose cheap trigger matches a text (``_triggers``) run through Presidio's ``AnalyzerEngine.analyze``
with the precomputed artifacts, and findings on look-alikes are dropped (``_lookalikes``).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import NamedTuple

import regex
from presidio_analyzer import Pattern, PatternRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from redaction._birth_beside_names import dates_beside_names
from redaction._cache import LruCache, content_key
from redaction._engine import RecognizerRunner
from redaction._ner import ChunkedNer, Entity
from redaction._nlp import LANGUAGE, NerOnlyNlpEngine
from redaction._people_as_places import people_named_as_places
from redaction._people_in_lists import people_in_lists
from redaction._person_keep import person_span
from redaction._system_logins import system_login
from redaction._triggers import Triggers
from redaction.config import RedactionConfig
from redaction.exceptions import RedactionConfigError
from redaction.recognizers import RECOGNIZERS, PersonCueRecognizer
from redaction.recognizers._base import UNSPACED_SCRIPTS, make_result
from redaction.recognizers._phone_cues import GLUED_PHONE_LABELS

logger = logging.getLogger(__name__)

_NER_ENTITIES = ("PERSON", "LOCATION", "NRP", "ORGANIZATION", "DATE_TIME")
_NER_RECOGNIZER = SpacyRecognizer.__name__
_MISLABELLED = "PersonNamedAsPlace"
_BIRTH_DATE = "DATE_OF_BIRTH"
_BESIDE_NAME_SCORE = 0.7
_LISTED_SCORE = 0.6
# Presidio entity types tracecase never detects; naming them in disabled_entities is not an error.
_PRESIDIO_ONLY = frozenset({"US_DRIVER_LICENSE", "US_BANK_NUMBER", "MEDICAL_LICENSE", "URL"})
# Number-shaped types whose matches inside a longer token (ORD-2024-118273, build 20240501.3) are ids.
_NUMERIC = frozenset(
    {"PHONE_NUMBER", "US_SSN", "US_ITIN", "UK_NHS", "US_PASSPORT", "ES_NIF", "ES_NIE", "IT_FISCAL_CODE"}
)
_BRAND_LABELS = frozenset({"ORG", "PRODUCT"})


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
        _compile_patterns(recognizers)

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
        findings += self._listed_people(text, findings)
        if _BIRTH_DATE in self.entities:
            found = [(f.entity_type, f.start, f.end) for f in findings]
            beside = [span for span in dates_beside_names(text, found) if not self.allowed(text[span[0] : span[1]])]
            findings += [Finding(_BIRTH_DATE, *span, _BESIDE_NAME_SCORE) for span in beside]
        return tuple(sorted(findings, key=lambda f: (f.start, -f.end)))

    def _listed_people(self, text: str, findings: list[Finding]) -> list[Finding]:
        """The known names listed beside a found person ("the call with Eloah Carvalho and Edwards")."""
        people = [(f.start, f.end) for f in findings if f.entity_type == "PERSON"]
        listed = people_in_lists(text, people)
        if not listed:
            return []
        taken = bytearray(len(text))  # (a dense text has thousands of findings: no pairwise overlap test)
        for finding in findings:
            taken[finding.start : finding.end] = b"\x01" * (finding.end - finding.start)
        return [
            Finding("PERSON", start, end, _LISTED_SCORE)
            for start, end in listed
            if not any(taken[start:end]) and not self.allowed(text[start:end])
        ]

    def _keep(self, text: str, finding: Finding, from_ner: bool) -> Finding | None:
        start, end = finding.start, finding.end
        if finding.entity_type == "PERSON":
            span = person_span(text, start, end, from_ner=from_ner)
            if span is None:
                return None
            start, end = span
        elif finding.entity_type in _NUMERIC and _inside_token(text, start, end):
            return None
        elif finding.entity_type == "EMAIL_ADDRESS" and _MESSAGE_ID.search(text, max(0, start - 200), start):
            return None  # "Message-ID: <b9c7…@mail.example.com>": a mail server's id for the message, no mailbox
        elif finding.entity_type == "EMAIL_ADDRESS" and system_login(text, start, end):
            return None  # "ssh deploy@grafana.ops.example.org": a system account on a host
        if self.allowed(text[start:end]):
            return None
        return finding._replace(start=start, end=end)

    def allowed(self, value: str) -> bool:
        """True when ``value`` is on the configured allow-list."""
        return value.casefold() in self._allow or any(p.fullmatch(value) for p in self._allow_patterns)


def _compile_patterns(recognizers: Sequence[object]) -> None:
    """Compile every pattern at start-up, as Presidio would on its recognizer's first call: most recognizers run
    only on texts their trigger matches, so without this a consumer compiled ~65 patterns (about 2 s of CPU)
    while handling its first thousands of spans."""
    for recognizer in recognizers:
        if not isinstance(recognizer, PatternRecognizer) or recognizer.global_regex_flags is None:
            continue
        flags: int = recognizer.global_regex_flags
        patterns: list[Pattern] = recognizer.patterns  # type: ignore[has-type]  # Presidio leaves it untyped
        for pattern in patterns:
            if pattern.compiled_regex is None or pattern.compiled_with_flags != flags:
                # Presidio declares both None until its first compile.
                pattern.compiled_regex = regex.compile(pattern.regex, flags=flags)  # type: ignore[assignment]
                pattern.compiled_with_flags = flags  # type: ignore[assignment]


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
