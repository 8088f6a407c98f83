"""redact_traces: every text field redacted, ids/timestamps/enums/model/usage kept, one scope per trace."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from redaction import Redactor
from schemas import (
    Document,
    ErrorInfo,
    Feedback,
    Message,
    NormalizedSpan,
    SpanEvent,
    ToolCallRequest,
    ToolExecution,
    TraceRecord,
    TraceToolCall,
    Usage,
)

pytestmark = pytest.mark.slow

EMAIL = "amara.okafor@example.org"
KEY = "sk-proj-Zx9QpL2mVb7RtY4nKc8WsA1dFh6JgE3u"
T0 = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)


def _trace(trace_id: str, email: str) -> TraceRecord:
    args = {"email": email, "order": "ORD-2024-118273"}
    span = NormalizedSpan(
        trace_id=trace_id,
        span_id="a" * 16,
        name="chat gpt-4o-mini",
        kind="llm",
        convention="otel_genai",
        service="support-bot",
        start_time=T0,
        model="gpt-4o-mini",
        system=f"Escalate to {email}.",
        usage=Usage(input_tokens=10, output_tokens=5),
        input_messages=[Message(role="user", content=f"I'm Amara Okafor, mail {email}")],
        output_messages=[
            Message(role="assistant", tool_calls=[ToolCallRequest(id="call_1", name="lookup", arguments=args)])
        ],
        documents=[Document(id="doc-1", content=f"Contact: {email}", score=0.9, metadata={"owner": email})],
        tool=ToolExecution(name="lookup", call_id="call_1", arguments=json.dumps(args), result={"ok": True}),
        error=ErrorInfo(type="ValueError", message=f"no order for {email}"),
        feedback=[Feedback(name="user.feedback", score=1.0, explanation=f"{email} liked it", source="event")],
        user_id=email,
        session_id="3f2c8a1e-7b4d-4e2a-9c1f-0d8e6b5a4c3b",
        attributes={"http.request.header.authorization": ["Bearer abc"], "app.note": f"cc {email}", "retries": 2},
        events=[SpanEvent(name="log", time=T0, attributes={"message": f"sent to {email}", "api_key": KEY})],
    )
    return TraceRecord(
        trace_id=trace_id,
        service="support-bot",
        start_time=T0,
        spans=[span],
        system=span.system,
        input_messages=span.input_messages,
        context_documents=span.documents,
        tool_calls=[TraceToolCall(id="call_1", name="lookup", arguments=args, result=json.dumps({"to": email}))],
        output=f"Done, {email}",
        model="gpt-4o-mini",
        usage=Usage(input_tokens=10, output_tokens=5),
        error=span.error,
        feedback=span.feedback,
        complete=True,
    )


def test_trace_fields_redacted_and_kept(redactor: Redactor) -> None:
    record = _trace("1" * 32, EMAIL)
    [out] = redactor.redact_traces([record])
    dumped = out.model_dump_json()
    assert EMAIL not in dumped and KEY not in dumped and "Amara" not in dumped and "Bearer abc" not in dumped
    span = out.spans[0]
    # kept: ids, timestamps, enums, names, model, usage, tool names, non-sensitive values
    assert (out.trace_id, span.span_id, span.kind, span.name, span.model) == (
        record.trace_id,
        "a" * 16,
        "llm",
        "chat gpt-4o-mini",
        "gpt-4o-mini",
    )
    assert span.start_time == T0 and out.usage == record.usage and span.usage == record.usage
    assert span.tool is not None and span.tool.name == "lookup" and span.tool.call_id == "call_1"
    assert span.error is not None and span.error.type == "ValueError"
    assert span.session_id == record.spans[0].session_id
    assert span.attributes["retries"] == 2
    assert out.tool_calls[0].arguments["order"] == "ORD-2024-118273"
    # the same email is the same placeholder everywhere in the trace
    assert out.output == "Done, <EMAIL_ADDRESS_1>"
    assert span.user_id == "<EMAIL_ADDRESS_1>"
    assert out.tool_calls[0].arguments["email"] == "<EMAIL_ADDRESS_1>"
    assert json.loads(span.tool.arguments)["email"] == "<EMAIL_ADDRESS_1>"
    assert span.documents[0].metadata["owner"] == "<EMAIL_ADDRESS_1>"
    assert span.events[0].attributes["api_key"].startswith("<SECRET_")
    assert span.attributes["http.request.header.authorization"][0].startswith("<SECRET_")


def test_numbering_is_per_trace(redactor: Redactor) -> None:
    first, second = redactor.redact_traces([_trace("2" * 32, "x.one@example.org"), _trace("3" * 32, EMAIL)])
    assert first.output == second.output == "Done, <EMAIL_ADDRESS_1>"


def test_input_records_are_not_modified(redactor: Redactor) -> None:
    record = _trace("4" * 32, EMAIL)
    before = record.model_dump_json()
    redactor.redact_traces([record])
    assert record.model_dump_json() == before
