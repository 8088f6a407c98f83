"""Tool-call arguments and tool results as JSON, with names under name-like keys and JSON nested in strings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .builder import Piece, as_json
from .context import TraceCtx
from .lookalikes import random_token
from .people import Person
from .render import render


def _json(ctx: TraceCtx, obj: Any) -> Piece:
    # Python's json.dumps escapes non-ASCII by default; many producers keep it; both reach the spans.
    return as_json(obj, ensure_ascii=ctx.rng.random() < 0.3, indent=ctx.pick((None, None, 2)))


def tool_args(ctx: TraceCtx) -> Piece:
    cast: dict[str, Person] = {}
    r: Callable[[str], Piece] = lambda template: render(ctx, template, who=cast)  # noqa: E731
    choice = ctx.rng.randrange(6)
    if choice == 0:  # OpenAI-style: the arguments are a JSON string inside the JSON
        args = as_json(
            {
                "contact_id": r("{L_uuid}"),
                "display_name": r("{c}"),
                "email": r("{c_email}"),
                "phone": r("{c_phone}"),
                "notes": "prefers a call after 5pm",
            }
        )
        return _json(
            ctx,
            {
                "id": f"call_{random_token(ctx.rng, 24)}",
                "type": "function",
                "function": {"name": "crm_update_contact", "arguments": args},
            },
        )
    if choice == 1:
        return _json(
            ctx,
            {
                "tool": "create_ticket",
                "input": {
                    "title": r("Refund for {L_order_number} ({L_price})"),
                    "assignee": r(ctx.pick(("{a_handle}", "{a_full}"))),
                    "reporter": {"name": r("{c_full}"), "email": r("{c_email}")},
                    "priority": "high",
                    "labels": ["billing", r("{L_product_name}")],
                },
            },
        )
    if choice == 2:
        return _json(
            ctx,
            {
                "name": "verify_identity",
                "arguments": {
                    "legal_name": r(ctx.pick(("{c_full}", "{c_crm}"))),
                    "date_of_birth": r("{c_dob}"),
                    "iban": r("{c_iban}"),
                    "ssn": r("{ssn}"),
                    "request_id": r("{L_uuid}"),
                },
            },
        )
    if choice == 3:
        return _json(
            ctx,
            {
                "tool": "send_email",
                "args": {
                    "to": r("{c_email}"),
                    "cc": [r("{a_email}")],
                    "subject": r("Your ticket {L_ticket_id}"),
                    "body": r("Hi {c_first},\nyour refund of {L_price} is on its way to {c_iban}.\n{a_first}"),
                },
            },
        )
    if choice == 4:
        return _json(
            ctx,
            {
                "tool": "transfer_call",
                "args": {
                    "contact": r("{o_full}"),
                    "number": r("{o_phone}"),
                    "owner": r("{a}"),
                    "reason": r("{L_http_status}"),
                },
            },
        )
    return _json(
        ctx,
        {
            "tool": "charge_card",
            "arguments": {
                "card_number": r("{card}"),
                "cardholder": r(ctx.pick(("{c_full}", "{c_air}"))),
                "amount": r("{L_price}"),
                "idempotency_key": r("{L_uuid}"),
                "client_ip": r("{ip}"),
            },
        },
    )


def tool_result(ctx: TraceCtx) -> Piece:
    cast: dict[str, Person] = {}
    r: Callable[[str], Piece] = lambda template: render(ctx, template, who=cast)  # noqa: E731
    choice = ctx.rng.randrange(6)
    if choice == 0:
        return _json(
            ctx,
            {
                "status": 200,
                "trace_id": r("{L_trace_id}"),
                "result": {
                    "customer": {
                        "id": r("{L_uuid}"),
                        "legal_name": r("{c_full}"),
                        "preferred_name": r("{c_first}"),
                        "dob": r("{c_dob}"),
                        "addresses": [{"line1": r("{c_addr}"), "type": "billing"}],
                        "phones": [r("{c_phone}")],
                        "account_manager": r("{a_full}"),
                    }
                },
            },
        )
    if choice == 1:
        return _json(
            ctx,
            {
                "transcript_id": r("{L_uuid}"),
                "segments": [
                    {"speaker": r("{a_full}"), "start": 0.0, "text": r("Hello, this is {a_first} from {company}.")},
                    {
                        "speaker": r("{c}"),
                        "start": 3.2,
                        "text": r("Hi, it's {c_first}. My number changed to {c_phone}."),
                    },
                    {"speaker": r("{a_first}"), "start": 9.8, "text": r("Noted. Anything else, {c_sur}?")},
                ],
            },
        )
    if choice == 2:  # MCP-style: the record is a JSON string inside the result
        record = as_json(
            {
                "owner": r("{a_full}"),
                "contact": r("{c_crm}"),
                "email": r("{c_email}"),
                "phone": r("{c_phone}"),
                "sku": r("{L_sku}"),
                "updated": r("{L_ts_iso}"),
            }
        )
        return _json(ctx, {"content": [{"type": "text", "text": record}], "isError": False})
    if choice == 3:
        return _json(
            ctx,
            {
                "rows": [
                    {
                        "owner": r("{a_handle}"),
                        "contact": r("{c}"),
                        "email": r("{c_email}"),
                        "order": r("{L_order_number}"),
                    },
                    {
                        "owner": r("{a_handle}"),
                        "contact": r("{x_full}"),
                        "email": r("{x_email}"),
                        "order": r("{L_order_number}"),
                    },
                ],
                "took_ms": ctx.rng.randint(3, 400),
                "model": r("{L_model_name}"),
            },
        )
    if choice == 4:
        return _json(
            ctx,
            {
                "ok": False,
                "error": {
                    "code": 401,
                    "message": r("Incorrect API key provided: {key}. See {L_doc_url}."),
                    "request_id": r("{L_span_id}"),
                },
            },
        )
    return _json(
        ctx,
        {
            "booking": {
                "passengers": [{"name": r("{c_air}"), "title": r("{c_title}"), "contact": r("{c_email}")}],
                "destination": r("{L_city}"),
                "fare": r("{L_price}"),
            },
            "version": r("{L_version}"),
        },
    )
