"""Storing pieces through ``TraceProcessor`` on both databases: idempotent re-delivery, late spans
revising complete traces, log records stored apart from their span and merged, trace-level
records arriving after the trace, and one trace's failure isolated from the rest."""

from __future__ import annotations

import orjson
import pytest
from rawspan_factory import T0, TRACE_ID, log, raw_span

from ingest.assemble import Due, TracePiece
from ingest.pipeline import SavedTrace, TraceChange, TraceProcessor
from ingest.records import RawLogRecord, RawSpan
from schemas import RequiredFieldPolicy
from store import TraceStore, counts, get_trace, load_spans

MS = 1_000_000
ROOT, CHAT, TOOL = "00000000000000a1", "00000000000000a2", "00000000000000a3"


def _root() -> RawSpan:
    return raw_span({"gen_ai.operation.name": "invoke_agent", "gen_ai.agent.name": "shop"}, span=ROOT, end=T0 + 9 * MS)


def _chat(question: str = "where is my order?") -> RawSpan:
    messages = [{"role": "user", "parts": [{"type": "text", "content": question}]}]
    answer = [{"role": "assistant", "parts": [{"type": "text", "content": "on its way"}], "finish_reason": "stop"}]
    return raw_span(
        {
            "gen_ai.operation.name": "chat",
            "gen_ai.request.model": "gpt-4o-mini",
            "gen_ai.input.messages": orjson.dumps(messages).decode(),
            "gen_ai.output.messages": orjson.dumps(answer).decode(),
            "gen_ai.response.id": "chatcmpl-1",
        },
        span=CHAT,
        parent=ROOT,
        start=T0 + MS,
    )


def _legacy_chat() -> RawSpan:
    return raw_span({"gen_ai.operation.name": "chat", "gen_ai.system": "openai"}, span=CHAT, parent=ROOT, start=T0 + MS)


def _tool() -> RawSpan:
    attributes = {
        "gen_ai.operation.name": "execute_tool",
        "gen_ai.tool.name": "track",
        "gen_ai.tool.call.arguments": "{}",
    }
    return raw_span(attributes, span=TOOL, parent=ROOT, start=T0 + 2 * MS)


def _piece(spans: list[RawSpan] = (), logs: list[RawLogRecord] = ()) -> TracePiece:  # type: ignore[assignment]
    piece = TracePiece(TRACE_ID)
    for span in spans:
        piece.add_span(span, None)
    for record in logs:
        piece.add_log(record, None)
    return piece


def _store(processor: TraceProcessor, *pieces: TracePiece, complete: bool = True) -> list[SavedTrace]:
    processed = processor.process([Due(piece, complete=complete) for piece in pieces])
    assert processed.failures == []
    return processed.traces


@pytest.fixture
def processor(db_url: str) -> TraceProcessor:
    return TraceProcessor(RequiredFieldPolicy.default(), redactor=None, store=TraceStore(db_url))


def test_a_complete_trace_is_stored_once_whatever_is_redelivered(processor: TraceProcessor) -> None:
    [saved] = _store(processor, _piece([_root(), _chat()]))
    assert saved.change is TraceChange.COMPLETED and saved.revision == 1
    again = _store(processor, _piece([_chat(), _root()]))
    assert [s.change for s in again] == [TraceChange.UNCHANGED]
    assert processor.store is not None
    with processor.store.transaction() as session:
        row = get_trace(session, TRACE_ID)
        assert row is not None and row.state == "complete" and row.revision == 1 and row.span_count == 2
        assert counts(session)["spans"] == 2
    assert saved.record is not None and saved.record.output == "on its way"


def test_a_late_span_revises_a_complete_trace(processor: TraceProcessor) -> None:
    _store(processor, _piece([_root(), _chat()]))
    [saved] = _store(processor, _piece([_tool()]), complete=False)
    assert saved.change is TraceChange.REVISED and saved.revision == 2
    assert saved.record is not None and [c.name for c in saved.record.tool_calls] == ["track"]
    assert len(saved.record.spans) == 3


def test_a_trace_without_its_root_stays_open_until_the_root_arrives(processor: TraceProcessor) -> None:
    [opened] = _store(processor, _piece([_chat()]), complete=False)
    assert opened.change is TraceChange.OPENED
    assert opened.record is not None and not opened.record.complete
    [done] = _store(processor, _piece([_root()]))
    assert done.change is TraceChange.COMPLETED and done.revision == 1
    assert done.record is not None and done.record.complete


@pytest.mark.parametrize("logs_first", [True, False])
def test_log_records_stored_apart_from_their_span_are_merged_into_it(
    processor: TraceProcessor, logs_first: bool
) -> None:
    chat = _legacy_chat()
    question = log("gen_ai.user.message", {"content": "is it raining?"}, of=chat)
    choice = log("gen_ai.choice", {"index": 0, "finish_reason": "stop", "message": {"content": "no"}}, of=chat)
    spans_piece, logs_piece = _piece([_root(), chat]), _piece(logs=[question, choice])
    first, second = (logs_piece, spans_piece) if logs_first else (spans_piece, logs_piece)
    results = _store(processor, first) + _store(processor, second)
    if logs_first:
        assert results[0].change is TraceChange.PENDING  # nothing to build from log records alone
    final = results[-1].record
    assert final is not None
    assert [m.content for m in final.input_messages] == ["is it raining?"]
    assert final.output == "no"
    assert processor.store is not None
    with processor.store.transaction() as session:
        assert [row.partial for row in load_spans(session, TRACE_ID)] == [False, False]
    again = _store(processor, logs_piece, complete=False)  # re-delivered: nothing changes
    assert [s.change for s in again] == [TraceChange.UNCHANGED]


def test_a_late_evaluation_record_attaches_to_the_stored_span_it_names(processor: TraceProcessor) -> None:
    _store(processor, _piece([_root(), _chat()]))
    evaluation = log(
        "gen_ai.evaluation.result",
        attributes={
            "gen_ai.evaluation.name": "user.feedback",
            "gen_ai.evaluation.score.label": "negative",
            "gen_ai.response.id": "chatcmpl-1",
        },
        span=None,
    )
    [saved] = _store(processor, _piece(logs=[evaluation]), complete=False)
    assert saved.change is TraceChange.REVISED
    assert saved.record is not None
    assert [(f.span_id, f.label) for f in saved.record.feedback] == [(CHAT, "negative")]


def test_one_unreadable_span_is_reported_and_the_rest_is_stored(processor: TraceProcessor) -> None:
    bad = raw_span({"gen_ai.operation.name": "chat"}, span="not-hex-at-all!", parent=ROOT)
    processed = processor.process([Due(_piece([_root(), _chat(), bad]), complete=True)])
    assert [f.reason.split(":")[0] for f in processed.failures] == ["normalize_failed"]
    assert "malformed span_id" in processed.failures[0].reason
    [saved] = processed.traces
    assert saved.record is not None and len(saved.record.spans) == 2
