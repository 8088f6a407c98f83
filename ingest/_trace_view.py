"""The trace-level view of one trace's normalized spans (contract: ``schemas.trace``).

:func:`build_trace` orders the spans, finds the root, and derives what an evaluation case reads
first: the conversation sent to the first LLM call that recorded one (else the root agent/chain
span's), the final output, retrieved documents, tool calls joined to the spans that ran them,
summed usage, the first error, feedback and the required-field policy violations.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from ingest.normalize._tool_names import lifecycle_phase
from ingest.normalize._values import parse_structured
from ingest.validate.checks import check_spans
from schemas.policy import RequiredFieldPolicy
from schemas.span import Document, Message, NormalizedSpan, ToolExecution, Usage
from schemas.trace import TraceRecord, TraceToolCall

_USAGE_KINDS = frozenset({"llm", "embedding"})
_CONVERSATION_ROOTS = frozenset({"agent", "chain"})
"""Root kinds whose input is a conversation the trace's LLM calls were made for."""
_USAGE_FIELDS = tuple(Usage.model_fields)


@cache
def _default_policy() -> RequiredFieldPolicy:
    return RequiredFieldPolicy.default()


def build_trace(spans: Sequence[NormalizedSpan], policy: RequiredFieldPolicy | None = None) -> TraceRecord:
    """The trace-level view of one trace's normalized spans (contract: ``schemas.trace``)."""
    if not spans:
        raise ValueError("build_trace needs at least one span")
    ordered = sorted(spans, key=NormalizedSpan.trace_order)
    llm_calls = [s for s in ordered if s.kind == "llm"]
    root, complete = _root(ordered)
    prompt = _prompt_source(llm_calls, root, ordered)
    starts = [s.start_time for s in ordered if s.start_time is not None]
    ends = [s.end_time for s in ordered if s.end_time is not None]
    # Validated construction: nested values are already model instances, which pydantic accepts
    # without re-validating them, so this costs a few µs (model_construct is far slower in pydantic 2.x).
    return TraceRecord(
        trace_id=ordered[0].trace_id,
        service=root.service or next((s.service for s in ordered if s.service), None),
        start_time=min(starts) if starts else None,
        end_time=max(ends) if ends else None,
        spans=ordered,
        system=prompt.system if prompt else None,
        input_messages=list(prompt.input_messages) if prompt else [],
        context_documents=_documents(ordered),
        tool_calls=_tool_calls(ordered),
        output=_output(llm_calls, root, ordered),
        model=next((s.model for s in reversed(llm_calls) if s.model), None),
        usage=_usage(ordered),
        error=next((s.error for s in ordered if s.error is not None), None),
        feedback=[f for s in ordered for f in s.feedback],
        violations=check_spans(ordered, policy or _default_policy()),
        complete=complete,
    )


def _root(spans: Sequence[NormalizedSpan]) -> tuple[NormalizedSpan, bool]:
    ids = {s.span_id for s in spans}
    roots = [s for s in spans if s.parent_span_id is None]
    orphans = [s for s in spans if s.parent_span_id is not None and s.parent_span_id not in ids]
    complete = len(roots) == 1 and not orphans
    return (roots or orphans or list(spans))[0], complete


def _prompt_source(
    llm_calls: Sequence[NormalizedSpan], root: NormalizedSpan, spans: Sequence[NormalizedSpan]
) -> NormalizedSpan | None:
    """The span whose system prompt and input messages are the trace's (CONVENTIONS 7.4).

    The first LLM call that recorded its input, the innermost one where a framework's LLM span wraps
    the client's (LlamaIndex's ``predict``, holding a prompt template, around its ``chat``, holding
    the messages sent); when none did (e.g. the only call failed before
    the framework wrote its messages, as pydantic-ai does, or the instrumentation lost the content),
    the root agent/chain span's own conversation (``pydantic_ai.all_messages``,
    ``gen_ai.input.messages`` on ``invoke_agent``), else the first agent-run span anywhere that
    holds one (the root may be an app or SDK span without attributes).
    """
    recorded = [s for s in llm_calls if s.input_messages or s.system]
    wrappers = {s.parent_span_id for s in recorded}
    inner = next((s for s in recorded if s.span_id not in wrappers), None)
    if inner is not None:
        return inner
    if root.kind in _CONVERSATION_ROOTS and (root.input_messages or root.system):
        return root
    return next((s for s in spans if s.kind == "agent" and (s.input_messages or s.system)), None)


def _documents(spans: Sequence[NormalizedSpan]) -> list[Document]:
    """All retrieved documents in order; a document retrieved twice (same id) is listed once, best score."""
    out: list[Document] = []
    seen: dict[str, int] = {}
    for span in spans:
        for doc in span.documents:
            if doc.id is None or doc.id not in seen:
                if doc.id is not None:
                    seen[doc.id] = len(out)
                out.append(doc)
                continue
            kept = out[seen[doc.id]]
            if doc.score is not None and (kept.score is None or doc.score > kept.score):
                out[seen[doc.id]] = kept.model_copy(update={"score": doc.score})
    return out


def _output(llm_calls: Sequence[NormalizedSpan], root: NormalizedSpan, spans: Sequence[NormalizedSpan]) -> str | None:
    """The last LLM call's last assistant text, unless the run's own output holds it complete.

    The run's output is the root span's, else the outermost agent-run span's (an app root span may
    carry nothing). It wins when no LLM call recorded text, and when the LLM text is a fragment of
    it (a streamed answer whose spans kept only the last chunk).
    """
    run = _last_text(root.output_messages)
    if run is None:
        run = next((t for s in spans if s.kind == "agent" and (t := _last_text(s.output_messages))), None)
    for span in reversed(llm_calls):
        text = _last_text(span.output_messages)
        if text is not None:
            fragment = run is not None and len(text) < len(run) and (run.endswith(text) or run.startswith(text))
            return run if fragment else text
    return run


def _last_text(messages: Sequence[Message]) -> str | None:
    return next((m.content for m in reversed(messages) if m.content and m.role != "tool"), None)


def _usage(spans: Sequence[NormalizedSpan]) -> Usage | None:
    """Summed over LLM and embedding calls only: agent/workflow spans repeat their children's usage.

    A call traced twice, a framework's LLM span around the client's (ADK's ``call_llm`` around its
    ``generate_content``, a LangChain LLM run around an instrumented SDK call), counts once: the
    inner span's.
    """
    totals: dict[str, int] = {}
    wrappers = {s.parent_span_id for s in spans if s.kind in _USAGE_KINDS and s.usage is not None}
    for span in spans:
        if span.kind not in _USAGE_KINDS or span.usage is None or span.span_id in wrappers:
            continue
        for name in _USAGE_FIELDS:
            value = getattr(span.usage, name)
            if value is not None:
                totals[name] = totals.get(name, 0) + value
    return Usage(**totals) if totals else None


@dataclass(slots=True)
class _Call:
    position: tuple[int, int]
    """(span index, order within the span): requests sort where the model asked for them."""
    id: str | None
    name: str | None
    arguments: Any
    result: Any = None
    execution: int | None = None


def _tool_calls(spans: Sequence[NormalizedSpan]) -> list[TraceToolCall]:
    """LLM tool-call requests joined to tool spans by id (fallback: name, in order) and to ``tool`` messages.

    Executions nobody requested stand alone at their own position.
    """
    calls: list[_Call] = []
    requested: set[str] = set()
    answers: dict[str, Any] = {}
    for index, span in enumerate(spans):
        if span.kind != "llm":
            continue
        for message in span.input_messages:
            if message.tool_call_id and message.tool_call_id not in answers:
                answers[message.tool_call_id] = message.content
            # A call made by an LLM span that was not captured is still visible in later history.
            for request in message.tool_calls or ():
                if request.id and request.id not in requested:
                    requested.add(request.id)
                    calls.append(_Call((index, -1), request.id, request.name, request.arguments))
        for order, request in enumerate(c for m in span.output_messages for c in m.tool_calls or ()):
            if request.id is None or request.id not in requested:
                if request.id:
                    requested.add(request.id)
                calls.append(_Call((index, order), request.id, request.name, request.arguments))
    calls.sort(key=lambda c: c.position)

    tools = _executions(spans)
    executions = list(tools.items())
    used: set[int] = set()
    by_id = {tool.call_id: i for i, tool in executions if tool.call_id}
    for call in calls:
        match = by_id.get(call.id) if call.id else None
        if match is not None and match not in used:
            call.execution = match
            used.add(match)
    for call in calls:
        if call.execution is None:
            call.execution = next(
                (
                    i
                    for i, tool in executions
                    if i not in used
                    and tool.name == call.name
                    and i > call.position[0]
                    and (tool.call_id is None or tool.call_id not in requested)
                ),
                None,
            )
            if call.execution is not None:
                used.add(call.execution)

    records: list[tuple[tuple[int, int], TraceToolCall]] = []
    for call in calls:
        tool = tools[call.execution] if call.execution is not None else None
        arguments = call.arguments if call.arguments is not None else (tool.arguments if tool else None)
        result = tool.result if tool is not None and tool.result is not None else None
        call_id = call.id or (tool.call_id if tool else None)
        if result is None and call_id in answers:
            result = parse_structured(answers[call_id])
        records.append((call.position, _record(call_id, call.name or (tool.name if tool else None), arguments, result)))
    for index, tool in executions:
        if index not in used:
            result = tool.result if tool.result is not None else parse_structured(answers.get(tool.call_id or ""))
            records.append(((index, 0), _record(tool.call_id, tool.name, tool.arguments, result)))
    records.sort(key=lambda item: item[0])
    return [record for _, record in records]


def _executions(spans: Sequence[NormalizedSpan]) -> dict[int, ToolExecution]:
    """The tool calls that tool spans ran, by span index; one call traced as several spans counts once.

    Lifecycle spans (``start``/``success``/``finish``..., see ``lifecycle_phase``) under the tool
    span of their call belong to it when they name no other tool; lifecycle spans without such a
    parent are merged per (parent, tool name), each filling what the others lack.
    """
    by_span_id = {s.span_id: s for s in spans}
    tools: dict[int, ToolExecution] = {}
    groups: dict[tuple[str | None, str | None], int] = {}
    for index, span in enumerate(spans):
        tool = span.tool
        if span.kind != "tool" or tool is None:
            continue
        phase = lifecycle_phase(span.name)
        if phase is None:
            tools[index] = tool
            continue
        parent = by_span_id.get(span.parent_span_id or "")
        if parent is not None and parent.kind == "tool" and tool.name in (None, parent.tool and parent.tool.name):
            continue  # an event of the parent's call
        key = (span.parent_span_id, tool.name or phase[0])
        first = groups.get(key)
        if first is None:
            groups[key] = index
            tools[index] = tool
            continue
        known = tools[first]
        tools[first] = known.model_copy(
            update={name: getattr(tool, name) for name in _TOOL_FIELDS if getattr(known, name) is None}
        )
    return tools


_TOOL_FIELDS = tuple(ToolExecution.model_fields)


def _record(call_id: str | None, name: str | None, arguments: Any, result: Any) -> TraceToolCall:
    return TraceToolCall(id=call_id, name=name, arguments=parse_structured(arguments), result=result)
