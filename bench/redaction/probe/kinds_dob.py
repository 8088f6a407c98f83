"""Texts with dates of birth: chat prose, a question answered in the next message, forms, profile JSON."""

from __future__ import annotations

import json
from typing import Any

from . import addresses, birthdates
from .birthdates import Ymd
from .core import Ctx, Doc
from .kinds_address import pick_addr, plant
from .lookalikes import MAKERS
from .phrases import pick
from .phrases_personal import ANSWER, ASK_ADDR, ASK_DOB, DOB_INTRO, OTHER_DATE


def _ymd(ctx: Ctx) -> Ymd:
    return ctx.me.born if ctx.rng.random() < 0.6 else birthdates.born(ctx.rng)


def other_date(ctx: Ctx, d: Doc, lang: str) -> str:
    """A date that is not a birthday (appointment, order, deadline), written like the birth dates around it."""
    rng = ctx.rng
    ymd = (rng.randint(2023, 2026), rng.randint(1, 12), rng.randint(1, 28))
    value, _ = birthdates.write(rng, ymd, lang)
    return d.la("date", value)


def dob_chat(ctx: Ctx) -> Doc:
    rng, lang = ctx.rng, ctx.lang
    d = Doc("chat_user", lang)
    parts = [rng.choice(pick(lang, "greet")), rng.choice(DOB_INTRO.get(lang, DOB_INTRO["en"]))]
    parts.append(birthdates.cue(rng, lang).format(v=d.v(birthdates.dob(rng, _ymd(ctx), lang, "prose"))))
    if rng.random() < 0.3:  # a child's or partner's birth date next to one's own
        parts.append("/ " + birthdates.cue(rng, lang).format(v=d.v(birthdates.dob(rng, birthdates.born(rng), lang))))
    if rng.random() < 0.7:
        parts.append(rng.choice(OTHER_DATE.get(lang, OTHER_DATE["en"])).format(date=other_date(ctx, d, lang)))
    if rng.random() < 0.35:
        parts.append(f"Order {d.la('order_id', MAKERS['order_id'](rng))}.")
    parts.append(rng.choice(pick(lang, "close")))
    d.text = rng.choice([" ", "\n"]).join(p for p in parts if p)
    return d


def dob_dialogue(ctx: Ctx) -> list[Doc]:
    """The assistant asks; the user's next message is only the answer (a bare date or a bare address)."""
    rng = ctx.rng
    lang = ctx.lang if ctx.lang in ASK_DOB else "en"
    ask = Doc("chat_assistant", lang)
    reply = Doc("chat_user", lang)
    if rng.random() < 0.65:
        ask.text = ASK_DOB[lang].format(date=other_date(ctx, ask, lang))
        label = birthdates.dob(rng, _ymd(ctx), lang, "answer")
        reply.text = rng.choice(ANSWER.get(lang, ["{v}"])).format(v=reply.v(label))
    else:
        ask.text = ASK_ADDR.get(lang, ASK_ADDR["en"])
        reply.text = plant(reply, pick_addr(ctx, own=0.7), "answer", sep=rng.choice([", ", "\n", " "]))
    if rng.random() < 0.3:  # the conversation as the messages array of the next LLM call
        conv = Doc("llm_messages_json", lang, is_json=True, labels=reply.labels, looks=ask.looks)
        messages = [{"role": "assistant", "content": ask.text}, {"role": "user", "content": reply.text}]
        conv.text = json.dumps({"messages": messages}, ensure_ascii=rng.random() < 0.3)
        return [conv]
    return [ask, reply]


FORM = {
    "en": ("Full name", "Date of birth (DD/MM/YYYY)", "Age", "Address", "Appointment"),
    "de": ("Name, Vorname", "Geburtsdatum (TT.MM.JJJJ)", "Alter", "Anschrift", "Termin"),
    "es": ("Nombre y apellidos", "Fecha de nacimiento", "Edad", "Domicilio", "Cita"),
    "fr": ("Nom et prénom", "Date de naissance (JJ/MM/AAAA)", "Âge", "Adresse", "Rendez-vous"),
    "pt": ("Nome completo", "Data de nascimento", "Idade", "Endereço", "Consulta"),
    "it": ("Nome e cognome", "Data di nascita", "Età", "Indirizzo", "Appuntamento"),
    "pl": ("Imię i nazwisko", "Data urodzenia", "Wiek", "Adres", "Wizyta"),
    "tr": ("Ad Soyad", "Doğum tarihi", "Yaş", "Adres", "Randevu"),
}


def dob_form(ctx: Ctx) -> Doc:
    """A filled-in intake/registration form pasted as text; the age sits next to the birth date."""
    rng = ctx.rng
    lang = ctx.lang if ctx.lang in FORM else "en"
    d = Doc("support_ticket", lang)
    name_f, dob_f, age_f, addr_f, appt_f = FORM[lang]
    ymd = _ymd(ctx)
    form = "numeric" if "(" in dob_f else ""
    lines = [f"{name_f}: {ctx.name}", f"{dob_f}: {d.v(birthdates.dob(rng, ymd, lang, 'form', form=form))}"]
    lines.append(f"{age_f}: {2025 - ymd[0]}")
    if rng.random() < 0.75:
        lines.append(f"{addr_f}: {plant(d, pick_addr(ctx, own=0.8, abroad=0.1), 'form')}")
    lines.append(f"{appt_f}: {other_date(ctx, d, lang)} {rng.choice(['09:30', '14:00', '16:45'])}")
    if rng.random() < 0.4:
        lines.append(f"Ref: {d.la('ticket_id', MAKERS['ticket_id'](rng))}")
    d.text = "\n".join(lines)
    return d


def profile_json(ctx: Ctx) -> Doc:
    """A customer/patient profile returned by a tool: birth date and address under assorted keys."""
    rng = ctx.rng
    d = Doc("tool_result_json", ctx.lang, is_json=True)
    records: list[dict[str, Any]] = []
    for person in [ctx.me, *ctx.contacts][: rng.randint(1, 3)]:
        ymd = person.born if rng.random() < 0.7 else birthdates.born(rng)
        rec: dict[str, Any] = {"id": d.la("uuid", MAKERS["uuid"](rng)), "name": f"{person.first} {person.last}"}
        key = rng.choice(birthdates.JSON_KEYS)
        rec[key] = d.v(birthdates.dob(rng, ymd, ctx.lang, "json", form=rng.choice(["iso", "iso", ""])))
        if rng.random() < 0.6:
            home = person.home if person.home and rng.random() < 0.7 else addresses.home(rng, ctx.lang)
            rec[rng.choice(["address", "street", "line1", "home_address"])] = d.v(addresses.label(home, "json"))
            rec["city"] = home.locality
        rec["email"] = d.v(person.email)
        rec["created_at"] = d.la("date", MAKERS["date"](rng))
        records.append(rec)
    d.text = json.dumps({"count": len(records), "records": records}, ensure_ascii=False, indent=rng.choice([None, 2]))
    return d
