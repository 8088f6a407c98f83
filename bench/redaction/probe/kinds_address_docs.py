"""Documents carrying addresses: e-mail signatures, CRM exports, shipping labels, PO-box lines."""

from __future__ import annotations

from . import addresses
from .core import Ctx, Doc
from .kinds_address import look, pick_addr, plant
from .lookalikes import MAKERS
from .phrases import pick


def _signature(ctx: Ctx, d: Doc) -> str:
    rng, addr = ctx.rng, pick_addr(ctx, own=0.2, abroad=0.2)
    lines = ["-- ", ctx.name, f"{rng.choice(['Office Manager', 'Key Account', 'Inhaber', 'Gerente'])} | {ctx.company}"]
    lines.append(plant(d, addr, "signature", sep=rng.choice(["\n", "\n", " · "])))
    lines.append(f"{rng.choice(['T', 'Tel.', 'M'])} {d.v(ctx.me.phone)} | {d.v(ctx.me.email)}")
    return "\n".join(lines)


def _csv(ctx: Ctx, d: Doc) -> str:
    rng = ctx.rng
    sep = rng.choice([",", ";"])
    rows = [sep.join(["name", "email", "street", "postcode_city", "country", "created"])]
    for person in [ctx.me, *ctx.contacts]:
        addr = pick_addr(ctx, own=1.0 if person is ctx.me else 0.0, abroad=0.1)
        cells = [f"{person.first} {person.last}", d.v(person.email), d.v(addresses.label(addr, "csv"))]
        cells += [addr.locality, addr.country.split("-")[0], d.la("date", MAKERS["date"](rng))]
        rows.append(sep.join(f'"{c}"' if sep in c or '"' in c else c for c in cells))
    return "\n".join(rows)


def _shipping_label(ctx: Ctx, d: Doc) -> str:
    rng = ctx.rng
    addr = pick_addr(ctx, own=0.5)
    if rng.random() < 0.4:
        addr = addresses.cased(addr, "caps")
    if rng.random() < 0.2:
        addr = addresses.pobox(rng, ctx.lang)
    to = plant(d, addr, "label", sep="\n")
    name = ctx.name.upper() if addr.line.isupper() else ctx.name
    order = d.la("order_id", MAKERS["order_id"](rng))
    head = f"ORDER {order}  TRACKING {d.la('tracking_number', MAKERS['tracking_number'](rng))}"
    weight = f"Weight: {rng.randint(1, 9)}.{rng.randint(0, 9)} kg"
    return f"{head}\nSHIP TO:\n{name}\n{to}\n{addr.country.split('-')[0]}\n{weight}"


def addr_doc(ctx: Ctx) -> Doc:
    """An e-mail signature, a CRM export, a shipping label or a PO-box line."""
    rng = ctx.rng
    roll = rng.random()
    d = Doc("email" if roll < 0.3 else "crm_csv" if roll < 0.55 else "rag_document", ctx.lang)
    if roll < 0.3:
        body = rng.choice(pick(ctx.lang, "close")) or "Best,"
        d.text = f"{rng.choice(pick(ctx.lang, 'greet'))}\n\n{look(ctx, d)}\n\n{body}\n{_signature(ctx, d)}"
    elif roll < 0.55:
        d.text = _csv(ctx, d)
    elif roll < 0.85:
        d.text = _shipping_label(ctx, d)
    else:
        box = addresses.pobox(rng, ctx.lang)
        d.text = f"Please send the signed contract by post to {ctx.company}, {plant(d, box)}.\n{look(ctx, d)}"
    return d
