"""Documents: e-mails with headers and signatures, support tickets, retrieved pages (RAG), CRM exports."""

from __future__ import annotations

from . import emails, finance, phones
from .core import Ctx, Doc
from .kinds_chat import chat_user
from .lookalikes import MAKERS, rfc2822, timestamp
from .slots import render, slot

SIG_CUES = {
    "en": ["T: ", "Tel: ", "Mobile: ", "M ", "Direct: ", "📞 ", "Cell. "],
    "de": ["Tel.:", "Tel. ", "Mobil: ", "Fax: ", "Telefon ", "T ", "Mob.", "☎ "],
    "fr": ["Tél. : ", "Tél.:", "Port. ", "Mobile : ", "Fax : ", "Ligne directe : "],
    "es": ["Tel.: ", "Móvil: ", "Tfno: ", "Cel.: ", "Fijo "],
    "pt": ["Tel.: ", "Cel: ", "Telefone: ", "WhatsApp: ", "Telemóvel "],
    "it": ["Tel. ", "Cell. ", "Fax ", "Mob: "],
    "nl": ["T ", "M ", "Tel.: ", "Mobiel: "],
    "pl": ["tel. ", "kom. ", "Tel.: ", "fax "],
}


def signature(ctx: Ctx, d: Doc) -> str:
    rng = ctx.rng
    cues = SIG_CUES.get(ctx.lang, SIG_CUES["en"])
    lines = [
        "-- ",
        ctx.name,
        f"{slot(ctx, d, 'job')} | {ctx.company}",
    ]
    if rng.random() < 0.4:
        lines.append(render(ctx, d, rng.choice(["Office: {city}", "{namedcity} · {city}", "📍 {region}"])))
    for _ in range(rng.randint(1, 3)):
        cue = rng.choice(cues)
        number = d.v(ctx.me.phone if rng.random() < 0.4 else phones.local_phone(rng, ctx.lang))
        lines.append(cue + number)
    lines.append(f"{d.v(ctx.me.email)} | www.{ctx.domain}")
    if ctx.lang in {"de", "nl", "fr", "it", "pl", "es"} and rng.random() < 0.5:
        iban = d.v(finance.iban(rng, lang=ctx.lang, form="grouped"))
        lines.append(
            rng.choice(
                [
                    f"Bankverbindung: IBAN {iban}",
                    f"IBAN {iban} · BIC {rng.choice(['COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A'])}",
                    f"IBAN: {iban}",
                ]
            )
        )
    return "\n".join(lines)


def email_msg(ctx: Ctx) -> Doc:
    rng, lang = ctx.rng, ctx.lang
    d = Doc("email", lang)
    other = ctx.contacts[0] if ctx.contacts else ctx.me
    to = d.v(other.email)
    head = [f"From: {ctx.name} <{d.v(ctx.me.email)}>", f'To: "{other.first} {other.last}" <{to}>']
    if rng.random() < 0.4:
        head.append(f"Cc: {d.v(emails.role_address(rng, ctx.domain))}")
    head += [
        f"Date: {d.la('timestamp', rfc2822(rng))}",
        f"Subject: Re: {d.la('order_id', MAKERS['order_id'](rng))}",
        f"Message-ID: <{d.la('uuid', MAKERS['uuid'](rng))}@mail.{ctx.domain}>",
    ]
    body = chat_user(ctx)
    d.labels += body.labels
    d.looks += body.looks
    link = f'<a href="mailto:{d.v(ctx.me.email)}">{ctx.name}</a>' if rng.random() < 0.3 else ""
    d.text = "\n".join(head) + "\n\n" + body.text + ("\n" + link if link else "") + "\n\n" + signature(ctx, d)
    return d


def support_ticket(ctx: Ctx) -> Doc:
    rng, lang = ctx.rng, ctx.lang
    d = Doc("support_ticket", lang)
    body = chat_user(ctx)
    d.labels += body.labels
    d.looks += body.looks
    phone = d.v(ctx.me.phone if rng.random() < 0.5 else phones.local_phone(rng, lang))
    note = rng.choice(
        [
            f"Called customer back at {phone}, no answer.",
            f"Rückruf unter {phone} vereinbart.",
            f"Cliente contactado al {phone}.",
            f"Client rappelé au {phone}.",
            f"Customer prefers SMS to {phone}.",
        ]
    )
    d.text = (
        f"Ticket {d.la('ticket_id', MAKERS['ticket_id'](rng))} | Priority: {rng.choice(['High', 'Normal', 'Low'])} | "
        f"Created: {d.la('timestamp', timestamp(rng))}\nCustomer: {ctx.name} <{d.v(ctx.me.email)}>\n"
        f"Channel: {rng.choice(['web', 'email', 'phone', 'chat'])}\n"
        + render(
            ctx,
            d,
            rng.choice(
                [
                    "Product: {product}\n",
                    "Category: {heading}\n",
                    "Store: {namedcity}\n",
                    "Attachment: {winpath}\n",
                    "Attachment: {logfile}\n",
                    "",
                ]
            ),
        )
        + f"\n{body.text}\n\nInternal note: {note} "
        f"Card on file {finance.masked(rng)}."
    )
    return d


def rag_document(ctx: Ctx) -> Doc:
    """A retrieved page: an office directory table or an invoice footer."""
    rng, lang = ctx.rng, ctx.lang
    d = Doc("rag_document", lang)
    if rng.random() < 0.6:
        rows = ["| Office | Phone | Fax | E-mail |", "|---|---|---|---|"]
        for city, country in rng.sample(
            [
                ("Berlin", "DE"),
                ("Madrid", "ES"),
                ("Paris", "FR"),
                ("Milano", "IT"),
                ("Warszawa", "PL"),
                ("London", "GB"),
                ("New York", "US"),
                ("São Paulo", "BR"),
                ("Tokyo", "JP"),
                ("Zürich", "CH"),
                ("Amsterdam", "NL"),
                ("Sydney", "AU"),
                ("Mumbai", "IN"),
                ("Istanbul", "TR"),
            ],
            4,
        ):
            p, f = phones.phone(rng, country, lang, ext_p=0), phones.phone(rng, country, lang, ext_p=0)
            rows.append(f"| {city} | {d.v(p)} | {d.v(f)} | {d.v(emails.role_address(rng, ctx.domain))} |")
        d.text = f"# {ctx.company} — contacts (updated {d.la('date', MAKERS['date'](rng))})\n\n" + "\n".join(rows)
    else:
        iban = d.v(finance.iban(rng, lang=lang))
        d.text = (
            f"INVOICE {d.la('invoice_id', MAKERS['invoice_id'](rng))}   Date: {d.la('date', MAKERS['date'](rng))}\n"
            f"Item {d.la('sku', MAKERS['sku'](rng))}  x2  {d.la('amount', MAKERS['amount'](rng))}\n"
            f"ISBN {d.la('isbn', MAKERS['isbn'](rng))}  EAN {d.la('ean', MAKERS['ean'](rng))}\n"
            f"Payment within 14 days to {ctx.company}, IBAN {iban}. Questions:"
            f" {d.v(emails.role_address(rng, ctx.domain))}, "
            f"{rng.choice(['tel.', 'Tel.:', 'phone'])} {d.v(phones.local_phone(rng, lang))}"
        )
    return d


HEADERS = {
    "en": "name,email,phone,iban,country,created,last_order,total",
    "de": "Name;E-Mail;Telefon;IBAN;Land;Angelegt;Letzte Bestellung;Umsatz",
    "fr": "Nom;Courriel;Téléphone;IBAN;Pays;Créé le;Dernière commande;Total",
    "es": "nombre;correo;telefono;iban;pais;alta;ultimo_pedido;importe",
}


def crm_csv(ctx: Ctx) -> Doc:
    rng, lang = ctx.rng, ctx.lang
    d = Doc("crm_csv", lang)
    header = HEADERS.get(lang, HEADERS["en"])
    sep = ";" if ";" in header else ","
    rows = [header]
    for person in [ctx.me, *ctx.contacts]:
        phone = person.phone if rng.random() < 0.6 else phones.foreign_phone(rng, lang)
        iban = finance.iban(rng, lang=lang, form=rng.choice(["compact", "grouped"]))
        cells = [
            f"{person.first} {person.last}",
            d.v(person.email),
            d.v(phone),
            d.v(iban),
            phone.variant.split(",")[0],
            d.la("date", MAKERS["date"](rng)),
            d.la("order_id", MAKERS["order_id"](rng)),
            d.la("amount", MAKERS["amount"](rng)),
        ]
        rows.append(sep.join(f'"{c}"' if sep in c or "," in c else c for c in cells))
    d.text = "\n".join(rows)
    return d
