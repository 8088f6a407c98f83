"""Trace assembly: order, duplicates, late logs, missing parents, tool-call joins, trace-level fields."""

from __future__ import annotations

import random

import orjson
import pytest
from rawspan_factory import T0, TRACE_ID, log, raw_span

from ingest.assemble import TraceAssembler, build_trace
from ingest.normalize import normalize_span
from ingest.records import STATUS_ERROR, DecodedBatch, RawSpan
from schemas import RequiredFieldPolicy, TraceToolCall

MS = 1_000_000


def _chat(
    span: str,
    parent: str,
    start: int,
    inputs: list[dict],
    outputs: list[dict],
    *,
    model: str = "gpt-4o-mini-2024-07-18",
    usage: tuple[int, int] = (10, 5),
) -> RawSpan:
    return raw_span(
        {
            "gen_ai.operation.name": "chat",
            "gen_ai.provider.name": "openai",
            "gen_ai.request.model": "gpt-4o-mini",
            "gen_ai.response.model": model,
            "gen_ai.usage.input_tokens": usage[0],
            "gen_ai.usage.output_tokens": usage[1],
            "gen_ai.input.messages": orjson.dumps(inputs).decode(),
            "gen_ai.output.messages": orjson.dumps(outputs).decode(),
        },
        name="chat gpt-4o-mini",
        span=span,
        parent=parent,
        start=start,
    )


def _text(role: str, text: str) -> dict:
    return {"role": role, "parts": [{"type": "text", "content": text}]}


def _call(call_id: str | None, name: str, arguments: object) -> dict:
    return {"role": "assistant", "parts": [{"type": "tool_call", "id": call_id, "name": name, "arguments": arguments}]}


def _tool(span: str, parent: str, start: int, name: str, call_id: str | None, arguments: str, result: str) -> RawSpan:
    attributes = {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": name,
        "gen_ai.tool.call.arguments": arguments,
        "gen_ai.tool.call.result": result,
    }
    if call_id:
        attributes["gen_ai.tool.call.id"] = call_id
    return raw_span(attributes, name=f"execute_tool {name}", span=span, parent=parent, start=start)


ROOT = "00000000000000a0"


def _agent_trace() -> list[RawSpan]:
    """agent -> chat (asks for 2 tools) -> 2 tool spans -> chat (final answer)."""
    system, user = _text("system", "You are a weather bot."), _text("user", "Weather in Paris and Oslo?")
    first = [
        _call("call_p", "get_weather", {"location": "Paris"}),
        _call("call_o", "get_weather", {"location": "Oslo"}),
    ]
    history = [
        system,
        user,
        *first,
        {"role": "tool", "parts": [{"type": "tool_call_response", "id": "call_p", "response": "14C"}]},
        {"role": "tool", "parts": [{"type": "tool_call_response", "id": "call_o", "response": "2C"}]},
    ]
    return [
        raw_span(
            {
                "gen_ai.operation.name": "invoke_agent",
                "gen_ai.agent.name": "weather",
                "gen_ai.usage.input_tokens": 999,
                "gen_ai.usage.output_tokens": 999,
            },
            name="invoke_agent weather",
            span=ROOT,
            start=T0,
        ),
        _chat("00000000000000a1", ROOT, T0 + 1 * MS, [system, user], first, usage=(30, 14)),
        _tool(
            "00000000000000a2",
            "00000000000000a0",
            T0 + 2 * MS,
            "get_weather",
            "call_p",
            '{"location":"Paris"}',
            '{"t":14}',
        ),
        _tool(
            "00000000000000a3",
            "00000000000000a0",
            T0 + 3 * MS,
            "get_weather",
            "call_o",
            '{"location":"Oslo"}',
            '{"t":2}',
        ),
        _chat(
            "00000000000000a4",
            ROOT,
            T0 + 4 * MS,
            history,
            [_text("assistant", "Paris 14C, Oslo 2C.")],
            model="gpt-4o-mini-2024-07-18-final",
            usage=(59, 28),
        ),
    ]


def test_agent_trace_fields() -> None:
    record = build_trace([normalize_span(s) for s in _agent_trace()])
    assert record.trace_id == TRACE_ID and record.complete
    assert record.service == "shop-assistant"
    assert record.system == "You are a weather bot."
    assert [(m.role, m.content) for m in record.input_messages] == [("user", "Weather in Paris and Oslo?")]
    assert record.tool_calls == [
        TraceToolCall(id="call_p", name="get_weather", arguments={"location": "Paris"}, result={"t": 14}),
        TraceToolCall(id="call_o", name="get_weather", arguments={"location": "Oslo"}, result={"t": 2}),
    ]
    assert record.output == "Paris 14C, Oslo 2C."
    assert record.model == "gpt-4o-mini-2024-07-18-final"
    assert record.usage is not None
    # the agent span's 999s are not added: usage is summed over LLM calls only
    assert (record.usage.input_tokens, record.usage.output_tokens, record.usage.total_tokens) == (89, 42, 131)
    assert [s.span_id for s in record.spans] == [s.span_id for s in _agent_trace()]
    assert record.error is None and record.violations == []


@pytest.mark.parametrize("seed", range(5))
def test_shuffled_and_duplicated_batches_give_the_same_record(seed: int) -> None:
    spans = _agent_trace()
    expected = build_trace([normalize_span(s) for s in spans])
    shuffled = spans + spans[:2]  # re-delivered batch
    random.Random(seed).shuffle(shuffled)
    assembler = TraceAssembler()
    for span in shuffled:
        assembler.add(DecodedBatch(spans=[span]))
    assert assembler.build_all() == [expected]


def test_logs_arriving_before_their_span_are_joined_once() -> None:
    raw = raw_span(
        {"gen_ai.operation.name": "chat", "gen_ai.system": "openai", "gen_ai.request.model": "m"},
        span="00000000000000b1",
    )
    logs = [
        log("gen_ai.user.message", {"content": "hi"}, of=raw, time=T0),
        log(
            "gen_ai.choice", {"index": 0, "finish_reason": "stop", "message": {"content": "hello"}}, of=raw, time=T0 + 1
        ),
    ]
    assembler = TraceAssembler()
    assembler.add(DecodedBatch(logs=logs))
    assert assembler.trace_ids() == []  # logs alone are not a trace
    assembler.add(DecodedBatch(spans=[raw], logs=logs))  # span arrives; logs re-delivered
    (record,) = assembler.build_all()
    assert [m.content for m in record.input_messages] == ["hi"]
    assert record.output == "hello"


def test_unjoinable_logs_are_counted() -> None:
    assembler = TraceAssembler()
    assembler.add(DecodedBatch(logs=[log("gen_ai.user.message", {"content": "x"}, trace_id=None, span=None)]))
    assert assembler.unjoined_logs == 1


def test_span_less_evaluation_results_join_by_response_id_else_root() -> None:
    spans = _agent_trace()
    spans[4].attributes["gen_ai.response.id"] = "chatcmpl-final"

    def evaluation(name: str, **extra: object) -> object:
        return log("gen_ai.evaluation.result", attributes={"gen_ai.evaluation.name": name, **extra}, span=None)

    assembler = TraceAssembler()
    assembler.add(
        DecodedBatch(
            spans=spans,
            logs=[evaluation("Relevance", **{"gen_ai.response.id": "chatcmpl-final"}), evaluation("Helpfulness")],
        )
    )
    (record,) = assembler.build_all()
    assert [(f.name, f.span_id) for f in record.feedback] == [("Helpfulness", ROOT), ("Relevance", "00000000000000a4")]


def test_log_records_differing_only_in_attributes_are_both_kept() -> None:
    raw = raw_span({"gen_ai.operation.name": "chat"})
    logs = [
        log("gen_ai.evaluation.result", attributes={"gen_ai.evaluation.name": "A"}, of=raw),
        log("gen_ai.evaluation.result", attributes={"gen_ai.evaluation.name": "B"}, of=raw),
    ]
    assembler = TraceAssembler()
    assembler.add(DecodedBatch(spans=[raw], logs=logs + logs))
    (record,) = assembler.build_all()
    assert [f.name for f in record.feedback] == ["A", "B"]


def test_missing_parent_and_several_roots_make_a_trace_incomplete() -> None:
    spans = _agent_trace()
    orphaned = [s for s in spans if s.span_id != ROOT]
    assert not build_trace([normalize_span(s) for s in orphaned]).complete
    second_root = raw_span(span="00000000000000c0", start=T0 + 9 * MS)
    assert not build_trace([normalize_span(s) for s in [*spans, second_root]]).complete


def test_tool_join_falls_back_to_name_and_order_without_ids() -> None:
    system, user = _text("system", "s"), _text("user", "u")
    spans = [
        _chat(
            "00000000000000d1",
            None,
            T0,
            [system, user],
            [_call(None, "search", '{"q": "a"}'), _call(None, "search", '{"q": "b"}')],
        ),
        _tool("00000000000000d2", "00000000000000d1", T0 + MS, "search", None, '{"q":"a"}', "A"),
        _tool("00000000000000d3", "00000000000000d1", T0 + 2 * MS, "search", None, '{"q":"b"}', "B"),
    ]
    record = build_trace([normalize_span(s) for s in spans])
    assert [(c.arguments, c.result) for c in record.tool_calls] == [({"q": "a"}, "A"), ({"q": "b"}, "B")]


def test_tool_result_from_tool_message_when_no_tool_span() -> None:
    first = _call("call_1", "lookup", '{"sku": 7}')
    history = [
        _text("user", "u"),
        first,
        {"role": "tool", "parts": [{"type": "tool_call_response", "id": "call_1", "response": '{"stock": 3}'}]},
    ]
    spans = [
        _chat("00000000000000e1", None, T0, [_text("user", "u")], [first]),
        _chat("00000000000000e2", None, T0 + MS, history, [_text("assistant", "3 left")]),
    ]
    record = build_trace([normalize_span(s) for s in spans])
    assert record.tool_calls == [TraceToolCall(id="call_1", name="lookup", arguments={"sku": 7}, result={"stock": 3})]


def test_unrequested_tool_execution_stands_alone_in_order() -> None:
    spans = [
        _tool("00000000000000f1", None, T0, "warmup", "call_x", '{"a":1}', "ok"),
        _chat("00000000000000f2", "00000000000000f1", T0 + MS, [_text("user", "u")], [_text("assistant", "done")]),
    ]
    record = build_trace([normalize_span(s) for s in spans])
    assert record.tool_calls == [TraceToolCall(id="call_x", name="warmup", arguments={"a": 1}, result="ok")]


def test_context_documents_in_order_deduplicated_by_id() -> None:
    def retrieval(span: str, start: int, docs: list[dict]) -> RawSpan:
        return raw_span(
            {"gen_ai.operation.name": "retrieval", "gen_ai.retrieval.documents": orjson.dumps(docs).decode()},
            span=span,
            start=start,
        )

    spans = [
        retrieval("0000000000000011", T0, [{"id": "kb-1", "score": 0.5}, {"id": "kb-2", "score": 0.4}]),
        retrieval("0000000000000012", T0 + MS, [{"id": "kb-1", "score": 0.9}, {"id": "kb-3", "score": 0.3}]),
    ]
    record = build_trace([normalize_span(s) for s in spans])
    assert [(d.id, d.score) for d in record.context_documents] == [("kb-1", 0.9), ("kb-2", 0.4), ("kb-3", 0.3)]


def test_first_error_feedback_and_policy_violations() -> None:
    failing = raw_span(
        {"gen_ai.operation.name": "chat", "error.type": "RateLimitError"},
        span="0000000000000021",
        status_code=STATUS_ERROR,
        status_message="429",
        start=T0 + MS,
    )
    later = raw_span({"error.type": "Timeout"}, span="0000000000000022", status_code=STATUS_ERROR, start=T0 + 2 * MS)
    rated = raw_span({"user.feedback": "thumbs_down"}, span="0000000000000020", start=T0)
    record = build_trace([normalize_span(s) for s in (later, failing, rated)])
    assert record.error is not None and (record.error.type, record.error.message) == ("RateLimitError", "429")
    assert [f.label for f in record.feedback] == ["thumbs_down"]
    # default policy: the failed llm span lacks model, messages and usage
    assert {(v.span_id, v.field) for v in record.violations} >= {
        ("0000000000000021", "model"),
        ("0000000000000021", "input_messages"),
    }
    custom = build_trace(
        [normalize_span(failing)], RequiredFieldPolicy.from_mapping({"required": {"llm": ["provider"]}})
    )
    assert [(v.field, v.problem) for v in custom.violations] == [("provider", "missing")]


def test_build_trace_needs_spans() -> None:
    with pytest.raises(ValueError, match="at least one span"):
        build_trace([])


def test_pop_forgets_the_trace() -> None:
    assembler = TraceAssembler()
    assembler.add(DecodedBatch(spans=_agent_trace()))
    assert assembler.pop(TRACE_ID).trace_id == TRACE_ID
    assert assembler.trace_ids() == []


def test_a_trace_growing_between_builds_ends_as_one_build_of_all_its_spans() -> None:
    spans = _agent_trace()
    assembler = TraceAssembler()
    assembler.add(DecodedBatch(spans=spans[:3]))
    first = assembler.build(TRACE_ID)
    assembler.add(DecodedBatch(spans=spans))  # the rest arrives, the first three re-delivered
    second = assembler.build(TRACE_ID)
    assert assembler.build(TRACE_ID) == second
    assert len(first.spans) == 3 and len(second.spans) == len(spans)
    assert second == build_trace([normalize_span(s) for s in spans])


def test_a_late_log_joins_its_span_on_the_next_build() -> None:
    chat = raw_span({"gen_ai.operation.name": "chat", "gen_ai.system": "openai"}, span="00000000000000c1")
    other = raw_span({"gen_ai.operation.name": "invoke_agent"}, span="00000000000000c2", start=T0 + MS)
    assembler = TraceAssembler()
    assembler.add(DecodedBatch(spans=[chat, other]))
    assert assembler.build(TRACE_ID).input_messages == []
    assembler.add(DecodedBatch(logs=[log("gen_ai.user.message", {"content": "late question"}, of=chat)]))
    record = assembler.build(TRACE_ID)
    assert [m.content for m in record.input_messages] == ["late question"]


def test_trace_level_logs_follow_a_root_that_arrives_later() -> None:
    child = raw_span({"gen_ai.operation.name": "chat"}, span="00000000000000d2", parent="00000000000000d1")
    evaluation = log("gen_ai.evaluation.result", attributes={"gen_ai.evaluation.name": "Helpful"}, span=None)
    assembler = TraceAssembler()
    assembler.add(DecodedBatch(spans=[child], logs=[evaluation]))
    assert [f.span_id for f in assembler.build(TRACE_ID).feedback] == ["00000000000000d2"]  # no root yet
    root = raw_span({"gen_ai.operation.name": "invoke_agent"}, span="00000000000000d1", start=T0 - MS)
    assembler.add(DecodedBatch(spans=[root]))
    assert [f.span_id for f in assembler.build(TRACE_ID).feedback] == ["00000000000000d1"]
