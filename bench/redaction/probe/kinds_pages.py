"""Retrieved pages and mail full of capitalised names: help-centre and policy chunks under their headings, a
marketing newsletter, an internal team wiki page and meeting minutes (people's names sit among them, unlabelled)."""

from __future__ import annotations

from . import emails, phones
from .core import Ctx, Doc
from .slots import render

HELP = {
    "en": [
        "Items bought in our {namedcity} and {city} stores can be returned in any store or by post within 30 days.",
        "We're closed on {day}; orders placed after {date} ship the next working day.",
        "The {product} and {product} are excluded from the {heading} promotion.",
        "Pick-up points: {station}, {airport} (arrivals hall) and the kiosk next to {landmark}.",
        "Payments are processed by {company}; see {site} for details.",
        "Still stuck? Email {email} or call {phone} (Mon-Fri, 9:00-17:00).",
    ],
    "es": [
        "Los productos comprados en {namedcity} o {city} se pueden devolver en cualquier tienda durante 30 días.",
        "Cerramos el {day}; los pedidos posteriores al {date} salen el siguiente día laborable.",
        "El {product} no entra en la promoción {heading}.",
        "¿Dudas? Escríbenos a {email} o llama al {phone}.",
    ],
    "de": [
        "In den Filialen {namedcity} und {city} gekaufte Artikel können 30 Tage lang zurückgegeben werden.",
        "Am {day} bleiben alle Filialen geschlossen; Bestellungen nach dem {date} gehen am nächsten Werktag raus.",
        "{product} ist von der Aktion {heading} ausgenommen.",
        "Fragen? Schreiben Sie an {email} oder rufen Sie {phone} an.",
    ],
    "fr": [
        "Les articles achetés à {namedcity} ou {city} peuvent être retournés en magasin sous 30 jours.",
        "Nos magasins sont fermés le {day} ; les commandes passées après le {date} partent le jour ouvré suivant.",
        "Le {product} est exclu de l'offre {heading}.",
        "Une question ? Écrivez à {email} ou appelez le {phone}.",
    ],
}


def help_page(ctx: Ctx) -> Doc:
    rng = ctx.rng
    lang = ctx.lang if ctx.lang in HELP else "en"
    d = Doc("rag_document", lang)
    chunks = [render(ctx, d, "# {heading}")]
    for line in rng.sample(HELP[lang], rng.randint(2, min(4, len(HELP[lang])))):
        if rng.random() < 0.5:
            chunks.append(render(ctx, d, "## {heading}"))
        chunks.append(render(ctx, d, line))
    chunks.append(render(ctx, d, "Last updated {date} · Source: {site}"))
    d.text = "\n\n".join(chunks)
    return d


def newsletter(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("email", "en")
    sender = d.v(emails.role_address(rng, ctx.domain))
    head = f"From: {ctx.company} <{sender}>\nTo: {d.v(ctx.me.email)}\n" + render(ctx, d, "Subject: {heading} 🎉")
    body = [
        render(ctx, d, "Hi {name},"),
        render(ctx, d, "### {heading}\nSave up to 40% on the {product}, the {product} and more until {day}."),
        render(ctx, d, "### {heading}\nMeet us at {venue} in {city}, or at our pop-up store at {station}."),
        render(ctx, d, "Partner offer from {company}: {beauty} with every order over {amount}."),
        render(ctx, d, "Now streaming: {work}. Also new: {work}."),
        render(ctx, d, "[Shop now]({site})   [{heading}]({site})"),
        render(ctx, d, "Unsubscribe: {site}"),
    ]
    d.text = head + "\n\n" + "\n\n".join(b for b in body if rng.random() < 0.85 or b.startswith("Hi"))
    return d


def wiki_page(ctx: Ctx) -> Doc:
    """An internal team page: owners, on-call phone, repos, dashboards, buckets, dependencies, partners."""
    rng = ctx.rng
    d = Doc("rag_document", "en")
    oncall = d.v(ctx.me.phone if rng.random() < 0.5 else phones.local_phone(rng, ctx.lang))
    lines = [
        render(ctx, d, "# {team}"),
        render(ctx, d, "Owner: {name} ({job}) · On-call: ") + oncall,
        render(ctx, d, "Offices: {namedcity}, {city} · Stakeholders: {team}, {team}"),
        render(ctx, d, "## {heading}"),
        render(ctx, d, "- Repo: {docs}\n- Dashboards: {ops}\n- Runbook: {path}"),
        render(ctx, d, "- Main branch: `{branch}`; images: `{image}`"),
        render(ctx, d, "- Data: `{bucket}` (writer role `{arn}`)"),
        render(ctx, d, "- Stack: {lib}, {lib}, {lib}; hosts {host} and {host}"),
        render(ctx, d, "- Scoring: {method} on {tech} events (see {docs})"),
        render(ctx, d, "## {heading}\nExternal counsel: {law_firm}. Audit: {company}. {legal} signed {date}."),
    ]
    d.text = "\n".join(line for i, line in enumerate(lines) if i < 3 or rng.random() < 0.75)
    return d


def meeting_notes(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("rag_document", "en")
    people = ", ".join(f"{p.first} {p.last}" for p in [ctx.me, *ctx.contacts])
    items = [
        "{company} wants the {legal} reviewed before {day} — {law_firm} to comment.",
        "Move the offsite from {namedcity} to {venue}; travel via {airport}.",
        "Roll out {software} to {team}; licences via {org}.",
        "Pilot with {hospital}: data stays in {bucket}.",
        "Migrate the {lib} jobs; cron `{cron}` stays until {date}.",
        "Customer feedback on the {product}: the {heading} page confuses people ({site}).",
        "Follow up with {email} about order {order}.",
        "Replace the {method} in the churn model with a {method}; {lib} owners to review.",
    ]
    picked = [render(ctx, d, "- [ ] " + item) for item in rng.sample(items, rng.randint(3, 5))]
    d.text = render(ctx, d, "## Minutes — {heading} ({date})\n") + f"Attendees: {people}\n\n" + "\n".join(picked)
    return d
