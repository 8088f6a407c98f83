"""Google ADK's own tracing, legacy schema (``gcp.vertex.agent.*``; ``google/adk/telemetry/tracing.py``).

ADK 1.x, and 2.x with ``ADK_TELEMETRY_SCHEMA_VERSION_OPT_IN=1``, record each model call on a
``call_llm`` span (``gen_ai.system = "gcp.vertex.agent"``, ``gen_ai.request.model``) with the
request as ``gcp.vertex.agent.llm_request`` (``{"model", "config": {"system_instruction", ...},
"contents": [google.genai Content]}``) and the ``LlmResponse`` as ``gcp.vertex.agent.llm_response``
(``{"content": Content, "finish_reason", "usage_metadata", ...}``); tool spans carry
``gcp.vertex.agent.tool_call_args``/``tool_response``. Contents are google-genai ``Content`` dumps:
``{"role": "user"|"model", "parts": [{"text"} | {"function_call": {id, name, args}} |
{"function_response": {id, name, response}}]}`` (snake_case; camelCase from API dumps is read too).
Empty placeholders (``"{}"``, ``"N/A"``, ``"<not serializable>"``) carry nothing. The 2.x default
schema writes OTel GenAI attributes instead, read by ``otel_genai``.
"""

from __future__ import annotations

from typing import Any

from ingest.normalize._context import SpanContext
from ingest.normalize._messages import MessageDict, MessageParts
from ingest.normalize._registry import register_adapter
from ingest.normalize._values import as_str, structured

_PREFIX = "gcp.vertex.agent."
_REQUEST, _RESPONSE = "gcp.vertex.agent.llm_request", "gcp.vertex.agent.llm_response"
_TOOL_ARGS, _TOOL_RESPONSE = "gcp.vertex.agent.tool_call_args", "gcp.vertex.agent.tool_response"
_ROLES = {"model": "assistant"}


def _detect(ctx: SpanContext) -> bool:
    return "gcp" in ctx.roots and any(key.startswith(_PREFIX) for key in ctx.attributes)


def _field(data: dict[str, Any], snake: str, camel: str) -> Any:
    return data[snake] if snake in data else data.get(camel)


def content_messages(content: Any, default_role: str) -> list[MessageDict]:
    """One google-genai ``Content`` -> messages (a function response becomes a ``tool`` message)."""
    if not isinstance(content, dict):
        return []
    role = as_str(content.get("role")) or default_role
    acc = MessageParts(role=_ROLES.get(role, role))
    parts = content.get("parts")
    for part in parts if isinstance(parts, list) else ():
        if not isinstance(part, dict):
            continue
        if part.get("thought"):
            continue  # reasoning summaries are not the answer
        acc.add_text(part.get("text"))
        call = _field(part, "function_call", "functionCall")
        if isinstance(call, dict):
            acc.add_tool_call(call.get("id"), call.get("name"), call.get("args"))
        response = _field(part, "function_response", "functionResponse")
        if isinstance(response, dict):
            acc.responses.append((as_str(response.get("id")), response.get("response")))
    return acc.build()


def system_instruction(config: Any) -> str | None:
    """``config.system_instruction``: a string, a ``Content`` or a list of parts/strings."""
    if not isinstance(config, dict):
        return None
    value = _field(config, "system_instruction", "systemInstruction")
    if isinstance(value, str):
        return value or None
    parts = value.get("parts") if isinstance(value, dict) else value
    if isinstance(parts, list):
        texts = [p if isinstance(p, str) else p.get("text") for p in parts if isinstance(p, str | dict)]
        return "\n".join(t for t in texts if isinstance(t, str) and t) or None
    return None


def _request(ctx: SpanContext) -> None:
    request = structured(ctx.attributes.get(_REQUEST))
    if not isinstance(request, dict):
        return
    ctx.consumed.add(_REQUEST)
    ctx.offer_system(system_instruction(request.get("config")))
    contents = request.get("contents")
    if isinstance(contents, list):
        ctx.offer_input([m for content in contents for m in content_messages(content, "user")])
    if ctx.model is None:
        ctx.model = as_str(request.get("model"))


def _response(ctx: SpanContext) -> None:
    response = structured(ctx.attributes.get(_RESPONSE))
    if not isinstance(response, dict):
        return
    ctx.consumed.add(_RESPONSE)
    ctx.offer_output(content_messages(response.get("content"), "assistant"))
    usage = _field(response, "usage_metadata", "usageMetadata")
    if isinstance(usage, dict):
        ctx.offer_usage(
            input_tokens=_field(usage, "prompt_token_count", "promptTokenCount"),
            output_tokens=_field(usage, "candidates_token_count", "candidatesTokenCount"),
            total_tokens=_field(usage, "total_token_count", "totalTokenCount"),
            cache_read_tokens=_field(usage, "cached_content_token_count", "cachedContentTokenCount"),
            reasoning_tokens=_field(usage, "thoughts_token_count", "thoughtsTokenCount"),
        )


def _tool_value(ctx: SpanContext, key: str) -> Any:
    value = structured(ctx.attributes.get(key))
    if value is None:
        return None  # "N/A", "<not serializable>" or absent: left as evidence
    ctx.consumed.add(key)
    return value or None  # "{}" is ADK's placeholder for "not recorded"


@register_adapter("google_adk", order=25, label_rank=15, detect=_detect)
def fill(ctx: SpanContext) -> None:
    if ctx.kind == "tool":
        ctx.offer_tool(_tool_value(ctx, _TOOL_ARGS), _tool_value(ctx, _TOOL_RESPONSE))
        # The tool span also gets empty request/response placeholders "as the UI expects".
        for key in (_REQUEST, _RESPONSE):
            if ctx.attributes.get(key) == "{}":
                ctx.consumed.add(key)
        return
    _request(ctx)
    _response(ctx)
