"""Trace -> case content: the input up to the last user turn, context documents, the tool trajectory, the output."""

from __future__ import annotations

from collections.abc import Sequence

from schemas.case import CaseContent, CaseInput, ToolStep
from schemas.span import Message, NormalizedSpan
from schemas.trace import TraceRecord, TraceToolCall

USER_ROLES = frozenset({"user", "human"})


def case_content(trace: TraceRecord) -> CaseContent:
    """The evaluation content of a (redacted) trace."""
    return CaseContent(
        input=CaseInput(system=trace.system, messages=tuple(input_conversation(trace.input_messages))),
        context_documents=tuple(trace.context_documents),
        tool_trajectory=tuple(tool_trajectory(trace)),
        actual_output=trace.output,
    )


def input_conversation(messages: Sequence[Message]) -> list[Message]:
    """Messages up to and including the last user turn; all of them when there is no user turn."""
    last_user = max((i for i, m in enumerate(messages) if m.role in USER_ROLES), default=len(messages) - 1)
    return list(messages[: last_user + 1])


def tool_trajectory(trace: TraceRecord) -> list[ToolStep]:
    """The trace's tool calls, each joined to the tool span that ran it (by call id, else by name in order)."""
    tool_spans = [s for s in trace.spans if s.kind == "tool" and s.tool is not None]
    used: set[str] = set()
    steps: list[ToolStep] = []
    for call in trace.tool_calls:
        span = _executing_span(call, tool_spans, used)
        if span is not None:
            used.add(span.span_id)
        steps.append(
            ToolStep(
                id=call.id,
                name=call.name,
                arguments=call.arguments,
                result=call.result,
                span_id=span.span_id if span else None,
                error=span.error if span else None,
            )
        )
    return steps


def _executing_span(call: TraceToolCall, spans: Sequence[NormalizedSpan], used: set[str]) -> NormalizedSpan | None:
    free = [s for s in spans if s.span_id not in used and s.tool is not None]
    if call.id is not None:
        by_id = next((s for s in free if s.tool is not None and s.tool.call_id == call.id), None)
        if by_id is not None:
            return by_id
    return next(
        (
            s
            for s in free
            if s.tool is not None and s.tool.name == call.name and (s.tool.call_id is None or s.tool.call_id == call.id)
        ),
        None,
    )
