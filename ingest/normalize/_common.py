"""Cross-convention ladders: model, provider, usage, session/user, tool identity (CONVENTIONS 7.3).

These fields are plain scalar attributes whose keys differ per convention but never collide, so
one key ladder per field serves every span (each adapter declares its keys, ``register_adapter(ladders=...)``;
they are merged in adapter order); the first present key wins and all present
keys of a ladder are consumed (a dual-written span does not leave duplicates behind, and usage is
never summed across conventions).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any, ClassVar

from ingest.normalize._context import SpanContext
from ingest.normalize._registry import TABLES
from ingest.normalize._values import as_int, as_str

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
_FRAMEWORKS = frozenset(
    {"langchain", "langgraph", "llamaindex", "llama_index", "crewai", "haystack", "dspy", "gcp.vertex.agent"}
)
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


_USAGE_NAMES = frozenset(
    {"input_tokens", "output_tokens", "total_tokens", "cache_read_tokens", "cache_write_tokens", "reasoning_tokens"}
)
# Ladder fields copied to the context as strings under their own names.
_IDENTITY_FIELDS = frozenset({"session_id", "user_id", "tool_name", "tool_call_id"})


class _Index:
    """key -> (field, rank) over every adapter's declared ladders: one dict lookup per span
    attribute instead of probing every ladder key; rebuilt when an adapter registers."""

    generation: ClassVar[int] = -1
    by_key: ClassVar[dict[str, tuple[str, int]]] = {}
    keys: ClassVar[frozenset[str]] = frozenset()


def _index() -> type[_Index]:
    generation, ladders = TABLES.generation, TABLES.ladders
    if generation != _Index.generation:
        _Index.by_key = {
            key: (name, rank)
            for name, keys in ladders.items()
            if name != "finish_reasons"  # read after the adapters (``_span``)
            for rank, key in enumerate(keys)
        }
        _Index.keys = frozenset(_Index.by_key)
        _Index.generation = generation
    return _Index


def fill_common(ctx: SpanContext) -> None:
    """Model, provider, usage, session/user and tool identity from the declared ladders."""
    index = _Index if _Index.generation == TABLES.generation else _index()
    memo = ctx.shape.ladder
    if memo is None or memo[0] != index.generation:
        memo = ctx.shape.ladder = (index.generation, _plan(ctx.attributes, index))
    plan = memo[1]
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


def _plan(attributes: dict[str, Any], index: type[_Index]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``(field, present keys in ladder order)`` for one key set: computed once per ``KeyShape``."""
    present = index.keys.intersection(attributes)  # a handful of ladder keys among dozens of others
    by_field: dict[str, list[str]] = {}
    for key in sorted(present, key=index.by_key.__getitem__):
        by_field.setdefault(index.by_key[key][0], []).append(key)
    return tuple((name, tuple(keys)) for name, keys in by_field.items())


@lru_cache(maxsize=512)
def _provider_text(text: str) -> str | None:
    return normalize_provider(text)


def _provider(value: Any) -> str | None:
    # Providers repeat across a stream: normalizing the string once per distinct value is enough.
    return _provider_text(value) if type(value) is str else normalize_provider(value)
