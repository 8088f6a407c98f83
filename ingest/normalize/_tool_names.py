"""A tool's name when the producer put it only in the span name, and tool lifecycle spans.

OTel names a tool span ``execute_tool {gen_ai.tool.name}`` and Traceloop's decorators
``{name}.tool``; some emitters set only the span name. Frameworks that trace a call's lifecycle
(BeeAI's OpenInference instrumentation: child TOOL spans per emitter event, named after the event
or its path such as ``tool.search.wikipedia.finish``) record one call as several spans:
:func:`lifecycle_phase` recognizes them so that the trace counts the call once.
"""

from __future__ import annotations

from functools import lru_cache

LIFECYCLE_PHASES = frozenset({"start", "success", "finish", "error", "retry", "end"})
_PREFIXES = ("execute_tool ", "running tool: ")


@lru_cache(maxsize=2048)
def lifecycle_phase(span_name: str) -> tuple[str, str] | None:
    """``(call path, phase)`` for a lifecycle span name (``tool.search.wikipedia.finish``, ``start``), else ``None``."""
    head, dot, phase = span_name.rpartition(".")
    if not dot:
        return ("", span_name) if span_name in LIFECYCLE_PHASES else None
    return (head, phase) if phase in LIFECYCLE_PHASES and head else None


@lru_cache(maxsize=2048)
def tool_name_from_span_name(span_name: str) -> str | None:
    """The tool named by a span name, ``None`` when the name does not say."""
    for prefix in _PREFIXES:
        if span_name.startswith(prefix):
            return span_name[len(prefix) :].strip() or None
    if span_name.endswith(".tool") and len(span_name) > 5:
        return span_name[:-5]
    phase = lifecycle_phase(span_name)
    if phase is not None:
        path = phase[0]
        # ``tool.<namespace>.<name>``: the last segment of the emitter path names the tool.
        return path.rpartition(".")[2] or None
    return None
