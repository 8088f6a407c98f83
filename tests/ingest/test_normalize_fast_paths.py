"""The hot-path shortcuts give exactly what the general code gives, or step aside.

Each fast path (OTel text messages, OpenInference role+content messages, key families) is checked
against the general implementation it short-circuits, over the shapes real emitters produce and
the near-misses that must fall through to the general path.
"""

from __future__ import annotations

from typing import Any

import pytest
from rawspan_factory import raw_span

from ingest.normalize._context import SpanContext
from ingest.normalize._keys import family_of, root_of
from ingest.normalize._messages import _general_message, messages_from_list, split_system
from ingest.normalize.adapters.openinference import _message, _plain_messages


def _text(role: Any, *texts: Any, **extra: Any) -> dict[str, Any]:
    return {"role": role, "parts": [{"type": "text", "content": t} for t in texts], **extra}


@pytest.mark.parametrize(
    "item",
    [
        _text("user", "hello"),
        _text("assistant", ""),
        _text("user", "a", "b"),
        _text("", "no role"),
        _text(None, "null role"),
        _text(7, "numeric role"),
        _text("assistant", "done", finish_reason="stop"),
        _text("user", 42),
        {"role": "user", "parts": [{"type": "image", "uri": "x"}]},
        {"role": "user", "parts": [{"type": "text", "content": "hi", "extra": 1}]},
        {"role": "user", "parts": ["bare string part"]},
        {"role": "user", "parts": []},
        {"role": "user", "content": "plain"},
        {"role": "user", "content": '[{"type": "text", "text": "json parts"}]'},
        {"role": "assistant", "parts": [{"type": "tool_call", "id": "c1", "name": "f", "arguments": {"a": 1}}]},
        {"role": "tool", "parts": [{"type": "tool_call_response", "id": "c1", "response": "ok"}]},
        {"parts": [{"type": "text", "content": "no role key"}], "name": "x"},
    ],
)
@pytest.mark.parametrize("default_role", ["user", "assistant"])
def test_message_list_fast_path_matches_the_general_builder(item: dict[str, Any], default_role: str) -> None:
    assert messages_from_list([item], default_role) == _general_message(item, default_role)


@pytest.mark.parametrize(
    "messages",
    [
        [{"role": "user", "content": "q"}],
        [{"role": "system", "content": "s"}, {"role": "user", "content": "q"}],
        [{"role": "user", "content": "q"}, {"role": "developer", "content": "d"}, {"role": "system"}],
        [{"role": "system", "content": "a"}, {"role": "system", "content": "b"}],
    ],
)
def test_split_system_keeps_order_and_joins_texts(messages: list[dict[str, Any]]) -> None:
    system_texts = [m["content"] for m in messages if m["role"] in ("system", "developer") and m.get("content")]
    assert split_system(messages) == (
        "\n".join(system_texts) or None,
        [m for m in messages if m["role"] not in ("system", "developer")],
    )


def _flattened(prefix: str, rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {f"{prefix}{i}.{key}": value for i, row in enumerate(rows) for key, value in row.items()}


PREFIX = "llm.input_messages."


@pytest.mark.parametrize(
    ("rows", "fast"),
    [
        ([{"message.role": "system", "message.content": "s"}, {"message.role": "user", "message.content": "q"}], True),
        ([{"message.role": "user", "message.content": ""}], True),
        ([{"message.role": "user"}], True),
        ([{"message.content": "no role"}], True),
        ([{"message.role": 3, "message.content": "numeric role"}], True),
        ([{"message.role": "user", "message.content": '[{"type": "text", "text": "parts"}]'}], False),
        ([{"message.role": "user", "message.content": 5}], False),
        # Even key counts try the all-complete shortcut first; near-misses fall through to the loop.
        ([{"message.role": "user", "message.content": "a"}, {"message.role": "model", "message.content": ""}], True),
        ([{"message.role": "user"}, {"message.content": "no role"}], True),
        ([{"message.role": "user", "message.content": "a"}, {"message.role": "", "message.content": "b"}], True),
        ([{"message.role": "user", "message.content": "a"}, {"message.role": "user", "message.content": "[1]"}], False),
        ([{"message.role": "assistant", "message.tool_calls.0.tool_call.function.name": "f"}], False),
        ([{"message.role": "user", "message.content": "a", "message.name": "bob"}], False),
    ],
)
def test_openinference_plain_path_matches_the_general_path(rows: list[dict[str, Any]], fast: bool) -> None:
    def context() -> SpanContext:
        return SpanContext.of(raw_span({"openinference.span.kind": "LLM", **_flattened(PREFIX, rows)}), ())

    general_ctx = context()
    general = [m for row in general_ctx.indexed(PREFIX) for m in _message(row, "user")]
    plain_ctx = context()
    plain = _plain_messages(plain_ctx, PREFIX, "user")
    if not fast:
        assert plain is None and not plain_ctx.consumed  # stepped aside without side effects
        return
    assert plain == general
    assert plain_ctx.consumed == general_ctx.consumed


def test_openinference_plain_path_steps_aside_on_an_index_gap() -> None:
    attributes = {f"{PREFIX}0.message.role": "user", f"{PREFIX}2.message.role": "user"}
    assert _plain_messages(SpanContext.of(raw_span(attributes), ()), PREFIX, "user") is None


@pytest.mark.parametrize(
    ("key", "family", "root"),
    [
        ("gen_ai.request.model", "gen_ai", "gen_ai"),
        ("llm.input_messages.0.message.role", "llm.input_messages.", "llm"),
        ("llm.input_messages.x", "llm.input_messages.", "llm"),
        ("llm.model_name", "llm", "llm"),
        ("annotations.1.annotation.name", "annotations.", "annotations"),
        ("trace.annotations.0.annotation.name", "trace.annotations.", "trace"),
        ("gen_ai.prompt.0.content", "gen_ai.prompt.", "gen_ai"),
        ("gen_ai.prompt", "gen_ai", "gen_ai"),
        ("input", "input", "input"),
        ("", "", ""),
    ],
)
def test_key_families(key: str, family: str, root: str) -> None:
    assert (family_of(key), root_of(family_of(key))) == (family, root)
    ctx = SpanContext.of(raw_span({key: "v", "other.key": 1}), ())
    assert ctx.family_size(family) == 1 and root in ctx.roots
