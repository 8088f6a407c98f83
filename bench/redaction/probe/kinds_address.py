"""Texts about where people live: chat prose in the local language, tool JSON, signatures, CRM rows, labels."""

from __future__ import annotations

import json
from typing import Any

from . import addresses
from .core import Addr, Ctx, Doc
from .lookalikes import MAKERS
from .phrases import pick
from .phrases_personal import ADDR, LOOKS, VALUES

ADDR_KEYS = ["address", "shipping_address", "billing_address", "street", "addressLine1", "direccion", "Anschrift"]
ADDR_KEYS += ["adresse", "endereco", "indirizzo", "adres", "deliveryAddress", "home_address"]


def pick_addr(ctx: Ctx, own: float = 0.4, abroad: float = 0.3) -> Addr:
    """The persona's home (it recurs across the trace) or another address, sometimes typed in lower/upper case."""
    rng = ctx.rng
    base = ctx.me.home if ctx.me.home and rng.random() < own else addresses.any_address(rng, ctx.lang, abroad)
    return addresses.cased(base, addresses.case_mode(rng))


def plant(d: Doc, addr: Addr, *tags: str, sep: str = ", ") -> str:
    """Record the street line as a label and return the address as written in full."""
    d.v(addresses.label(addr, *tags))
    return addr.full(sep)


def look(ctx: Ctx, d: Doc, kind: str = "") -> str:
    """A sentence carrying a harmless value that sits near addresses: a city, a Route 66 Diner, Gate 12, the A1."""
    rng = ctx.rng
    kind = kind or rng.choice(list(LOOKS))
    value = MAKERS["version"](rng) if kind == "version" else rng.choice(VALUES[kind])
    return rng.choice(LOOKS[kind]).format(x=d.la(kind, value))


def prose_lang(ctx: Ctx, addr: Addr) -> str:
    """Users mostly write in the trace language; an address abroad is sometimes quoted in its own language."""
    local = addresses.SPECS.get(addr.country)
    if local and local.lang != ctx.lang and local.lang in ADDR and ctx.rng.random() < 0.5:
        return local.lang
    return ctx.lang if ctx.lang in ADDR else "en"


def addr_chat(ctx: Ctx) -> Doc:
    rng = ctx.rng
    first = pick_addr(ctx)
    lang = prose_lang(ctx, first)
    d = Doc("chat_user", lang)
    parts = [rng.choice(pick(lang, "greet")) if lang in {"en", "es", "de", "fr", "pt", "it", "nl", "pl"} else ""]
    parts.append(rng.choice(ADDR[lang]).format(a=plant(d, first, "prose")))
    if rng.random() < 0.45:
        other = pick_addr(ctx, own=0.0, abroad=0.15)
        intro = {"en": "Old address was", "de": "Alte Adresse:", "es": "Antes vivía en", "fr": "Ancienne adresse :"}
        parts.append(f"({intro.get(lang, 'old:')} {plant(d, other, 'prose')})")
    for _ in range(rng.randint(0, 2)):
        parts.append(look(ctx, d))
    if lang in {"en", "es", "de", "fr", "pt", "it", "nl", "pl"}:
        parts.append(rng.choice(pick(lang, "close")))
    d.text = rng.choice([" ", "\n"]).join(p for p in parts if p)
    return d


def _addr_value(ctx: Ctx, d: Doc, key: str) -> Any:
    rng, addr = ctx.rng, pick_addr(ctx)
    roll = rng.random()
    if key in {"street", "addressLine1"} or roll < 0.3:
        return d.v(addresses.label(addr, "json"))
    if roll < 0.65:
        return plant(d, addr, "json")
    country = addr.country.split("-")[0]
    obj = {"line1": d.v(addresses.label(addr, "json")), "city": addr.locality, "country": country}
    if rng.random() < 0.4:
        obj["line2"] = ""
    return obj


def addr_json(ctx: Ctx) -> Doc:
    """Tool-call arguments and CRM/geocoder results holding addresses (sometimes as a nested JSON string)."""
    rng = ctx.rng
    d = Doc(rng.choice(["tool_args_json", "tool_result_json"]), ctx.lang, is_json=True)
    keys = rng.sample(ADDR_KEYS, rng.randint(1, 3))
    args: dict[str, Any] = {key: _addr_value(ctx, d, key) for key in keys}
    args["customer"] = ctx.name
    if rng.random() < 0.5:
        args["order_id"] = d.la("order_id", MAKERS["order_id"](rng))
    if rng.random() < 0.3:
        args["notes"] = look(ctx, d)
    if rng.random() < 0.25:
        args["geocode"] = {"formatted_address": plant(d, pick_addr(ctx, own=0.0), "json"), "partial_match": False}
    if d.kind == "tool_args_json" and rng.random() < 0.5:
        obj: Any = {"name": rng.choice(["update_address", "create_shipment", "geocode"]), "arguments": json.dumps(args)}
    else:
        obj = {"status": "ok", "result": args}
    d.text = json.dumps(obj, ensure_ascii=rng.random() < 0.25, indent=rng.choice([None, 2]))
    return d


TRAVEL = {
    "en": "We're driving down to stay with my aunt at {a}.",
    "de": "Wir fahren runter zu meiner Tante, {a}.",
    "es": "Vamos en coche a casa de mi tía, en {a}.",
    "fr": "On descend en voiture chez ma tante, au {a}.",
}


def travel_chat(ctx: Ctx) -> Doc:
    """Travel talk: roads, gates, platforms, hotels named with numbers, and one private address among them."""
    rng = ctx.rng
    lang = ctx.lang if ctx.lang in TRAVEL else "en"
    d = Doc("chat_user", lang)
    parts = [look(ctx, d, "road_number"), look(ctx, d, rng.choice(["venue_number", "city", "company_name"]))]
    if rng.random() < 0.7:
        parts.insert(rng.randint(0, 2), TRAVEL[lang].format(a=plant(d, pick_addr(ctx, own=0.0), "prose")))
    parts.append(look(ctx, d, "quantity_phrase") if rng.random() < 0.4 else "")
    d.text = " ".join(p for p in parts if p)
    return d
