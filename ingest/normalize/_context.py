"""The working state of one span while the adapters fill it in.

Adapters read attributes and events through :class:`SpanContext` so that everything they use is
marked consumed; whatever no adapter consumed ends up in ``NormalizedSpan.attributes``/``events``.
Every ``set_*``/field write follows one rule: the first non-empty source wins, later adapters only
fill gaps (CONVENTIONS 7.3).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ingest.normalize._flatten import PREFIXES, Row, group_indexed, rows
from ingest.normalize._keys import KeyShape, shape_of
from ingest.normalize._langchain import tool_message_result
from ingest.normalize._messages import MessageDict
from ingest.normalize._values import TOO_DEEP, as_int, bounded
from ingest.records import RawLogRecord, RawSpan
from schemas.span import Document, ErrorInfo, Feedback, SpanKind

UNSET: Any = object()
"""Marks a tool field no adapter has filled (``None`` is a legitimate tool result)."""


@dataclass(slots=True)
class Event:
    """A span event or a joined log record, seen the same way (CONVENTIONS 7.1 step 4)."""

    name: str
    time_unix_nano: int
    attributes: dict[str, Any]
    body: Any = None
    from_log: bool = False

    def payload(self) -> dict[str, Any]:
        """Event content: the log body, else the attributes (span-event variants carry it there)."""
        if isinstance(self.body, dict):
            return self.body
        return self.attributes


@dataclass(slots=True)
class SpanContext:
    """Input (raw attributes/events) and output (the fields being normalized) of one span."""

    raw: RawSpan
    attributes: dict[str, Any]
    events: list[Event]
    shape: KeyShape
    """Facts about the attribute keys (families, roots), shared by spans with the same keys."""
    families: frozenset[str]
    """The family (indexed prefix or first dotted segment, see ``_keys``) of every attribute key."""
    roots: frozenset[str]
    """First dotted segment of every attribute key: cheap "does any ``llm.*`` key exist" checks."""
    kind: SpanKind = "other"
    consumed: set[str] = field(default_factory=set)
    consumed_events: set[int] = field(default_factory=set)
    _indexed: dict[str, list[str]] | None = None

    model: str | None = None
    provider: str | None = None
    system: str | None = None
    input_messages: list[MessageDict] | None = None
    output_messages: list[MessageDict] | None = None
    documents: list[Document] = field(default_factory=list)
    tool_name: str | None = None
    tool_call_id: str | None = None
    tool_arguments: Any = UNSET
    tool_result: Any = UNSET
    usage: dict[str, int] = field(default_factory=dict)
    finish_reasons: list[str] | None = None
    error: ErrorInfo | None = None
    feedback: list[Feedback] = field(default_factory=list)
    session_id: str | None = None
    user_id: str | None = None

    @classmethod
    def of(cls, raw: RawSpan, logs: Sequence[RawLogRecord]) -> SpanContext:
        events = [Event(e.name, e.time_unix_nano, e.attributes) for e in raw.events] if raw.events else []
        if logs:
            events.extend(Event(r.event_name, r.time_unix_nano, r.attributes, r.body, True) for r in logs)
        shape = shape_of(raw.attributes)
        return cls(raw, raw.attributes, events, shape, shape.families, shape.roots)

    def family_size(self, family: str) -> int:
        """How many attribute keys belong to ``family`` (e.g. ``llm.input_messages.``)."""
        return self.shape.family_list.count(family) if family in self.families else 0

    # -- reading ---------------------------------------------------------------------------

    def take(self, key: str) -> Any:
        """The attribute's value (``None`` when absent), marking it consumed."""
        value = self.attributes.get(key)
        if value is not None:
            self.consumed.add(key)
        return value

    def take_first(self, keys: Sequence[str]) -> Any:
        """The first present key's value; every present key of the ladder is consumed."""
        found = None
        for key in keys:
            value = self.take(key)
            if found is None and value is not None and value != "":
                found = value
        return found

    def indexed(self, prefix: str) -> list[Row]:
        """One flat row per ``<prefix><i>.*`` element, consuming their keys."""
        if prefix not in PREFIXES.set:
            return rows(self.attributes, prefix, self.consumed)
        if prefix not in self.families:
            return []
        if self._indexed is None:
            self._indexed = group_indexed(self.attributes)
        keys = self._indexed.get(prefix)
        return rows(self.attributes, prefix, self.consumed, keys) if keys else []

    def events_named(self, *names: str) -> list[tuple[int, Event]]:
        if not self.events:  # most spans carry none
            return []
        return [(i, e) for i, e in enumerate(self.events) if e.name in names]

    def consume_event(self, index: int) -> None:
        self.consumed_events.add(index)

    # -- writing (gap filling) -------------------------------------------------------------

    def offer_input(self, messages: list[MessageDict] | None) -> None:
        if messages and not self.input_messages:
            self.input_messages = messages

    def offer_output(self, messages: list[MessageDict] | None) -> None:
        if messages and not self.output_messages:
            self.output_messages = messages

    def offer_system(self, text: str | None) -> None:
        if text and not self.system:
            self.system = text

    def offer_tool(self, arguments: Any = UNSET, result: Any = UNSET) -> None:
        if arguments is not UNSET and arguments is not None and self.tool_arguments is UNSET:
            self.tool_arguments = bounded(arguments)
        if result is not UNSET and result is not None and self.tool_result is UNSET:
            # A LangChain tool run with a ToolCall returns a ToolMessage, which every LangChain
            # instrumentation records as the result: the tool's own result is its content.
            message = tool_message_result(result)
            if message is not None:
                result, call_id = message
                if self.tool_call_id is None:
                    self.tool_call_id = call_id
            if result is not None:
                self.tool_result = bounded(result)

    def offer_documents(self, documents: list[Document]) -> None:
        """Merge by id: a later source adds unseen documents and fills missing content/score/metadata."""
        if not documents:
            return
        for doc in documents:
            if doc.metadata:
                doc.metadata = bounded(doc.metadata, {"metadata": TOO_DEEP})
        if not self.documents:
            self.documents = documents
            return
        by_id = {doc.id: doc for doc in self.documents if doc.id is not None}
        for doc in documents:
            known = by_id.get(doc.id) if doc.id is not None else None
            if known is None:
                if doc.id is not None or not any(d.content == doc.content for d in self.documents):
                    self.documents.append(doc)
                continue
            if known.content is None:
                known.content = doc.content
            if known.score is None:
                known.score = doc.score
            for key, value in doc.metadata.items():
                known.metadata.setdefault(key, value)

    def offer_error(self, error: ErrorInfo | None) -> None:
        if error is None:
            return
        if self.error is None:
            self.error = error
            return
        # A later source may know the type or message the first one lacked.
        if self.error.type is None:
            self.error.type = error.type
        if self.error.message is None:
            self.error.message = error.message

    def offer_usage(self, **counts: Any) -> None:
        for name, raw in counts.items():
            value = as_int(raw)
            if value is not None and name not in self.usage:
                self.usage[name] = value
