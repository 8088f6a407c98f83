"""Agent traces for case-generation tests, recorded by the real OpenTelemetry SDK and encoded as an
application exports them (OTLP protobuf for Kafka, OTLP/JSON for files), plus a consumer loop with
side-topic handlers (flags) against the session's real broker.

    trace = agent_trace(question="...", error=True)      # .trace_id, .spans (ReadableSpan)
    publish_spans(broker, topic, trace.spans)             # one record per span
    write_otlp_file(path, trace.spans)
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kafka import KafkaProducer
from opentelemetry.sdk.trace import ReadableSpan, Tracer
from opentelemetry.trace import Status, StatusCode
from otlp_factory import otlp_json_bytes, record_spans, traces_request
from tracecase_sampleapp.broker import LocalBroker


@dataclass(frozen=True)
class AgentTrace:
    trace_id: str
    spans: list[ReadableSpan]
    """Finished spans, root last (end order)."""

    def without(self, name_prefix: str) -> tuple[list[ReadableSpan], list[ReadableSpan]]:
        """(spans not named ``name_prefix...``, spans that are): to send some of them late."""
        late = [s for s in self.spans if s.name.startswith(name_prefix)]
        return [s for s in self.spans if s not in late], late


def _messages(role: str, text: str) -> str:
    return json.dumps([{"role": role, "parts": [{"type": "text", "content": text}]}])


def agent_trace(
    *,
    question: str = "Where is my order 1042?",
    answer: str = "Order 1042 ships tomorrow.",
    error: bool = False,
    feedback: str | None = None,
    service: str = "shop-assistant",
    model: str = "gpt-4o-mini",
    tool: str = "track_order",
    late_note: str = "Checked the warehouse again.",
) -> AgentTrace:
    """An agent turn: root ``invoke_agent``, a chat call, a tool call, and an ``audit`` span meant to be
    sent late (it changes the trace: a second chat answer)."""

    def scenario(tracer: Tracer) -> None:
        with tracer.start_as_current_span("invoke_agent shop") as root:
            root.set_attribute("gen_ai.operation.name", "invoke_agent")
            root.set_attribute("gen_ai.agent.name", "shop")
            if feedback is not None:
                root.set_attribute("user.feedback", feedback)
            with tracer.start_as_current_span(f"chat {model}") as chat:
                chat.set_attribute("gen_ai.operation.name", "chat")
                chat.set_attribute("gen_ai.request.model", model)
                chat.set_attribute("gen_ai.provider.name", "openai")
                chat.set_attribute("gen_ai.input.messages", _messages("user", question))
                chat.set_attribute("gen_ai.output.messages", _messages("assistant", answer))
                if error:
                    chat.set_attribute("error.type", "RateLimitError")
                    chat.set_status(Status(StatusCode.ERROR, "rate limited"))
            with tracer.start_as_current_span(f"execute_tool {tool}") as call:
                call.set_attribute("gen_ai.operation.name", "execute_tool")
                call.set_attribute("gen_ai.tool.name", tool)
                call.set_attribute("gen_ai.tool.call.arguments", json.dumps({"order": 1042}))
                call.set_attribute("gen_ai.tool.call.result", "in transit")
            with tracer.start_as_current_span(f"late chat {model}") as late:
                late.set_attribute("gen_ai.operation.name", "chat")
                late.set_attribute("gen_ai.request.model", model)
                late.set_attribute("gen_ai.input.messages", _messages("user", question))
                late.set_attribute("gen_ai.output.messages", _messages("assistant", f"{answer} {late_note}"))

    spans = record_spans(scenario, resource={"service.name": service})
    return AgentTrace(format(spans[0].context.trace_id, "032x"), spans)


def span_records(spans: Sequence[ReadableSpan]) -> list[bytes]:
    """One OTLP protobuf record per span."""
    return [traces_request([span]).SerializeToString() for span in spans]


def publish(broker: LocalBroker, topic: str, values: Sequence[bytes]) -> None:
    producer = KafkaProducer(bootstrap_servers=broker.bootstrap, acks="all")
    for value in values:
        producer.send(topic, value=value, partition=0)
    producer.flush()
    producer.close()


def flag_record(trace_id: str, ticket_id: str, note: str | None = None, by: str = "desk") -> bytes:
    return json.dumps({"trace_id": trace_id, "ticket_id": ticket_id, "note": note, "by": by}).encode()


def write_otlp_file(path: Path, spans: Sequence[ReadableSpan]) -> Path:
    path.write_bytes(otlp_json_bytes(traces_request(list(spans))))
    return path
