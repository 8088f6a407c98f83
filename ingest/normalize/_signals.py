"""Errors and feedback: signals any convention may attach to a span.

Error ladder (CONVENTIONS 7.3): status ERROR (message = status message) › ``error.type`` ›
``exception`` span events › ``gen_ai.client.operation.exception`` log events ›
``gen_ai.task.status == "failure"``. Feedback: ``gen_ai.evaluation.result`` events,
OpenInference ``annotations``/``evaluations``, and common attribute groups (``user.feedback``,
``feedback``, ``guardrail``).
"""

from __future__ import annotations

from typing import Any

from ingest.normalize._context import SpanContext
from ingest.normalize._values import as_float, as_str
from ingest.records import STATUS_ERROR, STATUS_OK
from schemas.span import ErrorInfo, Feedback

_EXCEPTION_EVENTS = ("exception", "gen_ai.client.operation.exception")
_EVALUATION_EVENT = "gen_ai.evaluation.result"
# OpenInference flattened feedback lists: (prefix, its root segment, element key prefix, source name).
_ANNOTATION_PREFIXES = tuple(
    (prefix, prefix.partition(".")[0], element + ".", prefix.rstrip("."))
    for prefix, element in (
        ("annotations.", "annotation"),
        ("evaluations.", "evaluation"),
        ("trace.annotations.", "annotation"),
        ("trace.evaluations.", "evaluation"),
    )
)
# Attribute groups carrying feedback; each field lists the suffixes it may appear under.
_FEEDBACK_GROUPS = (("user.feedback", "user"), ("feedback", "feedback"), ("guardrail", "guardrail"))
_SCORE_SUFFIXES = ("", ".score", ".value", ".passed")
_LABEL_SUFFIXES = (".label", ".result", ".rating", "")
_EXPLANATION_SUFFIXES = (".comment", ".explanation", ".reason")
# Every attribute (for feedback: first dotted segment) the two ladders read: a span with none of
# them, no events and no error status skips both, which is most spans.
_ERROR_KEYS = ("error.type", "gen_ai.task.status")
_FEEDBACK_ROOTS = frozenset({root for _, root, _, _ in _ANNOTATION_PREFIXES} | {root for _, root in _FEEDBACK_GROUPS})


def fill_error(ctx: SpanContext) -> None:
    """Type from ``error.type`` › exception event; message from the exception event › status message.

    The exception event is preferred for the message because SDKs set the status message to
    ``"<Type>: <message>"``; the ``<Type>: `` prefix is stripped when only the status is there.
    """
    raw = ctx.raw
    if raw.status_code != STATUS_ERROR and not ctx.events and ctx.attributes.keys().isdisjoint(_ERROR_KEYS):
        return  # the common healthy span: no error source can be present
    error_type = clean_error_type(ctx.take("error.type"))
    exception: dict[str, Any] = {}
    if raw.status_code != STATUS_OK:  # exceptions recorded on an OK span were handled (e.g. retried)
        for index, event in ctx.events_named(*_EXCEPTION_EVENTS):
            ctx.consume_event(index)
            exception = exception or event.payload()
    failed = ctx.attributes.get("gen_ai.task.status") == "failure"
    if failed:
        ctx.consumed.add("gen_ai.task.status")
    if not (raw.status_code == STATUS_ERROR or error_type or exception or failed):
        return
    error_type = error_type or clean_error_type(exception.get("exception.type"))
    message = as_str(exception.get("exception.message")) or _strip_type(raw.status_message, error_type)
    ctx.offer_error(ErrorInfo(type=error_type or ("task_failure" if failed else None), message=message))


def clean_error_type(value: Any) -> str | None:
    """``"<class 'openai.RateLimitError'>"`` / ``"openai.RateLimitError"`` -> ``"RateLimitError"``."""
    text = as_str(value)
    if text is None:
        return None
    if text.startswith("<class '") and text.endswith("'>"):
        text = text[8:-2]
    if "." in text and all(part.isidentifier() for part in text.split(".")):
        text = text.rsplit(".", 1)[1]
    return text


def _strip_type(message: str, error_type: str | None) -> str | None:
    if error_type and message.startswith(error_type + ": "):
        return message[len(error_type) + 2 :] or None
    return message or None


def fill_feedback(ctx: SpanContext) -> None:
    roots = ctx.roots
    if not ctx.events and roots.isdisjoint(_FEEDBACK_ROOTS):
        return
    span_id = ctx.raw.span_id
    for index, event in ctx.events_named(_EVALUATION_EVENT) if ctx.events else ():
        data = {**event.attributes, **event.body} if isinstance(event.body, dict) else event.attributes
        name = as_str(data.get("gen_ai.evaluation.name"))
        if name is None:
            continue
        ctx.consume_event(index)
        ctx.feedback.append(
            Feedback(
                name=name,
                score=as_float(data.get("gen_ai.evaluation.score.value")),
                label=as_str(data.get("gen_ai.evaluation.score.label")),
                explanation=as_str(data.get("gen_ai.evaluation.explanation")),
                span_id=span_id,
                source=_EVALUATION_EVENT,
            )
        )
    for prefix, root, element, source in _ANNOTATION_PREFIXES:
        if root in roots:
            for row in ctx.indexed(prefix):
                feedback = _annotation(row, element, span_id, source)
                if feedback is not None:
                    ctx.feedback.append(feedback)
    for group, root in _FEEDBACK_GROUPS:
        if root in roots:
            feedback = _attribute_group(ctx, group)
            if feedback is not None:
                ctx.feedback.append(feedback)


def _annotation(row: dict[str, Any], key: str, span_id: str, source: str) -> Feedback | None:
    name = as_str(row.get(key + "name"))
    if name is None:
        return None
    return Feedback(
        name=name,
        score=as_float(row.get(key + "score")),
        label=as_str(row.get(key + "label")),
        explanation=as_str(row.get(key + "explanation")),
        span_id=span_id,
        source=source,
    )


def _first(ctx: SpanContext, group: str, suffixes: tuple[str, ...], want: type) -> Any:
    for suffix in suffixes:
        key = group + suffix
        value = ctx.attributes.get(key)
        if value is None:
            continue
        if want is float and isinstance(value, bool | int | float):
            ctx.consumed.add(key)
            return float(value)
        if want is str and isinstance(value, str) and value:
            ctx.consumed.add(key)
            return value
    return None


def _attribute_group(ctx: SpanContext, group: str) -> Feedback | None:
    score = _first(ctx, group, _SCORE_SUFFIXES, float)
    label = _first(ctx, group, _LABEL_SUFFIXES, str)
    if score is None and label is None:
        return None
    name_key = group + ".name"
    name = as_str(ctx.attributes.get(name_key))
    if name is not None:
        ctx.consumed.add(name_key)
    return Feedback(
        name=name or group,
        score=score,
        label=label,
        explanation=_first(ctx, group, _EXPLANATION_SUFFIXES, str),
        span_id=ctx.raw.span_id,
        source=group,
    )
