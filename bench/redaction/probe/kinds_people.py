"""People named alone at work: a lone surname ("ask Hale"), a lone given name ("Priya approved it"), both, or a
title and surname, in work chat, e-mail and minutes/ticket/CRM notes (people_shapes), each labelled PERSON. The
same slots hold companies, teams, offices and countries (people_world), planted as look-alikes that must survive,
so a redactor that takes every capitalised word in those shapes pays for it.

Variant tags of the labels: the form (surname, given, full, titled), the origin (anglo, intl, or trace for a
contact of the trace), wordlike (an English word or a place: Hale, Sutton, Grace, Sydney) and lowercase.

A leak is a case-insensitive substring survival, so a name is only kept where nothing else in its text contains it
(King is not planted next to "working", Ward not next to "forward"): such a line is written again."""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Iterable

from .core import Ctx, Doc, Label, lab
from .lookalikes import MAKERS
from .people_names import (
    ANGLO_GIVEN,
    ANGLO_SURNAMES,
    PLACE_SURNAMES,
    TITLES,
    WORD_GIVEN,
    WORD_SURNAMES,
    WORDLIKE,
    WORLD_NAMES,
)
from .people_shapes import CHAT, NOTES, PROSE
from .people_world import KIND, POOLS

P_PERSON = 0.5  # a slot that may hold a person or a look-alike holds a person this often
_STARTS = (". ", "? ", "! ", "\n")


def _names_of(ctx: Ctx) -> frozenset[str]:
    """The trace's people's names, lower-cased (a look-alike equal to one of them would be dropped)."""
    people = [ctx.me, *ctx.contacts]
    return frozenset(n.lower() for p in people for n in (p.first, p.last, f"{p.first} {p.last}"))


def _person(ctx: Ctx, mods: str, lower: bool, start: bool) -> tuple[str, Label]:
    """(what is written, its label): a lone surname or given name, both, or a title and surname."""
    rng = ctx.rng
    greeting = "g" in mods
    if ctx.contacts and rng.random() < 0.12:
        contact = rng.choice(ctx.contacts)
        given, surname, origin = contact.first, contact.last, "trace"
    elif rng.random() < 0.55:
        given = rng.choice(WORD_GIVEN if rng.random() < 0.35 else ANGLO_GIVEN)
        surname = rng.choice(WORD_SURNAMES + PLACE_SURNAMES if rng.random() < 0.5 else ANGLO_SURNAMES)
        origin = "anglo"
    else:
        givens, surnames = WORLD_NAMES[rng.choice(sorted(WORLD_NAMES))]
        given, surname, origin = rng.choice(givens), rng.choice(surnames), "intl"
    if greeting:
        form = rng.choices(["given", "full"], [0.75, 0.25])[0]
    else:
        form = rng.choices(["surname", "given", "full", "titled"], [0.4, 0.25, 0.25, 0 if lower else 0.1])[0]
    value = {"given": given, "full": f"{given} {surname}"}.get(form, surname)
    if start and value[:1].islower():
        value = value[0].upper() + value[1:]  # "de Vries approved" -> "De Vries approved"
    if lower:
        value = value.lower()
    shown = f"{rng.choice(TITLES)} {value}" if form == "titled" else value
    parts = {"given": [given], "surname": [surname], "titled": [surname]}.get(form, [given, surname])
    tags = [form, origin, "wordlike" if any(p in WORDLIKE for p in parts) else "", "lowercase" if lower else ""]
    return shown, lab("PERSON", value, *tags)


def _thing(ctx: Ctx, cls: str, lower: bool, start: bool, names: frozenset[str]) -> tuple[str, str]:
    """(what is written, the look-alike): a company, team, office or country; an article stays outside it."""
    rng = ctx.rng
    raw = rng.choice(POOLS[cls])
    for _ in range(10):
        if raw.removeprefix("the ").lower() not in names:
            break
        raw = rng.choice(POOLS[cls])
    article = raw.startswith("the ")
    value = raw.removeprefix("the ")
    if lower and not value.isupper():
        value = value.lower()
    if article:
        return ("The " if start and not lower else "the ") + value, value
    return value, value


def _one(ctx: Ctx, d: Doc, classes: str, mods: str, lower: bool, start: bool, names: frozenset[str]) -> str:
    rng = ctx.rng
    others = [c for c in classes if c != "p"]
    if "p" in classes and (not others or rng.random() < P_PERSON):
        shown, label = _person(ctx, mods, lower, start)
        d.v(label)
    else:
        cls = rng.choice(others)
        shown, value = _thing(ctx, cls, lower, start, names)
        d.la(KIND[cls], value)
    if "s" in mods:
        shown += "'" if shown.endswith("s") else "'s"
    return shown


def fill(ctx: Ctx, d: Doc, classes: str, mods: str, lower: bool, start: bool, names: frozenset[str]) -> str:
    """One slot: a single name or thing, or a list of 2-4 of them ("Hale, Legal and Priya")."""
    rng = ctx.rng
    if "l" not in mods:
        return _one(ctx, d, classes, mods, lower, start, names)
    items = [_one(ctx, d, classes, "", lower, start and i == 0, names) for i in range(rng.randint(2, 4))]
    if len(items) == 2:
        return rng.choice([" and ", " & ", "/", ", "]).join(items)
    last = rng.choice([" and ", ", and ", ", "])
    return ", ".join(items[:-1]) + last + items[-1]


def render(ctx: Ctx, d: Doc, template: str, lower: bool, names: frozenset[str]) -> str:
    out = ""
    for literal, field, spec, _conv in string.Formatter().parse(template):
        out += literal
        if field is not None:
            start = out == "" or out.endswith(_STARTS)
            out += fill(ctx, d, field, spec or "", lower, start, names)
    return out


def clean(text: str, labels: Iterable[Label], looks: Iterable[str], names: frozenset[str]) -> bool:
    """No name occurs in the text but where it is planted, and no look-alike holds a name or is one."""
    values = sorted({label.value for label in labels}, key=len, reverse=True)
    if values:
        planted = re.compile("|".join(rf"(?<!\w){re.escape(v)}(?!\w)" for v in values), re.IGNORECASE)
        rest = planted.sub("\x00", text).lower()
        if any(v.lower() in rest for v in values):
            return False
    lowered = [v.lower() for v in values]
    return not any(
        look.lower() in names or any(look.lower() in v or v in look.lower() for v in lowered) for look in looks
    )


class _Writer:
    """Adds parts to a text one at a time; a part that would make the text unclean is written again."""

    def __init__(self, ctx: Ctx, d: Doc) -> None:
        self.ctx, self.d, self.names = ctx, d, _names_of(ctx)
        self.parts: list[str] = []

    def add(self, make: Callable[[Doc], str], tries: int = 30) -> bool:
        d = self.d
        for _ in range(tries):
            part = Doc(d.kind, d.language)
            text = make(part)
            labels, looks = d.labels + part.labels, d.looks + part.looks
            if clean("\n".join([*self.parts, text]), labels, [la.value for la in looks], self.names):
                self.parts.append(text)
                d.labels, d.looks = labels, looks
                return True
        return False

    def line(self, template: str, lower: bool = False) -> bool:
        return self.add(lambda part: render(self.ctx, part, template, lower, self.names))


def _build(ctx: Ctx, kind: str, write: Callable[[_Writer], str]) -> Doc:
    """A text of ``kind``; written again (up to 5 times) if joining its parts made it unclean."""
    for _ in range(5):
        d = Doc(kind, "en")
        w = _Writer(ctx, d)
        d.text = write(w)
        if clean(d.text, d.labels, [la.value for la in d.looks], w.names):
            return d
    d.labels, d.looks = [], []  # nothing planted rather than something wrong
    return d


def _speakers(ctx: Ctx) -> list[Label]:
    """Two or three chat speakers (given or full names), planted on the lines they write."""
    return [_person(ctx, "g", False, True)[1] for _ in range(ctx.rng.randint(2, 3))]


def work_chat(ctx: Ctx) -> Doc:
    """A Slack/Teams excerpt: lower-case chat and full sentences, with or without speakers and times."""
    rng = ctx.rng

    def write(w: _Writer) -> str:
        style = rng.choice(["plain", "plain", "colon", "stamp", "slack"])
        who = _speakers(ctx)
        hour, minute = rng.randint(8, 17), rng.randint(0, 50)
        for _ in range(rng.randint(3, 7)):
            chat = rng.random() < 0.65
            template = rng.choice(CHAT if chat else PROSE)
            lower = chat and rng.random() < 0.6
            speaker = rng.choice(who)
            minute = min(59, minute + rng.randint(0, 4))
            head = {
                "plain": "",
                "colon": "{speaker}: ",
                "stamp": f"[{hour:02d}:{minute:02d}] {{speaker}}: ",
                "slack": f"{{speaker}}  {hour % 12 or 12}:{minute:02d} {'AM' if hour < 12 else 'PM'}\n",
            }[style]

            def make(part: Doc, head: str = head, speaker: Label = speaker, t: str = template, lo: bool = lower) -> str:
                if head:
                    part.v(lab("PERSON", speaker.value, speaker.variant, "speaker"))
                return head.replace("{speaker}", speaker.value) + render(ctx, part, t, lo, w.names)

            w.add(make)
        return "\n".join(w.parts)

    return _build(ctx, "work_chat", write)


SUBJECTS = [
    "Re: {o} renewal",
    "Fwd: invoice from {o}",
    "Re: PO approval",
    "Handover notes",
    "Intro: {p} <> {o}",
    "Offsite in {c}",
    "Re: Q3 forecast",
    "Re: headcount plan for {t}",
    "Quick question",
]
GREETINGS = [
    "Hi {p:g},",
    "Hello {p:g},",
    "Morning {p:g},",
    "Dear {p},",
    "{p:g},",
    "Hi {p:g} and {p:g},",
    "Hi {t} team,",
    "Dear {o} team,",
    "Hi all,",
    "Hey {pt},",
]
CLOSINGS = ["Thanks,", "Best,", "Cheers,", "Kind regards,", "Thanks!", "Regards,", "Many thanks,"]


def work_email(ctx: Ctx) -> Doc:
    """A work e-mail body: subject, greeting, two to five sentences, sign-off and a short signature."""
    rng = ctx.rng

    def write(w: _Writer) -> str:
        if rng.random() < 0.6:
            w.line("Subject: " + rng.choice(SUBJECTS))
        w.line(rng.choice(GREETINGS))
        for _ in range(rng.randint(2, 5)):
            w.line(rng.choice(PROSE))
        me = rng.choice([ctx.me.first, ctx.me.first, f"{ctx.me.first} {ctx.me.last}"])
        form = "given" if me == ctx.me.first else "full"
        w.add(lambda part: rng.choice(CLOSINGS) + "\n" + part.v(lab("PERSON", me, form, "trace", "signature")))
        if rng.random() < 0.5:
            w.line(rng.choice(["{t} | {c} office", "{t}, {o}", "{c} · {t}", "Senior Analyst, {t}"]))
        head, *rest = w.parts
        if head.startswith("Subject: "):
            return head + "\n\n" + "\n\n".join(rest)
        return "\n\n".join(w.parts)

    return _build(ctx, "work_email", write)


HEADERS = [
    "## {t} sync ({date})",
    "Ticket {ticket} · comments",
    "CRM · {o} · call notes",
    "Minutes: {o} QBR, {date}",
    "Standup {date}",
    "# Weekly ops review",
    "Call notes ({date})",
]


def work_notes(ctx: Ctx) -> Doc:
    """Minutes, ticket comments or CRM notes: short labelled lines and a few sentences."""
    rng = ctx.rng

    def header(part: Doc) -> str:
        head = rng.choice(HEADERS)
        head = head.replace("{date}", part.la("date", MAKERS["date"](rng)))
        head = head.replace("{ticket}", part.la("ticket_id", MAKERS["ticket_id"](rng)))
        return render(ctx, part, head, False, _names_of(ctx))

    def write(w: _Writer) -> str:
        w.add(header)
        for _ in range(rng.randint(4, 8)):
            w.line(rng.choice(NOTES if rng.random() < 0.7 else PROSE))
        return "\n".join(w.parts)

    return _build(ctx, "work_notes", write)
