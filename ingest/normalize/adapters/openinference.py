"""OpenInference (Arize Phoenix): flattened ``llm.*_messages.{i}.message.*``, ``retrieval.documents``,
``tool.*`` and raw ``input.value``/``output.value``.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from operator import itemgetter
from typing import Any

from ingest.normalize._context import SpanContext
from ingest.normalize._flatten import Row, rows
from ingest.normalize._messages import MessageDict, MessageParts, add_content, add_parts, message
from ingest.normalize._rawio import MIME_KEYS, read_raw_io
from ingest.normalize._registry import KindRule, kind_table, register_adapter
from ingest.normalize._values import as_str, document, parse_structured, structured
from schemas.span import Document, SpanKind

_MESSAGE_PREFIXES = ("llm.input_messages.", "llm.output_messages.", "retrieval.documents.")


def _detect(ctx: SpanContext) -> bool:
    if "openinference.span.kind" in ctx.attributes:
        return True
    return not ctx.families.isdisjoint(_MESSAGE_PREFIXES)


_PLAIN_ROW = frozenset({"message.role", "message.content"})


def _message(row: Row, default_role: str) -> list[MessageDict]:
    role = as_str(row.get("message.role")) or default_role
    if _PLAIN_ROW.issuperset(row):  # the common text-only message, without the general builder
        content = row.get("message.content")
        if content is None or content == "":
            return [{"role": role}]
        if type(content) is str and content[:1] != "[":
            return [{"role": role, "content": content}]
    acc = MessageParts(role=role, tool_call_id=as_str(row.get("message.tool_call_id")))
    add_content(row.get("message.content"), acc)
    # Some instrumentations (openai-agents on the Responses API) write a message's text both as
    # ``message.content`` and as ``message.contents.N`` text parts: the same text, read once.
    has_content = bool(acc.texts)
    if not _PLAIN_ROW.issuperset(row):  # only multimodal/tool-calling messages carry nested lists
        for call in rows(row, "message.tool_calls."):
            _add_tool_call(call, acc)
        for part in rows(row, "message.contents."):
            # A content part may itself be a tool call (``tool_call.*`` keys; Anthropic ``tool_use``
            # blocks, which are also listed under ``tool_calls.N``: merged by id, see add_tool_call).
            if "tool_call.id" in part or "tool_call.function.name" in part:
                _add_tool_call(part, acc)
            else:
                # The Vertex AI instrumentor writes ``message_content.text`` without a type: text.
                kind = part.get("message_content.type") or "text"
                if not (has_content and kind == "text"):
                    add_parts(({"type": kind, "text": part.get("message_content.text")},), acc)
        if row.get("message.function_call_name"):
            acc.add_tool_call(None, row["message.function_call_name"], row.get("message.function_call_arguments_json"))
    return acc.build()


def _add_tool_call(row: Row, acc: MessageParts) -> None:
    arguments = row.get("tool_call.function.arguments")
    acc.add_tool_call(row.get("tool_call.id"), row.get("tool_call.function.name"), arguments)


def _messages(ctx: SpanContext, prefix: str, default_role: str) -> list[MessageDict]:
    plain = _plain_messages(ctx, prefix, default_role)
    if plain is not None:
        return plain
    return [m for row in ctx.indexed(prefix) for m in _message(row, default_role)]


def _plain_messages(ctx: SpanContext, prefix: str, default_role: str) -> list[MessageDict] | None:
    """Fast path for the usual case, every message being just a role and a text: probe the two
    keys per index instead of grouping every key. ``None`` (use the general path) as soon as
    anything else is there: a non-text content, or any other key under ``prefix``."""
    expected = ctx.family_size(prefix)
    if expected and not expected % 2:
        complete = _complete_messages(ctx, prefix, expected // 2)
        if complete is not None:
            return complete
    attributes = ctx.attributes
    out: list[MessageDict] = []
    used: list[str] = []
    for role_key, content_key in _message_keys(prefix):
        if len(used) >= expected:
            break
        role, content = attributes.get(role_key), attributes.get(content_key)
        if role is None and content is None:
            break
        message: MessageDict = {"role": role if type(role) is str and role else as_str(role) or default_role}
        if role is not None:
            used.append(role_key)
        if content is not None:
            if type(content) is not str or content[:1] == "[":
                return None
            used.append(content_key)
            if content:
                message["content"] = content
        out.append(message)
    if len(used) != expected:
        return None
    ctx.consumed.update(used)
    return out


_FIRST_CHAR = itemgetter(slice(0, 1))
_STR_ONLY = {str}


def _complete_messages(ctx: SpanContext, prefix: str, count: int) -> list[MessageDict] | None:
    """The commonest case of all, every message holding a non-empty role and text, checked and
    built with C-level ``map``/``set`` passes over the values instead of a Python step per key;
    ``None`` when anything differs (the per-message loop of ``_plain_messages`` then decides)."""
    role_keys, content_keys = _message_key_lists(prefix, count)
    attributes = ctx.attributes
    roles: list[Any] = list(map(attributes.get, role_keys))
    contents: list[Any] = list(map(attributes.get, content_keys))
    if (
        set(map(type, roles)) != _STR_ONLY
        or set(map(type, contents)) != _STR_ONLY
        or "" in roles
        or "" in contents
        or "[" in map(_FIRST_CHAR, contents)  # maybe a JSON list of content parts
    ):
        return None
    ctx.consumed.update(role_keys)
    ctx.consumed.update(content_keys)
    return [{"role": role, "content": content} for role, content in zip(roles, contents, strict=True)]


def _message_key_lists(prefix: str, count: int) -> tuple[list[str], list[str]]:
    """The role keys and the content keys of indexes ``0..count-1``."""
    if count > _MAX_CACHED_INDEX:
        pairs = list(islice(_message_keys(prefix), count))
        return [role for role, _ in pairs], [content for _, content in pairs]
    lists = _KEY_LISTS.get(prefix)
    if lists is None or len(lists[0]) < count:
        pairs = list(islice(_message_keys(prefix), count))
        lists = _KEY_LISTS[prefix] = ([role for role, _ in pairs], [content for _, content in pairs])
    return lists[0][:count], lists[1][:count]


_MAX_CACHED_INDEX = 1024
_KEY_PAIRS: dict[str, list[tuple[str, str]]] = {}
_KEY_LISTS: dict[str, tuple[list[str], list[str]]] = {}


def _message_keys(prefix: str) -> Iterator[tuple[str, str]]:
    """``(role key, content key)`` for index 0, 1, ...: formatted once per index, not per span."""
    pairs = _KEY_PAIRS.setdefault(prefix, [])
    yield from pairs
    index = len(pairs)
    while True:
        pair = (f"{prefix}{index}.message.role", f"{prefix}{index}.message.content")
        if index == len(pairs) and index < _MAX_CACHED_INDEX:  # another thread may have appended it
            pairs.append(pair)
        yield pair
        index += 1


def _texts(ctx: SpanContext, prefix: str, key: str, role: str) -> list[MessageDict]:
    texts = (as_str(row.get(key)) for row in ctx.indexed(prefix))
    return [message(role, text) for text in texts if text]


def _documents(ctx: SpanContext, prefix: str) -> list[Document]:
    documents = []
    for row in ctx.indexed(prefix):
        documents.append(
            document(
                row.get("document.id"),
                as_str(row.get("document.content")),
                row.get("document.score"),
                row.get("document.metadata"),
            )
        )
    return documents


def _upper(value: Any) -> Any:
    return value.upper() if isinstance(value, str) else value


STREAMED_RUN = 3
"""Consecutive text-only assistant messages that are one streamed turn (fewer are separate choices)."""


def join_streamed(messages: list[MessageDict]) -> list[MessageDict]:
    """Join the fragments of a turn recorded message by message as it streamed.

    Some instrumentations write one ``llm.output_messages.N`` entry per streamed chunk (dozens of
    one-token messages). A run of at least :data:`STREAMED_RUN` consecutive assistant messages
    holding only text is one turn: its texts are concatenated as they arrived (chunks carry their
    own spacing). Two such messages stay apart: they may be two choices of one call (``n=2``).
    """
    if len(messages) < STREAMED_RUN:
        return messages
    out: list[MessageDict] = []
    run: list[MessageDict] = []
    for item in [*messages, None]:
        if item is not None and item.keys() <= _TEXT_MESSAGE and item["role"] == "assistant":
            run.append(item)
            continue
        if len(run) >= STREAMED_RUN:
            out.append({"role": "assistant", "content": "".join(m.get("content", "") for m in run)})
        else:
            out.extend(run)
        run = []
        if item is not None:
            out.append(item)
    return out


_TEXT_MESSAGE = frozenset({"role", "content"})


def _is_json_schema(value: Any) -> bool:
    return isinstance(value, dict) and ("properties" in value or value.get("type") == "object")


def _fill_tool(ctx: SpanContext) -> None:
    # Arguments: input.value first; tool.parameters only when it holds arguments, not a schema (2.3).
    arguments = parse_structured(ctx.take("input.value"))
    parameters = ctx.attributes.get("tool.parameters")
    if arguments is None and parameters is not None:
        parsed = parse_structured(parameters)
        if not _is_json_schema(parsed):
            ctx.consumed.add("tool.parameters")
            arguments = parsed
    ctx.offer_tool(arguments, parse_structured(ctx.take("output.value")))
    ctx.consumed.update(filter(ctx.attributes.__contains__, MIME_KEYS))


_SPAN_KINDS: dict[str, SpanKind] = {
    "LLM": "llm",
    "CHAIN": "chain",
    "RETRIEVER": "retrieval",
    "RERANKER": "retrieval",
    "EMBEDDING": "embedding",
    "TOOL": "tool",
    "AGENT": "agent",
    "DECISION": "chain",
    "PROMPT": "other",
    "GUARDRAIL": "other",
    "EVALUATOR": "other",
    "UNKNOWN": "other",
}


@register_adapter(
    "openinference",
    order=20,
    label_rank=10,
    detect=_detect,
    kinds=(KindRule("openinference.span.kind", kind_table(_SPAN_KINDS, _upper), rank=10),),
    ladders={
        "response_model": ("llm.response.model_name", "llm.model_name"),
        "finish_reasons": ("llm.finish_reason",),
        "request_model": ("llm.request.model_name", "embedding.model_name", "reranker.model_name"),
        "provider": ("llm.provider", "llm.system"),
        "session_id": ("session.id",),
        "user_id": ("user.id",),
        "tool_name": ("tool.name",),
        "tool_call_id": ("tool.id", "tool_call.id"),
        "input_tokens": ("llm.token_count.prompt",),
        "output_tokens": ("llm.token_count.completion",),
        "total_tokens": ("llm.token_count.total",),
        "cache_read_tokens": ("llm.token_count.prompt_details.cache_read",),
        "cache_write_tokens": ("llm.token_count.prompt_details.cache_write",),
        "reasoning_tokens": ("llm.token_count.completion_details.reasoning",),
    },
    indexed=(
        "llm.input_messages.",
        "llm.output_messages.",
        "llm.prompts.",
        "llm.choices.",
        "retrieval.documents.",
        "reranker.output_documents.",
        "embedding.embeddings.",
        # Feedback lists (read by ``_signals`` for every span).
        "annotations.",
        "evaluations.",
        "trace.annotations.",
        "trace.evaluations.",
    ),
)
def fill(ctx: SpanContext) -> None:
    ctx.take("openinference.span.kind")
    roots = ctx.roots
    if "llm" in roots:
        ctx.offer_input(_messages(ctx, "llm.input_messages.", "user"))
        ctx.offer_output(join_streamed(_messages(ctx, "llm.output_messages.", "assistant")))
        # Legacy completions API; probing index 0 spares chat spans a scan of every key.
        if "llm.prompts.0.prompt.text" in ctx.attributes:
            ctx.offer_input(_texts(ctx, "llm.prompts.", "prompt.text", "user"))
        if "llm.choices.0.completion.text" in ctx.attributes:
            ctx.offer_output(_texts(ctx, "llm.choices.", "completion.text", "assistant"))
    if "retrieval" in roots:
        ctx.offer_documents(_documents(ctx, "retrieval.documents."))
    if "reranker" in roots:
        # The post-rerank set is what the model saw; reranker.input_documents stay in attributes.
        ctx.offer_documents(_documents(ctx, "reranker.output_documents."))
    if "embedding" in roots:
        # Texts are the call's input; the vectors are dropped (large and useless for evaluation).
        ctx.offer_input(_texts(ctx, "embedding.embeddings.", "embedding.text", "user"))
    if ctx.model is None:
        # A failed call has no llm.model_name; the request parameters still name the model.
        params = structured(ctx.attributes.get("llm.invocation_parameters"))
        ctx.model = as_str(params.get("model")) if isinstance(params, dict) else None
    if ctx.kind == "tool":
        _fill_tool(ctx)
    else:
        read_raw_io(ctx, "input.value", "output.value")
