"""redact_spans: each span comes with its record of what was replaced, by field path and entity type."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from redaction import REDACTION_FAILED, Redactor
from schemas import ErrorInfo, Message, NormalizedSpan, ToolExecution

pytestmark = pytest.mark.slow

EMAIL = "amara.okafor@example.org"
KEY = "sk-proj-Zx9QpL2mVb7RtY4nKc8WsA1dFh6JgE3u"


def _span(**fields: object) -> NormalizedSpan:
    base: dict[str, object] = {
        "trace_id": "7" * 32,
        "span_id": "b" * 16,
        "name": "chat gpt-4o-mini",
        "kind": "llm",
        "convention": "otel_genai",
        "service": "support-bot",
        "start_time": datetime(2026, 1, 2, tzinfo=UTC),
        "model": "gpt-4o-mini",
    }
    return NormalizedSpan.model_validate(base | fields)


def test_record_counts_replacements_per_field_and_type(redactor: Redactor) -> None:
    span = _span(
        input_messages=[
            Message(role="user", content=f"Mail {EMAIL} or the backup {EMAIL}"),
            Message(role="user", content="Call +1 415 555 2671 please"),
        ],
        tool=ToolExecution(name="crm", call_id="c1", arguments=json.dumps({"email": EMAIL}), result={"ok": True}),
        error=ErrorInfo(type="AuthError", message=f"key {KEY} rejected"),
        attributes={"app.note": f"cc {EMAIL}", "retries": 2},
    )
    [(clean, record)] = redactor.redact_spans([span])
    assert EMAIL not in clean.model_dump_json() and KEY not in clean.model_dump_json()
    assert record.policy_version == redactor.policy_version
    assert record.fields["input_messages"] == {"EMAIL_ADDRESS": 2, "PHONE_NUMBER": 1}
    assert record.fields["tool.arguments"] == {"EMAIL_ADDRESS": 1}
    assert record.fields["attributes.app.note"] == {"EMAIL_ADDRESS": 1}
    assert record.fields["error.message"] == {"API_KEY": 1}
    assert "tool.result" not in record.fields and "attributes.retries" not in record.fields
    assert EMAIL not in record.model_dump_json()


def test_nothing_replaced_gives_an_empty_record_and_placeholders_already_there_are_not_counted(
    redactor: Redactor,
) -> None:
    span = _span(input_messages=[Message(role="user", content="What does <PERSON_1> mean in my export?")])
    [(clean, record)] = redactor.redact_spans([span])
    assert clean == span and record.fields == {}


def test_a_value_dropped_by_failure_is_counted(redactor: Redactor, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("boom")

    monkeypatch.setattr(redactor, "_replace", broken)
    [(clean, record)] = redactor.redact_spans([_span(system=f"Escalate to {EMAIL}")])
    assert clean.system == REDACTION_FAILED and record.fields == {"system": {"REDACTION_FAILED": 1}}
