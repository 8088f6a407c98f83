"""JSON texts: tool-call arguments (nested JSON strings included), tool results, span attributes."""

from __future__ import annotations

import json
from typing import Any

from . import emails, finance, network, phones, tokens
from .core import Ctx, Doc, lab, rand
from .lookalikes import MAKERS, timestamp
from .passwords import password_value

PHONE_KEYS = [
    "phone",
    "phoneNumber",
    "phone_number",
    "mobile",
    "tel",
    "telefono",
    "telefon",
    "téléphone",
    "numero",
    "msisdn",
    "whatsapp",
    "fax",
    "cell",
    "Handynummer",
    "celular",
    "to",
    "callerId",
    "contact_phone",
    "mobilePhone",
]
EMAIL_KEYS = [
    "email",
    "e_mail",
    "mail",
    "correo",
    "emailAddress",
    "to",
    "recipient",
    "replyTo",
    "login",
    "userPrincipalName",
]
IBAN_KEYS = ["iban", "IBAN", "accountNumber", "bank_account", "konto", "cuenta", "payout_iban"]
CARD_KEYS = ["card_number", "cardNumber", "pan", "cc", "number", "numero_tarjeta", "Kartennummer"]
SECRET_KEYS = [
    "password",
    "passwd",
    "pwd",
    "pass",
    "contraseña",
    "Passwort",
    "secret",
    "client_secret",
    "db_password",
    "api_key",
    "apiKey",
    "token",
    "access_token",
    "refresh_token",
    "private_key_passphrase",
    "senha",
    "motDePasse",
]
TOOLS = [
    "update_contact",
    "send_sms",
    "create_refund",
    "lookup_customer",
    "send_email",
    "charge_card",
    "create_user",
    "set_secret",
    "whatsapp.send_message",
    "crm.upsert_lead",
]


def _secret(ctx: Ctx, d: Doc, key: str) -> str:
    rng = ctx.rng
    if key in {"api_key", "apiKey", "token", "access_token"} and rng.random() < 0.7:
        return d.v(tokens.any_api_secret(rng).label("json", key))
    if key == "refresh_token" or rng.random() < 0.1:
        return d.v(lab("SECRET_JSON_KEY", rand(rng, "w", rng.randint(24, 64)), "opaque", key))
    value, shape = password_value(rng)
    return d.v(lab("SECRET_JSON_KEY", value, "password", key, shape))


def _args(ctx: Ctx, d: Doc) -> dict[str, Any]:
    rng = ctx.rng
    args: dict[str, Any] = {}
    for _ in range(rng.randint(2, 4)):
        what = rng.choice(["phone", "phone", "email", "iban", "card", "secret", "ip", "look", "look", "ssn"])
        look = rng.choice(["order_id", "uuid", "amount", "date", "sku", "invoice_id", "tracking_number"])
        key = {
            "phone": rng.choice(PHONE_KEYS),
            "email": rng.choice(EMAIL_KEYS),
            "iban": rng.choice(IBAN_KEYS),
            "card": "card",
            "secret": rng.choice(SECRET_KEYS),
            "look": look,
            "ip": rng.choice(["ip", "client_ip", "remoteAddr", "sourceIp"]),
            "ssn": rng.choice(["ssn", "social_security_number", "taxId", "SSN", "applicant_ssn"]),
        }[what]
        if key in args:
            continue
        if what == "phone":
            args[key] = d.v(ctx.me.phone if rng.random() < 0.4 else phones.foreign_phone(rng, ctx.lang))
        elif what == "email":
            args[key] = d.v(
                ctx.me.email if rng.random() < 0.5 else emails.email(rng, ctx.me.first, ctx.me.last, ctx.lang)
            )
        elif what == "iban":
            args[key] = d.v(finance.iban(rng, lang=ctx.lang))
        elif what == "card":
            args[key] = {rng.choice(CARD_KEYS): d.v(ctx.me.card), "exp_month": rng.randint(1, 12), "exp_year": 2027}
        elif what == "secret":
            args[key] = _secret(ctx, d, key)
        elif what == "ip":
            args[key] = d.v(network.ip(rng))
        elif what == "ssn":
            args[key] = d.v(finance.ssn(rng))
        else:
            args[key] = d.la(look, MAKERS[look](rng))
    return args


def tool_args_json(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("tool_args_json", ctx.lang, is_json=True)
    name, args = rng.choice(TOOLS), _args(ctx, d)
    style = rng.choice(["openai", "anthropic", "plain"])
    call_id = d.la("request_id", "call_" + rand(rng, "c", 24))
    if style == "openai":  # arguments is itself a JSON string
        obj: Any = {
            "id": call_id,
            "type": "function",
            "function": {"name": name, "arguments": json.dumps(args, ensure_ascii=False)},
        }
    elif style == "anthropic":
        obj = {"type": "tool_use", "id": call_id, "name": name, "input": args}
    else:
        obj = args
    d.text = json.dumps(obj, ensure_ascii=rng.random() < 0.3)
    return d


def tool_result_json(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("tool_result_json", ctx.lang, is_json=True)
    records = []
    for person in [ctx.me, *ctx.contacts][: rng.randint(1, 4)]:
        rec: dict[str, Any] = {
            "id": d.la("uuid", MAKERS["uuid"](rng)),
            "name": f"{person.first} {person.last}",
            rng.choice(EMAIL_KEYS[:5]): d.v(person.email),
            rng.choice(PHONE_KEYS[:8]): d.v(person.phone),
            "created_at": d.la("timestamp", timestamp(rng)),
        }
        if rng.random() < 0.5:
            rec["billing"] = {
                "iban": d.v(person.iban),
                "last_invoice": d.la("invoice_id", MAKERS["invoice_id"](rng)),
                "balance": d.la("amount", MAKERS["amount"](rng)),
            }
        if rng.random() < 0.3:
            rec["last_login_ip"] = d.v(person.ip)
        if rng.random() < 0.2:
            rec["phones"] = [d.v(phones.foreign_phone(rng, ctx.lang)) for _ in range(2)]
        if rng.random() < 0.15:  # CRMs that store E.164 digits as a JSON number
            number = phones.phone(rng, rng.choice(phones.COUNTRIES), ext_p=0)
            while not number.value.startswith("+") or "(0)" in number.value:
                number = phones.phone(rng, rng.choice(phones.COUNTRIES), ext_p=0)
            digits = "".join(ch for ch in number.value if ch.isdigit())
            rec["msisdn"] = int(d.v(lab("PHONE_NUMBER", digits, number.variant.split(",")[0], "json-number")))
        records.append(rec)
    body: dict[str, Any] = {
        "status": "ok",
        "count": len(records),
        "results": records,
        "request_id": d.la("request_id", MAKERS["request_id"](rng)),
        "took": d.la("duration", MAKERS["duration"](rng)),
    }
    if rng.random() < 0.3:  # an HTTP tool returning the raw body as a string
        body = {"status_code": int(d.la("http_status", "200")), "body": json.dumps(body, ensure_ascii=False)}
    d.text = json.dumps(body, ensure_ascii=False, indent=rng.choice([None, 2]))
    return d


def span_attributes(ctx: Ctx) -> Doc:
    """OpenTelemetry span attributes of an HTTP call, as an exporter writes them."""
    rng = ctx.rng
    d = Doc("span_attributes_json", "en", is_json=True)
    chain = network.xff_chain(rng)
    attrs: dict[str, Any] = {
        "http.request.method": rng.choice(["GET", "POST", "PUT"]),
        "url.full": f"https://api.{ctx.domain}/v2/customers?email={d.v(emails.urlencoded(ctx.me.email.value))}",
        "http.response.status_code": int(d.la("http_status", MAKERS["http_status"](rng))),
        "client.address": d.v(chain[0]),
        "http.request.header.x-forwarded-for": [", ".join(d.v(ip) for ip in chain)],
        "server.port": int(d.la("port", MAKERS["port"](rng))),
        "trace_id": d.la("hash", rand(rng, "x", 32)),
        "gen_ai.request.model": d.la("model_name", MAKERS["model_name"](rng)),
    }
    if rng.random() < 0.6:
        sec = tokens.jwt(rng) if rng.random() < 0.4 else tokens.vendor_token(rng)
        attrs["http.request.header.authorization"] = [f"Bearer {d.v(sec.label('otel-header'))}"]
    d.text = json.dumps(attrs)
    return d
