"""Trace -> case content: the input up to the last user turn, context documents, the tool trajectory, the output."""

from __future__ import annotations

from collections.abc import Sequence

from schemas.case import CaseContent, CaseInput, ToolStep
from schemas.span import Message, NormalizedSpan
from schemas.trace import TraceRecord

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
    """The trace's tool calls, each joined to the tool span that ran it: by call id first; the calls left
    take the spans left by name, in order (a framework may run a call under an id of its own)."""
    tool_spans = [s for s in trace.spans if s.kind == "tool" and s.tool is not None]
    by_id = {s.tool.call_id: s for s in tool_spans if s.tool is not None and s.tool.call_id is not None}
    joined: dict[int, NormalizedSpan] = {}
    for index, call in enumerate(trace.tool_calls):
        if call.id is not None and call.id in by_id:
            joined[index] = by_id.pop(call.id)
    used = {span.span_id for span in joined.values()}
    for index, call in enumerate(trace.tool_calls):
        if index not in joined:
            span = next((s for s in tool_spans if s.span_id not in used and s.tool and s.tool.name == call.name), None)
            if span is not None:
                joined[index] = span
                used.add(span.span_id)
    return [
        ToolStep(
            id=call.id,
            name=call.name,
            arguments=call.arguments,
            result=call.result,
            span_id=joined[index].span_id if index in joined else None,
            error=joined[index].error if index in joined else None,
        )
        for index, call in enumerate(trace.tool_calls)
    ]
