"""What each emitted trace should contain, written beside the OTLP files.

Every field is derived from what a scenario sent and what the stub answered, never from tracecase's
own normalizer, so comparing a :class:`schemas.TraceRecord` with it is a real check.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from schemas.span import Document, ErrorInfo, Message, SpanKind, Usage
from schemas.trace import TraceToolCall

MANIFEST_VERSION = 1
MANIFEST_FILE = "manifest.json"


class ScenarioExpectation(BaseModel):
    """The expected trace record of one scenario run."""

    model_config = ConfigDict(extra="forbid")

    scenario: str
    trace_id: str = Field(pattern=r"^[0-9a-f]{32}$")
    system: str | None = None
    """System prompt of the first LLM call."""
    input_messages: list[Message] = Field(default_factory=list)
    """Messages sent to the first LLM call, system excluded (role and content)."""
    context_documents: list[Document] = Field(default_factory=list)
    """Retrieved documents as far as the convention carries them (e.g. no content for OTel ids-only)."""
    tool_calls: list[TraceToolCall] = Field(default_factory=list)
    output: str | None = None
    """Final assistant text."""
    model: str | None = None
    """Response model of the last LLM call, else its requested model."""
    usage: Usage | None = None
    """Summed over LLM and embedding calls as the stub reported it."""
    error: ErrorInfo | None = None
    span_kinds: list[SpanKind] = Field(default_factory=list)
    """Kinds of the trace's spans, sorted."""


class Manifest(BaseModel):
    """One emitter run: which files were written and what each trace should contain."""

    model_config = ConfigDict(extra="forbid")

    manifest_version: int = MANIFEST_VERSION
    instrumentation: str
    seed: int
    files: list[str] = Field(default_factory=list)
    """Written OTLP files, relative to the manifest's directory."""
    span_count: int = 0
    log_count: int = 0
    scenarios: list[ScenarioExpectation] = Field(default_factory=list)

    def by_scenario(self) -> dict[str, ScenarioExpectation]:
        return {s.scenario: s for s in self.scenarios}
