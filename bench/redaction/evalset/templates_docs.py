"""RAG chunks: knowledge-base pages, CRM exports, e-mails with headers, meeting notes, signatures."""

from __future__ import annotations

from .builder import Piece, join
from .context import TraceCtx
from .lookalikes import random_token
from .render import render

KB_PAGE = {
    "en": [
        "[{L_ticket_id}] {L_phrase}\nRefunds are processed within 5 business days. See {L_doc_url}.\nApplies to "
        "{L_product_name} ({L_sku}) since {L_version}. Last edited {L_timestamp}.",
        "## Troubleshooting {L_http_status}\nIf the {L_product_name} app shows {L_http_status}, clear the cache in "
        "{L_path} and retry. Handler: `{L_code_identifier}`. Owner: {a_full}.",
        "Shipping from our {L_city} warehouse takes 2-4 days. Orders like {L_order_number} are tracked under "
        "{L_uuid}. Price match up to {L_price}. Page maintained by {a_first} {a_sur}.",
        "FAQ > Billing\nQ: Do gift cards expire?\nA: {L_phrase}. Questions? Ask {a_full} in #billing.\nUpdated by "
        "{a_handle} on {L_ts_iso}.",
    ],
    "de": [
        "Hilfe-Center: Die Rückerstattung dauert bis zu 5 Werktage ({L_doc_url}). Artikel {L_sku}, Version {L_version}."
        " Verantwortlich: {a_full}.",
    ],
    "es": [
        "Centro de ayuda: los envíos desde {L_city} tardan 3 días. Pedido de ejemplo {L_order_number}. Responsable: "
        "{a_full}.",
    ],
}

EMAIL_BODY = {
    "en": [
        "Hi {a_first},\n\nI still haven't received the refund for {L_order_number}. Please send it to IBAN {c_iban}."
        "\nMy mobile is {c_phone} if that is easier.",
        "Dear {company} team,\n\nplease remove {o_full} from our account; {c_first} will be the only contact from "
        "now on. Card on file: {card}.",
        "Hello,\n\nas discussed with {a_full}, my date of birth is {c_dob} (the form had it wrong).",
    ],
    "es": [
        "Hola {a_first}:\n\nTodavía no recibí el reembolso del pedido {L_order_number}. Mi cuenta es {c_iban}."
        "\nPueden llamarme al {c_phone}."
    ],
    "de": [
        "Hallo {a_first},\n\ndie Erstattung für {L_order_number} fehlt noch. Bitte auf {c_iban} überweisen."
        "\nMobil erreichen Sie mich unter {c_phone}."
    ],
    "pt": ["Olá {a_first},\n\nainda não recebi o reembolso do pedido {L_order_number}. Minha conta é {c_iban}."],
}

SIGNATURE = [
    "--\n{c_full}\nProcurement lead | {L_city} office\nTel. {c_phone}\n{c_addr}",
    "Best regards,\n{c_full}\nM: {c_phone} | E: {c_email}",
    "Mit freundlichen Grüßen\n{c_full}\nTel.: {c_phone}\n{c_addr}",
    "Saludos,\n{c_full}\nCel. {c_phone}",
    "Kind regards,\n{c_init}\n{c_email}",
]


def kb_page(ctx: TraceCtx) -> Piece:
    return render(ctx, ctx.pick(KB_PAGE.get(ctx.lang, KB_PAGE["en"])))


def crm_export(ctx: TraceCtx) -> Piece:
    """Rows of a CRM export in ``Surname, Given`` order with contact details and the owning agent."""
    csv = ctx.pick((True, False))
    rows: list[Piece | str] = [
        "name,email,phone,owner,last_order" if csv else "| Name | Email | Phone | Owner | Last order |"
    ]
    template = (
        '"{c_crm}",{c_email},{c_phone},{a_handle},{L_order_number}'
        if csv
        else "| {c_crm} | {c_email} | {c_phone} | {a_full} | {L_order_number} |"
    )
    for person in [ctx.customer, *(ctx.extra_person() for _ in range(ctx.rng.randint(1, 3)))]:
        rows.append(render(ctx, template, who={"c": person}))
    return join(rows)


def email(ctx: TraceCtx) -> Piece:
    headers = render(
        ctx,
        'From: "{c_full}" <{c_email}>\nTo: {a_email}\nDate: {L_ts_rfc2822}\nSubject: Re: {L_ticket_id} refund '
        "for {L_order_number}\nMessage-ID: <{message_id}@mail.{domain}>\n",
        message_id=random_token(ctx.rng, 20),
    )
    body = render(ctx, ctx.pick(EMAIL_BODY.get(ctx.lang, EMAIL_BODY["en"])))
    return headers + "\n" + body + "\n\n" + render(ctx, ctx.pick(SIGNATURE))


def signature_chunk(ctx: TraceCtx) -> Piece:
    return render(ctx, ctx.pick(SIGNATURE), who={"c": ctx.pick(ctx.people)})


def meeting_notes(ctx: TraceCtx) -> Piece:
    attendees = [ctx.agent, *ctx.people[2:], *(ctx.extra_person() for _ in range(ctx.rng.randint(1, 2)))]
    titles = {"es": ("Reunión semanal", "Revisión de incidente"), "de": ("Wochenbesprechung", "Störungsanalyse")}
    title = ctx.pick(titles.get(ctx.lang, ("Weekly sync", "Incident review", "Renewal call")))
    head = render(ctx, title + " - {L_ts_log}\nAttendees: ")
    names = join([render(ctx, "{c}", who={"c": p}) for p in attendees], ", ")
    lines = [
        "Action items:",
        render(ctx, "- {c_first}: follow up on {L_ticket_id} ({L_http_status})", who={"c": attendees[0]}),
        render(ctx, "- {c_poss} team to roll out {L_version} in {L_city}", who={"c": attendees[-1]}),
        render(ctx, "- {c_sur} to call the customer, {x_full}, on {x_phone}.", who={"c": attendees[1]}),
        render(ctx, "Reviewed by {a_full}. Next sync {L_ts_iso}."),
    ]
    return head + names + "\n\n" + join(lines)
