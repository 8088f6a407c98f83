"""Realistic OTLP payloads for the ingest benchmark.

Chat spans shaped like what ``opentelemetry-instrumentation-openai-v2`` (latest GenAI conventions) and
OpenInference emit, carrying 0.5-8 KB of message JSON, encoded with the real OTLP encoder into
batches of 1-512 spans. The ``agentic`` mix adds tool-call history, tool executions and retrievals.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterator

from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import ReadableSpan, TracerProvider
from opentelemetry.sdk.trace.export import SimpleSpanProcessor
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter
from opentelemetry.trace import SpanKind

WORDS = (
    "the",
    "order",
    "shipped",
    "yesterday",
    "refund",
    "policy",
    "invoice",
    "customer",
    "account",
    "support",
    "ticket",
    "warehouse",
    "delivery",
    "estimate",
    "please",
    "confirm",
    "update",
    "address",
    "weather",
    "paris",
    "capital",
    "france",
    "summary",
    "report",
)


def _text(rng: random.Random, size: int) -> str:
    words: list[str] = []
    length = 0
    while length < size:
        word = rng.choice(WORDS)
        words.append(word)
        length += len(word) + 1
    return " ".join(words)


def _otel_chat(rng: random.Random, size: int) -> tuple[str, dict[str, object]]:
    turns = max(1, size // 600)
    messages = [{"role": "system", "parts": [{"type": "text", "content": _text(rng, 200)}]}]
    for _ in range(turns):
        messages.append({"role": "user", "parts": [{"type": "text", "content": _text(rng, 250)}]})
        messages.append({"role": "assistant", "parts": [{"type": "text", "content": _text(rng, 250)}]})
    messages.pop()
    output = [{"role": "assistant", "parts": [{"type": "text", "content": _text(rng, 200)}], "finish_reason": "stop"}]
    return "chat gpt-4o-mini", {
        "gen_ai.operation.name": "chat",
        "gen_ai.provider.name": "openai",
        "gen_ai.request.model": "gpt-4o-mini",
        "gen_ai.request.temperature": 0.2,
        "gen_ai.response.model": "gpt-4o-mini-2024-07-18",
        "gen_ai.response.id": f"chatcmpl-{rng.getrandbits(64):x}",
        "gen_ai.response.finish_reasons": ("stop",),
        "gen_ai.usage.input_tokens": rng.randint(20, 2000),
        "gen_ai.usage.output_tokens": rng.randint(5, 500),
        "gen_ai.input.messages": json.dumps(messages),
        "gen_ai.output.messages": json.dumps(output),
        "server.address": "api.openai.com",
    }


def _openinference_chat(rng: random.Random, size: int) -> tuple[str, dict[str, object]]:
    turns = max(1, size // 600)
    attrs: dict[str, object] = {
        "openinference.span.kind": "LLM",
        "llm.model_name": "gpt-4o-mini-2024-07-18",
        "llm.provider": "openai",
        "llm.system": "openai",
        "llm.token_count.prompt": rng.randint(20, 2000),
        "llm.token_count.completion": rng.randint(5, 500),
        "llm.token_count.total": rng.randint(25, 2500),
        "llm.invocation_parameters": json.dumps({"model": "gpt-4o-mini", "temperature": 0.2}),
        "input.mime_type": "application/json",
        "output.mime_type": "application/json",
        "llm.input_messages.0.message.role": "system",
        "llm.input_messages.0.message.content": _text(rng, 200),
    }
    index = 1
    messages: list[dict[str, str]] = []
    for _ in range(turns):
        for role in ("user", "assistant"):
            content = _text(rng, 250)
            attrs[f"llm.input_messages.{index}.message.role"] = role
            attrs[f"llm.input_messages.{index}.message.content"] = content
            messages.append({"role": role, "content": content})
            index += 1
    answer = _text(rng, 200)
    attrs["llm.output_messages.0.message.role"] = "assistant"
    attrs["llm.output_messages.0.message.content"] = answer
    attrs["input.value"] = json.dumps({"messages": messages, "model": "gpt-4o-mini"})
    attrs["output.value"] = json.dumps({"choices": [{"message": {"role": "assistant", "content": answer}}]})
    return "ChatCompletion", attrs


def _otel_chat_with_tools(rng: random.Random, size: int) -> tuple[str, dict[str, object]]:
    """A chat call whose history holds tool calls and their responses (agent loops look like this)."""
    name, attrs = _otel_chat(rng, size)
    messages = json.loads(str(attrs["gen_ai.input.messages"]))
    call_id = f"call_{rng.getrandbits(48):x}"
    messages[1:1] = [
        {
            "role": "assistant",
            "parts": [
                {
                    "type": "tool_call",
                    "id": call_id,
                    "name": "lookup_order",
                    "arguments": {"order_id": rng.randint(1, 10**6), "verbose": False},
                }
            ],
        },
        {
            "role": "tool",
            "parts": [
                {
                    "type": "tool_call_response",
                    "id": call_id,
                    "response": {"status": "shipped", "notes": _text(rng, 300)},
                }
            ],
        },
    ]
    attrs["gen_ai.input.messages"] = json.dumps(messages)
    return name, attrs


def _otel_tool(rng: random.Random, size: int) -> tuple[str, dict[str, object]]:
    return "execute_tool lookup_order", {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": "lookup_order",
        "gen_ai.tool.call.id": f"call_{rng.getrandbits(48):x}",
        "gen_ai.tool.call.arguments": json.dumps({"order_id": rng.randint(1, 10**6), "fields": ["status", "eta"]}),
        "gen_ai.tool.call.result": json.dumps({"status": "shipped", "history": [_text(rng, 200) for _ in range(3)]}),
    }


def _openinference_retriever(rng: random.Random, size: int) -> tuple[str, dict[str, object]]:
    attrs: dict[str, object] = {"openinference.span.kind": "RETRIEVER", "input.value": _text(rng, 80)}
    for i in range(max(1, size // 1000)):
        prefix = f"retrieval.documents.{i}.document."
        attrs[prefix + "id"] = f"doc-{rng.getrandbits(32):x}"
        attrs[prefix + "content"] = _text(rng, 800)
        attrs[prefix + "score"] = rng.random()
        attrs[prefix + "metadata"] = json.dumps({"source": "kb", "page": rng.randint(1, 90)})
    return "retrieve", attrs


_SHAPES = (_otel_chat, _openinference_chat)
# The "agentic" mix: chat calls with tool history, tool executions and retrievals besides plain chat.
_AGENTIC_SHAPES = (_otel_chat, _openinference_chat, _otel_chat_with_tools, _otel_tool, _openinference_retriever)
MIXES = {"chat": _SHAPES, "agentic": _AGENTIC_SHAPES}


def make_spans(count: int, seed: int, mix: str = "chat") -> list[ReadableSpan]:
    """``count`` finished SDK spans: calls of 0.5-8 KB content under agent roots (``mix``: see MIXES)."""
    shapes = MIXES[mix]
    rng = random.Random(seed)
    exporter = InMemorySpanExporter()
    provider = TracerProvider(resource=Resource.create({"service.name": "support-bot"}))
    provider.add_span_processor(SimpleSpanProcessor(exporter))
    tracer = provider.get_tracer("bench.tracecase", "1.0")
    while len(exporter.get_finished_spans()) < count:
        with tracer.start_as_current_span("invoke_agent support", kind=SpanKind.INTERNAL) as root:
            root.set_attribute("gen_ai.operation.name", "invoke_agent")
            for _ in range(rng.randint(1, 4)):
                name, attrs = rng.choice(shapes)(rng, rng.randint(500, 8000))
                with tracer.start_as_current_span(name, kind=SpanKind.CLIENT, attributes=attrs):  # type: ignore[arg-type]
                    pass
    provider.shutdown()
    return list(exporter.get_finished_spans())[:count]


def make_batches(spans: list[ReadableSpan], batch_size: int) -> Iterator[bytes]:
    """Serialized ``ExportTraceServiceRequest`` messages, as the collector's Kafka exporter writes them."""
    for start in range(0, len(spans), batch_size):
        yield encode_spans(spans[start : start + batch_size]).SerializeToString()
