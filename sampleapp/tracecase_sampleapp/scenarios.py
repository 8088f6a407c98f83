"""Scenarios driven through the real (sync) ``openai`` client, each producing one trace.

A scenario talks to the stub like an application would, wraps the calls in its own app-level spans
(:mod:`tracecase_sampleapp.app_spans`), and records in :class:`Observed` what the resulting trace
should contain: what it sent and what the stub answered, never what a normalizer read back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import openai

from schemas.span import Document, ErrorInfo, Message, SpanKind, Usage
from schemas.trace import TraceToolCall
from tracecase_sampleapp.app_spans import AppSpans
from tracecase_sampleapp.manifest import ScenarioExpectation
from tracecase_sampleapp.stub_responses import embedding_vector

CHAT_MODEL = "gpt-4o-mini"
EMBEDDING_MODEL = "text-embedding-3-small"
ERROR_MODEL = "error-429"


@dataclass
class ScenarioContext:
    client: openai.OpenAI
    spans: AppSpans


@dataclass
class Observed:
    """What one scenario run sent and received, accumulated call by call."""

    system: str | None = None
    input_messages: list[Message] | None = None
    documents: list[Document] = field(default_factory=list)
    tool_calls: list[TraceToolCall] = field(default_factory=list)
    output: str | None = None
    model: str | None = None
    usage: Usage | None = None
    error: ErrorInfo | None = None
    span_kinds: list[SpanKind] = field(default_factory=list)

    def sent(self, messages: list[dict[str, Any]], model: str) -> None:
        """Record an LLM request; only the first one defines the trace's system prompt and input."""
        self.span_kinds.append("llm")
        self.model = model  # replaced by the response model once the call succeeds
        if self.input_messages is None:
            self.system = next((m["content"] for m in messages if m["role"] == "system"), None)
            self.input_messages = [
                Message(role=m["role"], content=m.get("content")) for m in messages if m["role"] != "system"
            ]

    def received(self, model: str, usage: Any) -> None:
        """Record an LLM response (or stream chunk): its model and usage."""
        self.model = model
        self.add_usage(usage)

    def add_usage(self, usage: Any) -> None:
        """Add an OpenAI ``usage`` object (chat or embeddings) to the trace total."""
        if usage is None:
            return
        add = Usage(
            input_tokens=usage.prompt_tokens,
            output_tokens=getattr(usage, "completion_tokens", None),
            total_tokens=usage.total_tokens,
        )
        if self.usage is None:
            self.usage = add
            return
        self.usage = Usage(
            **{
                name: (getattr(self.usage, name) or 0) + (getattr(add, name) or 0)
                for name in ("input_tokens", "output_tokens", "total_tokens")
            }
        )

    def expectation(self, scenario: str, trace_id: str) -> ScenarioExpectation:
        return ScenarioExpectation(
            scenario=scenario,
            trace_id=trace_id,
            system=self.system,
            input_messages=self.input_messages or [],
            context_documents=self.documents,
            tool_calls=self.tool_calls,
            output=self.output,
            model=self.model,
            usage=self.usage,
            error=self.error,
            span_kinds=sorted(self.span_kinds),
        )


Scenario = Callable[[ScenarioContext], Observed]
SCENARIOS: dict[str, Scenario] = {}


def scenario(name: str) -> Callable[[Scenario], Scenario]:
    def register(fn: Scenario) -> Scenario:
        SCENARIOS[name] = fn
        return fn

    return register


def _chat(ctx: ScenarioContext, seen: Observed, messages: list[dict[str, Any]], **kwargs: Any) -> Any:
    model = kwargs.pop("model", CHAT_MODEL)
    seen.sent(messages, model)
    request: dict[str, Any] = {"model": model, "messages": messages, **kwargs}
    response = ctx.client.chat.completions.create(**request)
    seen.received(response.model, response.usage)
    return response


@scenario("chat_system_prompt")
def chat_system_prompt(ctx: ScenarioContext) -> Observed:
    seen = Observed()
    response = _chat(
        ctx,
        seen,
        [
            {"role": "system", "content": "You are a concise travel assistant. Answer in one sentence."},
            {"role": "user", "content": "What should I see in Zürich in one day?"},
        ],
        temperature=0.2,
    )
    seen.output = response.choices[0].message.content
    return seen


@scenario("multi_turn")
def multi_turn(ctx: ScenarioContext) -> Observed:
    seen = Observed()
    response = _chat(
        ctx,
        seen,
        [
            {"role": "system", "content": "You are a friendly local guide."},
            {"role": "user", "content": "I'm planning a weekend in Lisbon."},
            {"role": "assistant", "content": "Lisbon is lovely in spring. What would you like to know?"},
            {"role": "user", "content": "Which café should I try first?"},
        ],
    )
    seen.output = response.choices[0].message.content
    return seen


# Fictitious PII planted by ``support_chat_with_pii``; tests grep every sink for these.
PII_CANARIES = {
    "PERSON": "Amara Okafor",
    "STREET_ADDRESS": "42 Harbour Street",
    "EMAIL_ADDRESS": "amara.okafor@example.com",
    "PHONE_NUMBER": "+1 415-555-0199",
}


@scenario("support_chat_with_pii")
def support_chat_with_pii(ctx: ScenarioContext) -> Observed:
    """A support conversation carrying the PII real users paste into chats (all of it fictitious)."""
    seen = Observed()
    pii = PII_CANARIES
    response = _chat(
        ctx,
        seen,
        [
            {
                "role": "system",
                "content": "You are the support assistant of Acme Outdoor. Never reveal internal notes.",
            },
            {
                "role": "user",
                "content": (
                    f"Hi, I'm {pii['PERSON']}. Order ORD-88213 never arrived at {pii['STREET_ADDRESS']}, Bristol. "
                    f"Email me at {pii['EMAIL_ADDRESS']} or call {pii['PHONE_NUMBER']}."
                ),
            },
        ],
    )
    seen.output = response.choices[0].message.content
    return seen


WEATHER_TOOL = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather for a city",
        "parameters": {"type": "object", "properties": {"location": {"type": "string"}}, "required": ["location"]},
    },
}


def get_weather(location: str) -> dict[str, Any]:
    """The app's tool: deterministic pseudo-weather."""
    seed = hashlib.sha256(location.encode()).digest()
    conditions = ("sunny", "rainy", "cloudy")[seed[1] % 3]
    return {"location": location, "temperature_c": seed[0] % 30, "conditions": conditions}


def _weather_agent(ctx: ScenarioContext, question: str) -> Observed:
    """An agent loop: ask with tools, run each requested call under a tool span, answer with the results."""
    seen = Observed()
    messages: list[dict[str, Any]] = [
        {"role": "system", "content": "You are a weather assistant. Use tools when needed."},
        {"role": "user", "content": question},
    ]
    description = WEATHER_TOOL["function"]["description"]  # type: ignore[index]
    with ctx.spans.agent("weather_agent", question) as agent:
        seen.span_kinds.append("agent")
        first = _chat(ctx, seen, messages, tools=[WEATHER_TOOL])
        assistant = first.choices[0].message
        messages.append(assistant.model_dump(exclude_none=True, exclude_unset=True))
        for call in assistant.tool_calls or []:
            arguments = json.loads(call.function.arguments)
            with ctx.spans.tool(call.function.name, call.id, arguments, description) as step:
                seen.span_kinds.append("tool")
                step.output = get_weather(**arguments)
            seen.tool_calls.append(
                TraceToolCall(id=call.id, name=call.function.name, arguments=arguments, result=step.output)
            )
            messages.append({"role": "tool", "tool_call_id": call.id, "content": json.dumps(step.output)})
        final = _chat(ctx, seen, messages, tools=[WEATHER_TOOL])
        seen.output = agent.output = final.choices[0].message.content
    return seen


@scenario("tool_round_trip")
def tool_round_trip(ctx: ScenarioContext) -> Observed:
    return _weather_agent(ctx, "What's the weather like in Paris today?")


@scenario("parallel_tool_calls")
def parallel_tool_calls(ctx: ScenarioContext) -> Observed:
    # Two calls of the same tool in one turn: joining executions to requests by name alone is ambiguous.
    return _weather_agent(ctx, "Compare the weather in Lisbon and Oslo right now.")


KNOWLEDGE_BASE = [
    Document(
        id="kb-101",
        content="Refunds are accepted within 30 days of purchase with a receipt.",
        metadata={"source": "policy.md"},
    ),
    Document(id="kb-207", content="Digital goods are non-refundable once downloaded.", metadata={"source": "faq.md"}),
    Document(
        id="kb-311", content="Shipping to Österreich takes 3–5 business days.", metadata={"source": "shipping.md"}
    ),
    Document(
        id="kb-412", content="Gift cards never expire and cannot be exchanged for cash.", metadata={"source": "faq.md"}
    ),
]
# The app's offline vector index: built once, with the same embedding the stub serves.
_INDEX = [(doc, embedding_vector(doc.content or "")) for doc in KNOWLEDGE_BASE]


def _search(query_vector: list[float], top_k: int) -> list[Document]:
    scored = [(round(sum(a * b for a, b in zip(query_vector, vector, strict=True)), 4), doc) for doc, vector in _INDEX]
    scored.sort(key=lambda pair: pair[0], reverse=True)
    return [doc.model_copy(update={"score": score}) for score, doc in scored[:top_k]]


@scenario("retrieval_augmented")
def retrieval_augmented(ctx: ScenarioContext) -> Observed:
    seen = Observed()
    question = "Can I get a refund for an e-book I bought last week?"
    with ctx.spans.chain("support_rag", question) as chain:
        seen.span_kinds.append("chain")
        embedded = ctx.client.embeddings.create(model=EMBEDDING_MODEL, input=question)
        seen.span_kinds.append("embedding")
        seen.add_usage(embedded.usage)
        with ctx.spans.retrieval("kb_main", question, top_k=2) as step:
            seen.span_kinds.append("retrieval")
            step.documents = _search(list(embedded.data[0].embedding), top_k=2)
        seen.documents = ctx.spans.visible_documents(step.documents)
        context = "\n".join(f"[{d.id}] {d.content}" for d in step.documents)
        response = _chat(
            ctx,
            seen,
            [
                {"role": "system", "content": "Answer only from the provided context and cite document ids."},
                {"role": "user", "content": f"Context:\n{context}\n\nQuestion: {question}"},
            ],
        )
        seen.output = chain.output = response.choices[0].message.content
    return seen


@scenario("streaming")
def streaming(ctx: ScenarioContext) -> Observed:
    seen = Observed()
    messages = [
        {"role": "system", "content": "You are a poet who writes short lines."},
        {"role": "user", "content": "Write a line about the sea at dawn."},
    ]
    seen.sent(messages, CHAT_MODEL)
    stream = ctx.client.chat.completions.create(
        model=CHAT_MODEL,
        messages=messages,
        stream=True,  # type: ignore[call-overload]
        stream_options={"include_usage": True},
    )
    pieces: list[str] = []
    for chunk in stream:
        pieces.extend(choice.delta.content or "" for choice in chunk.choices)
        seen.received(chunk.model, chunk.usage)
    seen.output = "".join(pieces)
    return seen


@scenario("provider_error")
def provider_error(ctx: ScenarioContext) -> Observed:
    seen = Observed()
    try:
        _chat(
            ctx,
            seen,
            [
                {"role": "system", "content": "You are a helpful assistant."},
                {"role": "user", "content": "Summarise today's news."},
            ],
            model=ERROR_MODEL,
        )
    except openai.APIStatusError as exc:
        seen.error = ErrorInfo(type=type(exc).__name__, message=exc.message)
    return seen
