"""Shopping texts full of product, brand, store and page names: a user's question about products, an assistant's
comparison in Markdown, a product catalogue CSV, product-search tool calls and their results."""

from __future__ import annotations

import json
from typing import Any

from . import emails
from .core import Ctx, Doc
from .lookalikes import MAKERS
from .mentions import mention
from .phrases import pick
from .slots import render, slot

ASK = {
    "en": ["Which is better for a small flat, the {gadget} or the {gadget}?", "Does the {product} ship to {city}?"],
    "es": ["¿Qué es mejor para un piso pequeño, el {gadget} o el {gadget}?", "¿Envían el {product} a {city}?"],
    "de": ["Was ist besser für eine kleine Wohnung, {gadget} oder {gadget}?", "Liefert ihr {product} nach {city}?"],
    "fr": ["Pour un petit appartement, {gadget} ou {gadget} ?", "Le {product} est-il livré à {city} ?"],
    "pt": ["Qual é melhor para um apê pequeno, o {gadget} ou o {gadget}?", "Vocês entregam o {product} em {city}?"],
}


def product_chat(ctx: Ctx) -> Doc:
    """A user turn about products: a question, one or two sentences naming things, sometimes a contact."""
    rng = ctx.rng
    lang = ctx.lang if ctx.lang in ASK else "en"
    d = Doc("chat_user", lang)
    parts = [rng.choice(pick(lang, "greet")), render(ctx, d, rng.choice(ASK[lang]))]
    parts += [mention(ctx, d, lang) for _ in range(rng.randint(1, 2))]
    if rng.random() < 0.5:
        parts.append(render(ctx, d, rng.choice(pick(lang, rng.choice(["email", "phone", "order"])))))
    parts.append(rng.choice(pick(lang, "close")))
    d.text = rng.choice([" ", "\n"]).join(p for p in parts if p)
    return d


def assistant_compare(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("chat_assistant", "en")
    rows = ["| Model | Price | Best for |", "|---|---|---|"]
    for _ in range(rng.randint(2, 4)):
        use = rng.choice(["pet hair", "travel", "gaming", "small kitchens", "the office", "long flights"])
        rows.append(render(ctx, d, "| {gadget} | {amount} | " + use + " |"))
    tail = rng.choice(
        [
            "Before you order, check the **{heading}** section: {site}",
            "The {namedcity} and {city} stores have it in stock; the outlet near {landmark} does not.",
            "Reviews on {org}'s blog rate it highly, and it works with {assistant} out of the box.",
            "If you need it for {day}, order by {date} — I've sent the comparison to {email}.",
            "All of them stream {work} in 4K; only the first is rated for {chem} cleaning wipes.",
        ]
    )
    d.text = render(ctx, d, "## {heading}\n\nHere's how they compare:\n\n") + "\n".join(rows)
    d.text += "\n\n" + render(ctx, d, tail)
    return d


def catalog_csv(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("catalog_csv", "en")
    sep = rng.choice([",", ";"])
    rows = [sep.join(["sku", "name", "supplier", "warehouse", "price", "ean", "updated", "page"])]
    for _ in range(rng.randint(3, 7)):
        cells = [slot(ctx, d, s) for s in ("sku", "product", "company", "city", "amount")]
        cells += [d.la("ean", MAKERS["ean"](rng)), slot(ctx, d, "date"), slot(ctx, d, "site")]
        rows.append(sep.join(f'"{c}"' if sep in c or "," in c or '"' in c else c for c in cells))
    if rng.random() < 0.5:
        rows.append(f"# questions: {d.v(emails.role_address(rng, ctx.domain))}")
    d.text = "\n".join(rows)
    return d


def product_search_json(ctx: Ctx) -> Doc:
    rng = ctx.rng
    call = rng.random() < 0.5
    d = Doc("tool_args_json" if call else "tool_result_json", ctx.lang, is_json=True)
    if call:
        args: dict[str, Any] = {"query": slot(ctx, d, "product"), "near": slot(ctx, d, "city"), "in_stock": True}
        if rng.random() < 0.4:
            args["notify_email"] = d.v(ctx.me.email)
        obj: Any = {"name": "search_products", "arguments": json.dumps(args, ensure_ascii=False)}
    else:
        hits = []
        for _ in range(rng.randint(1, 4)):
            hits.append(
                {
                    "title": slot(ctx, d, "product"),
                    "brand_page": slot(ctx, d, "url"),
                    "seller": slot(ctx, d, "company"),
                    "price": slot(ctx, d, "amount"),
                    "stores": [slot(ctx, d, "namedcity"), slot(ctx, d, "station")],
                    "badge": slot(ctx, d, "heading"),
                }
            )
        if rng.random() < 0.3:
            hits[0]["ingredients"] = [slot(ctx, d, "chem") for _ in range(rng.randint(1, 3))]
        if rng.random() < 0.3:
            hits[-1]["also_bought"] = slot(ctx, d, "work")
        obj = {"status": "ok", "results": hits, "request_id": slot(ctx, d, "request_id")}
    d.text = json.dumps(obj, ensure_ascii=rng.random() < 0.2, indent=rng.choice([None, 2]))
    return d
