"""Many small agent traces as OTLP protobuf records, for load and crash tests.

Each trace: an ``invoke_agent`` root, a chat call that asks for a tool, the tool execution, and a
second chat call with the answer (OTel GenAI v1.37+ attributes), plus a retrieval span. By default
texts come from a small pool, so redaction mostly hits its cache and tests measure the pipeline,
not NER; ``texts`` gives every trace texts of its own (benchmarks: ``faker_texts``).
Records are batches of spans from many traces (the collector's default, no key) or one trace per
record keyed by its hex trace id (``partition_traces_by_id``).
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable
from dataclasses import dataclass

from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue
from opentelemetry.proto.trace.v1.trace_pb2 import Span

SPANS_PER_TRACE = 5
QUESTIONS = [f"Where is order {n}? I ordered it last week." for n in range(40)]
ANSWERS = [f"Order {n} left our warehouse and arrives in {n % 5 + 1} days." for n in range(40)]
T0 = 1_764_000_000_000_000_000


@dataclass(frozen=True)
class Record:
    key: bytes | None
    value: bytes
    trace_ids: tuple[str, ...]


def _attrs(values: dict[str, object]) -> list[KeyValue]:
    out = []
    for key, value in values.items():
        any_value = AnyValue(int_value=value) if isinstance(value, int) else AnyValue(string_value=str(value))
        out.append(KeyValue(key=key, value=any_value))
    return out


def _messages(role: str, text: str) -> str:
    return json.dumps([{"role": role, "parts": [{"type": "text", "content": text}]}])


Texts = Callable[[int], tuple[str, str]]
"""Trace number -> (user question, answer)."""


def pooled_texts(n: int) -> tuple[str, str]:
    return QUESTIONS[n % len(QUESTIONS)], ANSWERS[n % len(ANSWERS)]


def faker_texts(seed: int) -> Texts:
    """Texts of their own per trace, some holding PII (names, e-mails, phones), as support chats do."""
    from faker import Faker

    fake = Faker(["en_US", "en_GB"])
    fake.seed_instance(seed)

    def texts(n: int) -> tuple[str, str]:
        if n % 3 == 0:
            question = (
                f"Hi, I'm {fake.name()} ({fake.email()}). {fake.sentence(nb_words=12)} Call {fake.phone_number()}."
            )
        else:
            question = f"{fake.sentence(nb_words=10)} {fake.sentence(nb_words=14)}"
        return question, f"{fake.paragraph(nb_sentences=3)} Reference {fake.bothify('ORD-#####')}."

    return texts


def trace_spans(n: int, service: str = "shop-assistant", texts: Texts = pooled_texts) -> tuple[str, list[Span]]:
    trace_id = f"{n + 1:032x}"
    base = T0 + n * 10_000_000
    ids = [f"{n * 8 + k + 1:016x}" for k in range(SPANS_PER_TRACE)]
    question, answer = texts(n)
    call = json.dumps(
        [
            {
                "role": "assistant",
                "parts": [
                    {"type": "tool_call", "id": f"call_{n}", "name": "track_order", "arguments": {"order": n % 40}}
                ],
            }
        ]
    )
    specs: list[tuple[str, str | None, str, int, int, dict[str, object]]] = [
        (
            ids[0],
            None,
            "invoke_agent shop",
            0,
            9,
            {"gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "shop"},
        ),
        (
            ids[1],
            ids[0],
            "retrieval kb",
            1,
            2,
            {"gen_ai.operation.name": "retrieval", "gen_ai.retrieval.query.text": question},
        ),
        (
            ids[2],
            ids[0],
            "chat gpt-4o-mini",
            2,
            4,
            {
                "gen_ai.operation.name": "chat",
                "gen_ai.request.model": "gpt-4o-mini",
                "gen_ai.provider.name": "openai",
                "gen_ai.input.messages": _messages("user", question),
                "gen_ai.output.messages": call,
                "gen_ai.usage.input_tokens": 40,
                "gen_ai.usage.output_tokens": 12,
            },
        ),
        (
            ids[3],
            ids[0],
            "execute_tool track_order",
            4,
            5,
            {
                "gen_ai.operation.name": "execute_tool",
                "gen_ai.tool.name": "track_order",
                "gen_ai.tool.call.id": f"call_{n}",
                "gen_ai.tool.call.arguments": json.dumps({"order": n % 40}),
                "gen_ai.tool.call.result": answer,
            },
        ),
        (
            ids[4],
            ids[0],
            "chat gpt-4o-mini",
            5,
            8,
            {
                "gen_ai.operation.name": "chat",
                "gen_ai.request.model": "gpt-4o-mini",
                "gen_ai.provider.name": "openai",
                "gen_ai.input.messages": _messages("user", question),
                "gen_ai.output.messages": _messages("assistant", answer),
                "gen_ai.usage.input_tokens": 60,
                "gen_ai.usage.output_tokens": 20,
            },
        ),
    ]
    spans = []
    for span_id, parent, name, start, end, attributes in specs:
        spans.append(
            Span(
                trace_id=bytes.fromhex(trace_id),
                span_id=bytes.fromhex(span_id),
                parent_span_id=bytes.fromhex(parent) if parent else b"",
                name=name,
                kind=Span.SPAN_KIND_CLIENT,
                start_time_unix_nano=base + start * 1_000_000,
                end_time_unix_nano=base + end * 1_000_000,
                attributes=_attrs(attributes),
            )
        )
    return trace_id, spans


def _request(spans: list[Span], service: str) -> bytes:
    request = ExportTraceServiceRequest()
    group = request.resource_spans.add()
    group.resource.attributes.extend(_attrs({"service.name": service}))
    scope = group.scope_spans.add()
    scope.scope.name = "tests.synthetic"
    scope.spans.extend(spans)
    return request.SerializeToString()


def synthetic_records(
    traces: int, *, keyed: bool, seed: int = 0, batch: int = 50, texts: Texts = pooled_texts
) -> list[Record]:
    """Records holding ``traces * SPANS_PER_TRACE`` spans; unkeyed batches mix shuffled spans of many traces."""
    rng = random.Random(seed)  # noqa: S311 - shuffling test traffic, not cryptography
    all_spans = [
        (trace_id, span) for n in range(traces) for trace_id, spans in [trace_spans(n, texts=texts)] for span in spans
    ]
    if keyed:
        by_trace: dict[str, list[Span]] = {}
        for trace_id, span in all_spans:
            by_trace.setdefault(trace_id, []).append(span)
        return [Record(t.encode(), _request(s, "shop-assistant"), (t,)) for t, s in by_trace.items()]
    # Shuffle within a sliding window: spans of one trace stay near each other, as in real export batches.
    window = batch * 4
    for start in range(0, len(all_spans), window):
        chunk = all_spans[start : start + window]
        rng.shuffle(chunk)
        all_spans[start : start + window] = chunk
    records = []
    for start in range(0, len(all_spans), batch):
        chunk = all_spans[start : start + batch]
        records.append(
            Record(None, _request([s for _, s in chunk], "shop-assistant"), tuple(sorted({t for t, _ in chunk})))
        )
    return records
