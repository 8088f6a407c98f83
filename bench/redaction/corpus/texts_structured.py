"""Structured builders: tool-call arguments and results (JSON), captured HTTP headers, and developer
messages with pasted credentials."""

from __future__ import annotations

import json
from typing import Any

from . import secrets
from .planting import Planter

_SECRET_KEYS = ("password", "api_key", "token", "secret", "client_secret", "apiKey", "access_token", "db_password")


def _dump(p: Planter, obj: Any) -> str:
    p.is_json = True
    indent = 2 if p.rng.random() < 0.3 else None
    return json.dumps(obj, ensure_ascii=p.rng.random() < 0.3, indent=indent)


def tool_args(p: Planter) -> str:
    w = p.who
    pick = p.rng.randrange(5)
    if pick == 0:
        obj: Any = {
            "customer_email": p.pii("EMAIL_ADDRESS", w.email),
            "order_id": p.look("order_number"),
            "include_history": True,
        }
    elif pick == 1:
        obj = {
            "customer_id": p.look("uuid"),
            "address": {"line1": p.street_line(), "city": w.city, "postal_code": w.postcode},
            "contact": {"name": p.name(), "phone": p.pii("PHONE_NUMBER", w.phone)},
        }
    elif pick == 2:
        obj = {
            "card_number": p.pii("CREDIT_CARD", w.card),
            "amount": round(p.rng.uniform(5, 900), 2),
            "currency": "USD",
            "idempotency_key": p.look("uuid"),
            "items": [{"sku": p.look("sku"), "qty": p.rng.randint(1, 4)} for _ in range(2)],
        }
    elif pick == 3:
        obj = {
            "to": [p.pii("EMAIL_ADDRESS", w.email), p.pii("EMAIL_ADDRESS", w.colleague_email)],
            "subject": f"Your order {p.look('order_number')}",
            "body": f"Hi {p.name(full=False)}, your refund for {p.look('product_name')} is on its way.",
        }
    else:
        pw = secrets.password(p.rng)
        obj = {
            "dsn": f"postgresql://svc_app:{p.pii('URL_PASSWORD', pw)}@db-prod.internal:5432/orders",
            "query": p.look("code"),
            "timeout_ms": 5000,
        }
    return _dump(p, obj)


def tool_result(p: Planter) -> str:
    w = p.who
    pick = p.rng.randrange(4)
    if pick == 0:
        obj: Any = {
            "status": "ok",
            "trace_id": p.look("trace_id"),
            "customer": {
                "id": p.look("uuid"),
                "full_name": p.name(),
                "dob": p.pii("DATE_OF_BIRTH", w.dob),
                "ssn": p.pii("US_SSN", w.ssn),
                "iban": p.pii("IBAN_CODE", w.iban),
            },
            "orders": [
                {"order_id": p.look("order_number"), "sku": p.look("sku"), "created_at": p.look("timestamp")}
                for _ in range(2)
            ],
        }
    elif pick == 1:
        obj = {
            "env": {
                "AWS_ACCESS_KEY_ID": p.pii("AWS_ACCESS_KEY", secrets.aws_access_key(p.rng)),
                "AWS_SECRET_ACCESS_KEY": p.pii("AWS_SECRET_KEY", secrets.aws_secret_key(p.rng)),
                "GITHUB_TOKEN": p.pii("GITHUB_TOKEN", secrets.github_token(p.rng)),
                "LOG_LEVEL": "info",
                "SERVICE_VERSION": p.look("semver"),
            },
            "host": "worker-3",
        }
    elif pick == 2:
        keys = p.rng.sample(_SECRET_KEYS, 3)
        obj = {
            "integration": p.look("product_name"),
            "credentials": {key: p.pii("SECRET_JSON_KEY", secrets.opaque_secret(p.rng)) for key in keys},
            "updated_at": p.look("timestamp"),
        }
    else:
        obj = [
            {"span_id": p.look("span_id"), "model": p.look("model_name"), "client_ip": p.pii("IP_ADDRESS", w.ip)},
            {"span_id": p.look("span_id"), "path": p.look("file_path"), "version": p.look("semver")},
        ]
    return _dump(p, obj)


def llm_messages(p: Planter) -> str:
    """A ``gen_ai`` input-messages attribute: JSON whose tool-call arguments and tool results are JSON strings."""
    w = p.who
    call_id = p.look("tool_call_id")
    args = {"email": p.pii("EMAIL_ADDRESS", w.email), "order_id": p.look("order_number")}
    result = {"status": "shipped", "ship_to": p.street_line(), "eta": p.look("iso_date"), "sku": p.look("sku")}
    obj = [
        {"role": "system", "content": f"You are the order assistant. Model {p.look('model_name')}."},
        {"role": "user", "content": f"Where is my parcel? I'm {p.name()}, phone {p.pii('PHONE_NUMBER', w.phone)}."},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {"id": call_id, "type": "function", "function": {"name": "lookup_order", "arguments": json.dumps(args)}}
            ],
        },
        {"role": "tool", "tool_call_id": call_id, "content": json.dumps(result)},
    ]
    return _dump(p, obj)


def http_headers(p: Planter) -> str:
    """Captured request headers, as span attributes hold them (a JSON object) or as raw header lines."""
    if p.rng.random() < 0.5:
        token = p.pii("JWT", secrets.jwt(p.rng))
    else:
        token = p.pii("BEARER_TOKEN", secrets.bearer_token(p.rng))
    trace, span = p.look("trace_id"), p.look("span_id")
    if p.rng.random() < 0.6:
        obj = {
            "authorization": f"Bearer {token}",
            "x-api-key": p.pii("SECRET_JSON_KEY", secrets.opaque_secret(p.rng)),
            "user-agent": "python-httpx/0.27.0",
            "traceparent": f"00-{trace}-{span}-01",
            "x-request-id": p.look("uuid"),
        }
        return _dump(p, obj)
    return (
        f"POST /v1/orders/{p.look('order_number')} HTTP/1.1\nAuthorization: Bearer {token}\n"
        f"traceparent: 00-{trace}-{span}-01\nX-Request-Id: {p.look('uuid')}\nUser-Agent: okhttp/4.12.0"
    )


def dev_secret(p: Planter) -> str:
    """A developer pasting config or commands into a chat: the commonest way secrets reach traces."""
    rng, pick = p.rng, p.rng.randrange(8)
    if pick == 7:  # access tokens in query strings end up in every HTTP client log line
        token = p.pii("BEARER_TOKEN", secrets.bearer_token(rng))
        return f"GET https://api.acme.io/v1/orders/{p.look('order_number')}?access_token={token} -> 401 Unauthorized"
    if pick == 0:
        return (
            "here's my .env, the worker still gets 403:\n"
            f"AWS_ACCESS_KEY_ID={p.pii('AWS_ACCESS_KEY', secrets.aws_access_key(rng))}\n"
            f"AWS_SECRET_ACCESS_KEY={p.pii('AWS_SECRET_KEY', secrets.aws_secret_key(rng))}\n"
            f"AWS_REGION=eu-west-1\nAPP_VERSION={p.look('semver')}"
        )
    if pick == 1:
        return (
            f'Why does `client = OpenAI(api_key="{p.pii("OPENAI_API_KEY", secrets.openai_key(rng))}")` fail '
            f"with model {p.look('model_name')}? I followed {p.look('doc_url')}"
        )
    if pick == 2:
        return (
            f"export ANTHROPIC_API_KEY={p.pii('ANTHROPIC_API_KEY', secrets.anthropic_key(rng))}\n"
            f"python {p.look('file_path')} --model {p.look('model_name')}"
        )
    if pick == 3:
        return (
            f"git clone https://{p.pii('GITHUB_TOKEN', secrets.github_token(rng))}@github.com/acme/checkout.git "
            f"fails on tag {p.look('semver')}, any idea?"
        )
    if pick == 4:
        pw = p.pii("CONNECTION_STRING_PASSWORD", secrets.password(rng))
        return rng.choice(
            [
                "Server=tcp:sql-prod.database.windows.net,1433;Initial Catalog=orders;User ID=svc_app;"
                f"Password={pw};Encrypt=True;",
                f"host=db.internal port=5432 dbname=app user=svc password={pw} sslmode=require",
            ]
        )
    if pick == 5:
        pw = p.pii("URL_PASSWORD", secrets.password(rng))
        url = rng.choice(
            [
                f"redis://:{pw}@cache.internal:6379/0",
                f"https://deploy:{pw}@registry.acme.io/v2/",
                f"amqp://guest:{pw}@mq.internal:5672/%2F",
            ]
        )
        return f"the job can't connect to {url} since {p.look('iso_date')}"
    pw = p.pii("PASSWORD_ASSIGNMENT", secrets.password(rng))
    return rng.choice(
        [
            f"config.ini has password={pw} and it still says auth failed",
            f'DB_PASSWORD = "{pw}"  # TODO move to vault',
            f"login: admin / PASSWORD: {pw}",
        ]
    )


def private_key_paste(p: Planter) -> str:
    return (
        f"deploy fails with 'invalid format' using this key from {p.look('file_path')}:\n"
        f"{p.pii('PRIVATE_KEY', secrets.private_key(p.rng))}"
    )
