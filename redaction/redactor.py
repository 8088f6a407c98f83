"""The redactor: the batch API the consumer calls per batch of spans.

Every call gathers all strings of its input first, analyzes them in one batch (one NER pass, one
cache lookup each), then rebuilds the input with replacements. Failure is closed: a value whose
analysis or replacement fails becomes ``<REDACTION_FAILED>``; nothing is ever passed through raw,
and logs carry counts and exception types only.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel

from redaction._analysis import Analyzer, Findings
from redaction._birth_answers import add_birth_answers
from redaction._coreference import Coreference
from redaction._operators import REDACTION_FAILED, Pseudonyms, Replacer
from redaction._records import span_record
from redaction._restated import add_restated
from redaction._structured import KeyRules, strings_in, walk
from redaction._traces import map_model
from redaction.config import RedactionConfig
from schemas.redaction import RedactionRecord
from schemas.span import NormalizedSpan
from schemas.trace import TraceRecord

logger = logging.getLogger(__name__)

_Model = TypeVar("_Model", bound=BaseModel)
# Values under secret-named keys are replaced even when allow-listed: an allow-list is for names and addresses.
_ALWAYS_SECRET = frozenset({"SECRET", "PASSWORD"})


@dataclass
class RedactionStats:
    """Running counters of one redactor (for metrics and the benchmark)."""

    texts: int = 0
    """Strings redacted (after JSON expansion)."""
    failures: int = 0
    """Values replaced by the failure marker."""
    cache_hits: int = 0
    """Unique strings whose analysis came from the cache."""
    ner_windows: int = 0
    """Unique text chunks that went through NER."""


class Redactor:
    """Finds and replaces PII and secrets; see ``redaction.config.RedactionConfig`` for the knobs.

    The spaCy pipeline is loaded once per process and shared by every redactor; the analysis cache
    and pseudonym scopes belong to the redactor.
    """

    def __init__(self, config: RedactionConfig | None = None, *, placeholder_key: bytes | None = None) -> None:
        """``placeholder_key``: with it, a trace's placeholders are keyed hashes of trace id and value,
        equal in every process that holds the key; without it they are numbered per process."""
        self.config = config or RedactionConfig()
        self._analyzer = Analyzer(self.config)
        self._replacer = Replacer(self.config, placeholder_key or b"")
        self._keys = KeyRules(self.config)
        self._coreference = Coreference()
        self._failures = 0
        self._texts = 0

    @property
    def stats(self) -> RedactionStats:
        return RedactionStats(self._texts, self._failures, self._analyzer.cache_hits, self._analyzer.ner_windows)

    @property
    def entities(self) -> list[str]:
        """Entity types this redactor detects."""
        return list(self._analyzer.entities)

    def redact_texts(self, texts: Sequence[str], scope: str = "") -> list[str]:
        """Redact texts; one pseudonym scope for the whole call.

        A text holding a JSON object or array is redacted value by value and stays valid JSON.
        """
        return [str(value) for value in self._redact_scoped([(scope, list(texts))])[0]]

    def redact_text_groups(self, groups: Sequence[tuple[str, Sequence[str]]]) -> list[list[str]]:
        """Redact ``(scope, texts)`` groups, one pseudonym scope each, all texts in one batch (one NER pass)."""
        redacted = self._redact_scoped([(scope, list(texts)) for scope, texts in groups])
        return [[str(value) for value in values] for values in redacted]

    def redact_values(self, values: Sequence[Any], scope: str = "") -> list[Any]:
        """Redact JSON-like values; strings holding JSON objects/arrays are redacted value by value."""
        return self._redact_scoped([(scope, list(values))])[0]

    def redact_traces(self, records: Sequence[TraceRecord]) -> list[TraceRecord]:
        """Redact whole traces, one pseudonym scope per trace, all strings in one batch."""
        groups: list[tuple[str, list[Any]]] = []
        for record in records:
            values: list[Any] = []
            map_model(record, _collector(values))
            groups.append((record.trace_id, values))
        redacted = self._redact_scoped(groups)
        out: list[TraceRecord] = []
        for record, new_values in zip(records, redacted, strict=True):
            replacements = iter(new_values)
            out.append(self._rebuild(record, _replayer(replacements)))
        return out

    def redact_spans(self, spans: Sequence[NormalizedSpan]) -> list[tuple[NormalizedSpan, RedactionRecord]]:
        """Redact normalized spans, each in its trace's pseudonym scope, all strings in one batch; each with
        its record of what was replaced (entity types per field, never values)."""
        groups: list[tuple[str, list[Any]]] = []
        for span in spans:
            values: list[Any] = []
            map_model(span, _collector(values))
            groups.append((span.trace_id, values))
        redacted = self._redact_scoped(groups)
        version = self.policy_version
        out = []
        for span, new_values in zip(spans, redacted, strict=True):
            clean = self._rebuild(span, _replayer(iter(new_values)))
            out.append((clean, span_record(span, clean, version)))
        return out

    @property
    def policy_version(self) -> str:
        """A content hash of the effective settings: equal settings, equal version."""
        digest = hashlib.sha256(self.config.model_dump_json().encode()).hexdigest()
        return f"redaction-{digest[:16]}"

    def _rebuild(self, record: _Model, on_value: Callable[[Any], Any]) -> _Model:
        rebuilt = map_model(record, on_value)
        assert isinstance(rebuilt, type(record))
        return rebuilt

    def _redact_scoped(self, groups: Sequence[tuple[str, list[Any]]]) -> list[list[Any]]:
        texts: list[str] = []
        per_group: list[tuple[int, int, list[str]]] = []
        broken: set[int] = set()
        for _scope, values in groups:
            first, persons = len(texts), list[str]()
            for value in values:
                try:
                    texts.extend(strings_in(value, self._keys, persons))
                except Exception as exc:  # e.g. RecursionError on a structure nested thousands deep
                    broken.add(id(value))
                    logger.warning("reading one value failed (%s); value dropped", type(exc).__name__)
            per_group.append((first, len(texts), persons))
        findings = dict(zip(texts, self._analyzer.analyze(texts), strict=True))
        out: list[list[Any]] = []
        for (scope, values), (first, last, persons) in zip(groups, per_group, strict=True):
            pseudonyms = self._replacer.scope(scope)
            names = self._coreference.index(scope)
            verbatim = self._coreference.values(scope)
            scoped = self._coreference.extend(
                names, texts[first:last], findings, persons, self._analyzer.allowed, values=verbatim
            )
            if "DATE_OF_BIRTH" in self._analyzer.entities:
                scoped = add_birth_answers(texts[first:last], scoped, self._analyzer.allowed)
            scoped = add_restated(texts[first:last], scoped, self._analyzer.allowed)
            pseudonyms.aliases = names.canonical
            out.append([self._redact_unless(value, broken, scoped, pseudonyms) for value in values])
        return out

    def _redact_unless(
        self, value: Any, broken: set[int], findings: dict[str, Findings | None], pseudonyms: Pseudonyms
    ) -> Any:
        if id(value) in broken:
            self._failures += 1
            return REDACTION_FAILED
        return self._redact_value(value, findings, pseudonyms)

    def _redact_value(self, value: Any, findings: dict[str, Findings | None], pseudonyms: Pseudonyms) -> Any:
        try:
            return walk(
                value,
                self._keys,
                lambda text: self._replace(text, findings.get(text), pseudonyms),
                lambda entity, text: self._whole(entity, text, pseudonyms),
            )
        except Exception as exc:
            self._failures += 1
            logger.warning("redaction of one value failed (%s); value dropped", type(exc).__name__)
            return REDACTION_FAILED

    def _whole(self, entity: str, text: str, pseudonyms: Pseudonyms) -> str:
        self._texts += 1
        if not text.strip() or (entity not in _ALWAYS_SECRET and self._analyzer.allowed(text)):
            return text
        return self._replacer.replace_whole(entity, text, pseudonyms)

    def _replace(self, text: str, found: Findings | None, pseudonyms: Pseudonyms) -> str:
        self._texts += 1
        if found is None:
            self._failures += 1
            return REDACTION_FAILED
        if not found:
            return text
        try:
            return self._replacer.apply(text, found, pseudonyms)
        except Exception as exc:
            self._failures += 1
            logger.warning("replacement in one value failed (%s); value dropped", type(exc).__name__)
            return REDACTION_FAILED


def _collector(values: list[Any]) -> Callable[[Any], Any]:
    """A field visitor that records each value (first pass of :meth:`Redactor.redact_traces`)."""

    def collect(value: Any) -> Any:
        values.append(value)
        return value

    return collect


def _replayer(replacements: Iterator[Any]) -> Callable[[Any], Any]:
    """A field visitor that hands out the redacted values in the order they were collected."""
    return lambda _value: next(replacements)
