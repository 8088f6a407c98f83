"""Chat turns: what users type, what assistants answer (echoing values back), exported messenger chats."""

from __future__ import annotations

from . import finance, passwords, phones, token_forms
from .core import Ctx, Doc
from .lookalikes import MAKERS
from .mentions import mention
from .phrases import pick
from .slots import render

TOPICS = ["phone", "phone", "email", "card", "iban", "ip", "order", "order"]


def chat_user(ctx: Ctx) -> Doc:
    rng, lang = ctx.rng, ctx.lang
    d = Doc("chat_user", lang)
    parts = [rng.choice(pick(lang, "greet"))]
    topics = rng.sample(TOPICS, rng.randint(1, 3))
    if lang == "en" and rng.random() < 0.25:
        topics.append("ssn")
    for topic in topics:
        parts.append(render(ctx, d, rng.choice(pick(lang, topic))))
    roll = rng.random()
    if roll < 0.22:
        label, phrase = passwords.prose(rng, lang, ctx.me.username)
        d.v(label)
        parts.append(phrase)
    elif roll < 0.32:
        label, phrase = phones.short_local(rng, lang)
        d.v(label)
        parts.append(phrase)
    elif roll < 0.44:
        parts.append(token_forms.aws_or_token(rng, d, lang))
    elif roll < 0.48:
        parts.append(f"(the one printed on the receipt was {finance.masked(rng)})")
    elif roll < 0.51 and lang == "en":
        parts.append(f"I also tried their hotline {d.v(phones.vanity(rng))} but nobody picked up.")
    if rng.random() < 0.3:
        parts.insert(rng.randint(1, len(parts)), mention(ctx, d))
    parts.append(rng.choice(pick(lang, "close")))
    sep = rng.choice([" ", " ", "\n", "\n\n"])
    d.text = sep.join(p for p in parts if p)
    return d


ASSIST = {
    "en": [
        "Done — I've updated your phone number to {phone} and sent a confirmation to {email}. Reference: {ticket}.",
        "Thanks! I found order {order} (placed {date}, total {amount}). The refund will go to {iban}.",
        "I can see the card {card} was declined on {ts}. Could you confirm the billing e-mail {email}?",
        "Your request was logged with ID {request_id}. We'll call you at {phone} within 24 hours.",
    ],
    "es": [
        "Listo: he actualizado tu teléfono a {phone} y enviado la confirmación a {email}. Referencia: {ticket}.",
        "He encontrado el pedido {order} ({date}, {amount}). El reembolso irá a la cuenta {iban}.",
    ],
    "de": [
        "Erledigt: Ihre Telefonnummer ist jetzt {phone}, die Bestätigung ging an {email}. Vorgang {ticket}.",
        "Ich habe Bestellung {order} vom {date} gefunden ({amount}). Die Erstattung geht an {iban}.",
    ],
    "fr": [
        "C'est fait : votre numéro est maintenant le {phone}, confirmation envoyée à {email}. Réf. {ticket}.",
        "J'ai trouvé la commande {order} du {date} ({amount}). Le remboursement sera versé sur {iban}.",
    ],
    "pt": [
        "Pronto: atualizei seu telefone para {phone} e enviei a confirmação para {email}. Protocolo {ticket}.",
        "Encontrei o pedido {order} de {date} ({amount}). O reembolso vai para {iban}.",
    ],
    "it": [
        "Fatto: il tuo numero ora è {phone}, conferma inviata a {email}. Pratica {ticket}.",
        "Ho trovato l'ordine {order} del {date} ({amount}). Il rimborso andrà su {iban}.",
    ],
    "nl": [
        "Klaar: je telefoonnummer is nu {phone}, bevestiging gestuurd naar {email}. Referentie {ticket}.",
        "Ik heb bestelling {order} van {date} gevonden ({amount}). De terugbetaling gaat naar {iban}.",
    ],
    "pl": [
        "Gotowe: Twój numer to teraz {phone}, potwierdzenie wysłano na {email}. Zgłoszenie {ticket}.",
        "Znalazłem zamówienie {order} z {date} ({amount}). Zwrot trafi na konto {iban}.",
    ],
}


def chat_assistant(ctx: Ctx) -> Doc:
    rng, lang = ctx.rng, ctx.lang
    d = Doc("chat_assistant", lang)
    roll = rng.random()
    if roll < 0.55:
        d.text = render(ctx, d, rng.choice(ASSIST.get(lang, ASSIST["en"])))
    elif roll < 0.8:
        rows = ["| Name | Phone | Email | Since |", "|---|---|---|---|"]
        for _ in range(rng.randint(2, 5)):
            rows.append(render(ctx, d, "| {name} | {phone} | {email} | {date} |"))
        d.text = "Here are the matching contacts:\n\n" + "\n".join(rows)
    else:
        d.language = "en"
        snippet = token_forms.aws_or_token(rng, d, "en")
        d.text = (
            f"Careful — the snippet you pasted contains a live credential:\n\n```\n{snippet}\n```\n\n"
            f"Rotate it now; the request {d.la('request_id', MAKERS['request_id'](rng))} already used it."
        )
    return d


def chat_export(ctx: Ctx) -> Doc:
    """A WhatsApp/SMS export pasted into the chat: '[14/03/2024, 09:26:53] Anna: ...'."""
    rng, lang = ctx.rng, ctx.lang
    d = Doc("chat_export", lang)
    lines = []
    for _ in range(rng.randint(3, 6)):
        day, month, hour = rng.randint(1, 28), rng.randint(1, 9), rng.randint(8, 22)
        stamp = f"[{day:02d}/0{month}/2024, {hour:02d}:{rng.randint(10, 59)}:{rng.randint(10, 59)}]"
        who = rng.choice([ctx.me.first, "Mum", "Lukas", "Courier", ctx.contacts[0].first if ctx.contacts else "Ana"])
        topic = rng.choice(["phone", "phone", "email", "order", "iban"])
        lines.append(f"{stamp} {who}: {render(ctx, d, rng.choice(pick(lang, topic)))}")
    d.text = "\n".join(lines)
    return d
