"""Cross-convention ladders: model, provider, usage, session/user, tool identity (CONVENTIONS 7.3).

These fields are plain scalar attributes whose keys differ per convention but never collide, so
one declared key ladder per field serves every span; the first present key wins and all present
keys of a ladder are consumed (a dual-written span does not leave duplicates behind, and usage is
never summed across conventions).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ingest.normalize._context import SpanContext
from ingest.normalize._values import as_int, as_str

RESPONSE_MODEL_KEYS = ("gen_ai.response.model", "llm.response.model_name", "llm.model_name", "ai.response.model")
REQUEST_MODEL_KEYS = (
    "gen_ai.request.model",
    "llm.request.model_name",
    "ai.model.id",
    "embedding.model_name",
    "reranker.model_name",
)
PROVIDER_KEYS = ("gen_ai.provider.name", "gen_ai.system", "llm.provider", "llm.system", "ai.model.provider")
USAGE_KEYS: dict[str, tuple[str, ...]] = {
    "input_tokens": (
        "gen_ai.usage.input_tokens",
        "llm.token_count.prompt",
        "gen_ai.usage.prompt_tokens",
        "ai.usage.inputTokens",
        "ai.usage.promptTokens",
        "ai.usage.tokens",
    ),
    "output_tokens": (
        "gen_ai.usage.output_tokens",
        "llm.token_count.completion",
        "gen_ai.usage.completion_tokens",
        "ai.usage.outputTokens",
        "ai.usage.completionTokens",
    ),
    "total_tokens": (
        "gen_ai.usage.total_tokens",
        "llm.token_count.total",
        "llm.usage.total_tokens",
        "ai.usage.totalTokens",
    ),
    "cache_read_tokens": (
        "gen_ai.usage.cache_read.input_tokens",
        "llm.token_count.prompt_details.cache_read",
        "gen_ai.usage.cache_read_input_tokens",
        "ai.usage.cachedInputTokens",
    ),
    "cache_write_tokens": (
        "gen_ai.usage.cache_write.input_tokens",
        "gen_ai.usage.cache_creation.input_tokens",
        "llm.token_count.prompt_details.cache_write",
        "gen_ai.usage.cache_creation_input_tokens",
    ),
    "reasoning_tokens": (
        "gen_ai.usage.reasoning.output_tokens",
        "llm.token_count.completion_details.reasoning",
        "gen_ai.usage.reasoning_tokens",
        "llm.usage.reasoning_tokens",
        "ai.usage.reasoningTokens",
    ),
}
SESSION_KEYS = (
    "gen_ai.conversation.id",
    "session.id",
    "langfuse.session.id",
    "traceloop.association.properties.session_id",
    "langsmith.trace.session_id",
    "ai.telemetry.metadata.sessionId",
)
USER_KEYS = (
    "user.id",
    "langfuse.user.id",
    "traceloop.association.properties.user_id",
    "ai.telemetry.metadata.userId",
    "enduser.id",
)
TOOL_NAME_KEYS = ("gen_ai.tool.name", "tool.name", "ai.toolCall.name")
TOOL_ID_KEYS = ("gen_ai.tool.call.id", "tool.id", "tool_call.id", "ai.toolCall.id")

# Deprecated or SDK-specific provider spellings -> the OTel registry value.
_PROVIDER_ALIASES = {
    "az.ai.inference": "azure.ai.inference",
    "az.ai.openai": "azure.ai.openai",
    "xai": "x_ai",
    "vertex_ai": "gcp.vertex_ai",
    "vertexai": "gcp.vertex_ai",
    "gemini": "gcp.gemini",
    "mistralai": "mistral_ai",
    "aws": "aws.bedrock",
    "amazon-bedrock": "aws.bedrock",
    "bedrock": "aws.bedrock",
    "google.vertex": "gcp.vertex_ai",
    "google.generative-ai": "gcp.gen_ai",
    "mistral": "mistral_ai",
}
# Framework names some instrumentations put in the provider slot (CONVENTIONS pitfall 6).
_FRAMEWORKS = frozenset({"langchain", "langgraph", "llamaindex", "llama_index", "crewai", "haystack", "dspy"})
# Providers whose registry value is dotted; any other dotted value is an SDK string like ``openai.chat``.
_DOTTED_PROVIDERS = ("azure.", "aws.", "gcp.", "ibm.")


def normalize_provider(value: object) -> str | None:
    text = as_str(value)
    if text is None:
        return None
    text = text.strip().lower()
    if text in _FRAMEWORKS:
        return None
    alias = _PROVIDER_ALIASES.get(text)
    if alias is not None:
        return alias
    if "." in text and not text.startswith(_DOTTED_PROVIDERS):
        head = text.split(".", 1)[0]
        # ``google.vertex.chat`` -> ``gcp.vertex_ai``: try the two-segment alias before the head.
        two = ".".join(text.split(".", 2)[:2])
        return _PROVIDER_ALIASES.get(two) or _PROVIDER_ALIASES.get(head, head)
    return text


_SCALAR_LADDERS: dict[str, tuple[str, ...]] = {
    "response_model": RESPONSE_MODEL_KEYS,
    "request_model": REQUEST_MODEL_KEYS,
    "session_id": SESSION_KEYS,
    "user_id": USER_KEYS,
    "tool_name": TOOL_NAME_KEYS,
    "tool_call_id": TOOL_ID_KEYS,
    **USAGE_KEYS,
}
# key -> (field, rank): one dict lookup per span attribute instead of probing every ladder key.
_INDEX: dict[str, tuple[str, int]] = {
    key: (name, rank) for name, keys in _SCALAR_LADDERS.items() for rank, key in enumerate(keys)
}
_INDEX.update((key, ("provider", rank)) for rank, key in enumerate(PROVIDER_KEYS))
_LADDER_KEYS = frozenset(_INDEX)
_USAGE_NAMES = frozenset(USAGE_KEYS)
# Ladder fields copied to the context as strings under their own names.
_IDENTITY_FIELDS = frozenset({"session_id", "user_id", "tool_name", "tool_call_id"})


def fill_common(ctx: SpanContext) -> None:
    """Model, provider, usage, session/user and tool identity from the declared ladders."""
    plan = ctx.shape.ladder
    if plan is None:
        plan = ctx.shape.ladder = _plan(ctx.attributes)
    if not plan:
        return
    attributes = ctx.attributes
    consumed = ctx.consumed
    usage = ctx.usage
    response: Any = None
    request: Any = None
    for name, keys in plan:
        found: Any = None
        for key in keys:  # in ladder order: the first non-empty value wins, every non-empty one is consumed
            value = attributes[key]
            if value is None or value == "":
                continue
            consumed.add(key)
            if found is None:
                found = value
                if name == "provider":
                    provider = _provider(value)
                    if provider is not None:
                        ctx.provider = provider
                    else:
                        found = None  # a framework name in a provider slot: try the next key (pitfall 6)
        if found is None:
            continue
        if name in _USAGE_NAMES:
            count = as_int(found)
            if count is not None:
                usage.setdefault(name, count)
        elif name in _IDENTITY_FIELDS:
            setattr(ctx, name, as_str(found))
        elif name == "response_model":
            response = found
        elif name == "request_model":
            request = found
    if response is not None or request is not None:
        ctx.model = as_str(response) or as_str(request)


def _plan(attributes: dict[str, Any]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(field, present keys in ladder order)`` for one key set: computed once per ``KeyShape``."""
    present = _LADDER_KEYS.intersection(attributes)  # a handful of ladder keys among dozens of others
    by_field: dict[str, list[str]] = {}
    for key in sorted(present, key=_INDEX.__getitem__):
        by_field.setdefault(_INDEX[key][0], []).append(key)
    return tuple((name, tuple(keys)) for name, keys in by_field.items())


@lru_cache(maxsize=512)
def _provider_text(text: str) -> str | None:
    return normalize_provider(text)


def _provider(value: Any) -> str | None:
    # Providers repeat across a stream: normalizing the string once per distinct value is enough.
    return _provider_text(value) if type(value) is str else normalize_provider(value)
