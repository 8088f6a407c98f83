"""Filling a phrase's {slots} with planted values (labels) and look-alikes (the world's names and locators too:
{product} {place} {airport} {org} {heading} {path} {url} {branch}..., see world.SLOTS)."""

from __future__ import annotations

import string

from . import emails, finance, network, phones
from .core import Ctx, Doc
from .lookalikes import MAKERS
from .world import SLOTS, world

LOOK_SLOTS = {
    "order": "order_id",
    "date": "date",
    "amount": "amount",
    "ticket": "ticket_id",
    "tracking": "tracking_number",
    "invoice": "invoice_id",
    "ts": "timestamp",
    "version": "version",
    "uuid": "uuid",
    "sku": "sku",
    "duration": "duration",
    "request_id": "request_id",
    "git_sha": "git_sha",
    "status": "http_status",
    "port": "port",
    "pod": "pod_name",
    "error": "error_code",
}


def slot(ctx: Ctx, d: Doc, name: str) -> str:
    rng = ctx.rng
    if name in LOOK_SLOTS:
        kind = LOOK_SLOTS[name]
        return d.la(kind, MAKERS[kind](rng))
    if name in SLOTS:
        return d.la(*world(rng, name, d.language))
    if name == "phone":
        roll = rng.random()
        if roll < 0.45:
            return d.v(ctx.me.phone)
        return d.v(phones.foreign_phone(rng, ctx.lang) if roll < 0.6 else phones.local_phone(rng, ctx.lang))
    if name == "email":
        roll = rng.random()
        if roll < 0.08:
            return d.v(emails.obfuscated(rng, ctx.me.email.value, ctx.lang))
        return d.v(ctx.me.email if roll < 0.6 else emails.email(rng, ctx.me.first, ctx.me.last, ctx.lang))
    if name == "card":
        if rng.random() < 0.5:
            return d.v(ctx.me.card)
        return d.v(finance.card(rng, valid=rng.random() > 0.2))
    if name == "iban":
        return d.v(ctx.me.iban if rng.random() < 0.6 else finance.iban(rng, lang=ctx.lang))
    if name == "ssn":
        return d.v(finance.ssn(rng))
    if name == "ip":
        return d.v(ctx.me.ip if rng.random() < 0.5 else network.ip(rng))
    if name == "name":
        return ctx.name
    raise KeyError(name)


def render(ctx: Ctx, d: Doc, template: str) -> str:
    """Fill every {slot} of ``template``; literal braces are written {{ }}."""
    out: list[str] = []
    for literal, field, _spec, _conv in string.Formatter().parse(template):
        out.append(literal)
        if field is not None:
            out.append(slot(ctx, d, field))
    return "".join(out)
