"""What a framework suite is: the stub it talks to, its scenarios and the instrumentations it runs under.

A suite module (imported only in the emitter's child, since it imports its framework) exposes ``SUITE``.
Scenarios record in :class:`~tracecase_sampleapp.scenarios.Observed` what they sent and what the stub
answered; usage is summed with :func:`add_usage` because Anthropic reports cache traffic apart.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from opentelemetry.sdk.trace import TracerProvider

from schemas.span import Message, Usage
from tracecase_sampleapp.app_spans import AppSpans
from tracecase_sampleapp.instrumentations import Installer
from tracecase_sampleapp.scenarios import Observed

USAGE_FIELDS = tuple(Usage.model_fields)

# Kinds that count units of work (one span per call made); the others only structure a trace, and
# frameworks differ in how many of them they nest (LangChain wraps prompts and parsers in chains).
WORK_KINDS = frozenset(("llm", "tool", "retrieval", "embedding"))


class Stub(Protocol):
    @property
    def base_url(self) -> str: ...

    def __enter__(self) -> Stub: ...

    def __exit__(self, *exc_info: object) -> None: ...


@dataclass(frozen=True)
class FrameworkInstrumentation:
    """One instrumentation of one framework, run in its own interpreter."""

    name: str
    suite: str
    """Key of :data:`tracecase_sampleapp.frameworks.SUITES`."""
    package: str
    """The PyPI distribution that emits the spans."""
    install: Installer
    convention: str | None = None
    """Convention of the app spans written around the calls, when the app writes any."""
    env: dict[str, str] = field(default_factory=dict)
    options: dict[str, Any] = field(default_factory=dict)
    """Suite-specific knobs (e.g. pydantic-ai's instrumentation format version)."""
    isolated: str | None = None
    """Name of the directory under ``.venv/isolated`` (see ``sampleapp/isolated/``) holding the
    framework when it cannot share this environment; the emitter child puts it first on its path."""

    def isolated_path(self) -> Path | None:
        return None if self.isolated is None else Path(sys.prefix) / "isolated" / self.isolated


@dataclass
class FrameworkContext:
    base_url: str
    api_key: str
    instrumentation: FrameworkInstrumentation
    tracer_provider: TracerProvider
    spans: AppSpans | None = None
    stub: Any = None
    """The running stub server (its ``requests`` log is what the framework sent)."""
    client: Any = None
    """Whatever the suite's ``make_client`` built (an SDK client, a chat model)."""


Scenario = Callable[[FrameworkContext], Observed]


@dataclass(frozen=True)
class Suite:
    name: str
    stub: Callable[[], AbstractContextManager[Any]]
    """Factory of the stub server the suite's client talks to (an object with ``base_url``)."""
    scenarios: dict[str, Scenario]
    make_client: Callable[[FrameworkContext], Any] = lambda ctx: None


def add_usage(seen: Observed, usage: Usage) -> None:
    """Add one call's usage to the trace total, field by field (``None`` stays ``None`` only if never given)."""
    if seen.usage is None:
        seen.usage = usage
        return
    summed = {
        name: None
        if getattr(seen.usage, name) is None and getattr(usage, name) is None
        else (getattr(seen.usage, name) or 0) + (getattr(usage, name) or 0)
        for name in USAGE_FIELDS
    }
    seen.usage = Usage(**summed)


def registry() -> tuple[dict[str, Scenario], Callable[[str], Callable[[Scenario], Scenario]]]:
    """A fresh scenario registry and its ``@scenario(name)`` decorator."""
    scenarios: dict[str, Scenario] = {}

    def scenario(name: str) -> Callable[[Scenario], Scenario]:
        def register(fn: Scenario) -> Scenario:
            scenarios[name] = fn
            return fn

        return register

    return scenarios, scenario


def record_chat_calls(seen: Observed, requests: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Fill ``seen``'s LLM fields from the chat requests a framework sent to the OpenAI stub.

    Frameworks build the requests themselves, so the stub's request log (and the answers it derives
    from them) is the record of what was sent and answered. Returns the answers, in order.
    """
    from tracecase_sampleapp.stub_responses import ERROR_MODELS, chat_completion, resolved_model

    answers = []
    for path, body in requests:
        if not path.endswith("/chat/completions"):
            continue
        messages = body.get("messages") or []
        seen.span_kinds.append("llm")
        if seen.input_messages is None:
            seen.system = next((m["content"] for m in messages if m["role"] == "system"), None)
            seen.input_messages = [
                Message(role=m["role"], content=m.get("content")) for m in messages if m["role"] != "system"
            ]
        if body.get("model") in ERROR_MODELS:
            seen.model = body["model"]
            continue
        answer = chat_completion(body)
        answers.append(answer)
        seen.model = resolved_model(str(body["model"]))
        usage = answer["usage"]
        add_usage(
            seen,
            Usage(
                input_tokens=usage["prompt_tokens"],
                output_tokens=usage["completion_tokens"],
                total_tokens=usage["total_tokens"],
                cache_read_tokens=usage["prompt_tokens_details"]["cached_tokens"],
                reasoning_tokens=usage["completion_tokens_details"]["reasoning_tokens"],
            ),
        )
        seen.output = answer["choices"][0]["message"].get("content") or seen.output
    return answers


def record_tool_calls(seen: Observed, answer: dict[str, Any], results: list[Any]) -> None:
    """The tool calls a chat ``answer`` asked for, joined in order with the ``results`` the tools returned."""
    from schemas.trace import TraceToolCall

    calls = answer["choices"][0]["message"].get("tool_calls") or []
    for call, result in zip(calls, results, strict=True):
        seen.span_kinds.append("tool")
        seen.tool_calls.append(
            TraceToolCall(
                id=call["id"],
                name=call["function"]["name"],
                arguments=json.loads(call["function"]["arguments"]),
                result=result,
            )
        )
