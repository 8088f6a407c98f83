"""Bookings: travel tool calls and results (airports and stations named after people, hotels by landmarks, storm
warnings), itinerary messages, and clinic appointment reminders naming hospitals, conditions and medicines."""

from __future__ import annotations

import json
from typing import Any

from . import phones
from .core import Ctx, Doc
from .slots import render, slot


def travel_json(ctx: Ctx) -> Doc:
    rng = ctx.rng
    call = rng.random() < 0.5
    d = Doc("tool_args_json" if call else "tool_result_json", ctx.lang, is_json=True)
    mode = rng.choice(["airport", "station"])
    trip: dict[str, Any] = {
        "origin": slot(ctx, d, mode),
        "destination": slot(ctx, d, mode),
        "depart": slot(ctx, d, "date"),
        "passenger": {"name": ctx.name, "email": d.v(ctx.me.email)},
    }
    if rng.random() < 0.5:
        trip["passenger"]["phone"] = d.v(ctx.me.phone)
    if call:
        trip["hotel_near"] = slot(ctx, d, rng.choice(["landmark", "venue"]))
        obj: Any = {"name": rng.choice(["book_trip", "search_flights", "search_trains"]), "input": trip}
    else:
        trip["booking_ref"] = slot(ctx, d, "order")
        trip["hotel"] = {"area": slot(ctx, d, "namedcity"), "near": slot(ctx, d, "landmark")}
        trip["alerts"] = [render(ctx, d, "{storm} may disrupt departures from {city}")]
        trip["total"] = slot(ctx, d, "amount")
        obj = {"status": "confirmed", "trip": trip}
    d.text = json.dumps(obj, ensure_ascii=rng.random() < 0.2, indent=rng.choice([None, 2]))
    return d


ITINERARY = [
    "Your trip on {day}: {airport} → {airport}, then the train from {station} to {namedcity}.",
    "Hotel: 5 min walk from {landmark}. Dinner booked near {venue}.",
    "Heads-up: {storm} is forecast over {region}; check the airline app before you leave.",
    "Boarding passes and hotel voucher: {site}",
    "Conference badge pickup at {venue}, hall B. Speakers from {company} and {university}.",
    "Rental car: {car} (or similar), collect at {airport}.",
]


def itinerary(ctx: Ctx) -> Doc:
    rng = ctx.rng
    d = Doc("chat_assistant", "en")
    lines = [render(ctx, d, "- " + line) for line in rng.sample(ITINERARY, rng.randint(2, 4))]
    close = f"I've sent the confirmation to {d.v(ctx.me.email)}." if rng.random() < 0.5 else ""
    d.text = render(ctx, d, "Here's your plan (ref {order}):\n") + "\n".join(lines) + ("\n\n" + close if close else "")
    return d


REMINDER = {
    "en": "Reminder: your appointment at {hospital} ({medical}) is on {day} at 9:40. Bring your {drug} and {drug} "
    "packs. Questions about {eponym} follow-up: call {phone}.",
    "de": "Erinnerung: Ihr Termin in der {hospital} ist am {day} um 9:40. Bitte bringen Sie {drug} mit. "
    "Rückfragen unter {phone}.",
    "es": "Recordatorio: su cita en el {hospital} es el {day} a las 9:40. Traiga su {drug}. Dudas: {phone}.",
    "fr": "Rappel : votre rendez-vous à {hospital} est le {day} à 9h40. Apportez votre {drug}. Questions : {phone}.",
    "pt": "Lembrete: sua consulta no {hospital} é na {day} às 9h40. Leve seu {drug}. Dúvidas: {phone}.",
}


def appointment(ctx: Ctx) -> Doc:
    rng = ctx.rng
    lang = ctx.lang if ctx.lang in REMINDER else "en"
    d = Doc(rng.choice(["email", "chat_user"]), lang)
    text = render(ctx, d, REMINDER[lang].replace("{phone}", "{{clinic}}"))
    d.text = text.replace("{clinic}", d.v(phones.local_phone(rng, ctx.lang)))
    if d.kind == "chat_user":
        d.text = render(ctx, d, "Got this SMS, is it about my {chem} allergy or the {eponym} thing?\n\n> ") + d.text
    return d
