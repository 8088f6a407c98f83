"""Template fields resolved by name, so that templates stay plain strings.

People: ``c`` customer, ``a`` agent, ``o`` another cast member, ``x`` a new person; then ``_full``, ``_first``,
``_sur``, ``_crm``, ``_air`` (airline ``SURNAME/GIVEN``), ``_init``, ``_handle`` (e-mail local part alone),
``_poss``, ``_email``, ``_phone``, ``_iban``, ``_dob``, ``_addr``, ``_title``; ``{c}`` alone lets the trace pick
a form. Values: ``card``, ``card_bad``, ``ssn``, ``ip``, ``short_phone``. Secrets: ``pw`` (password in prose),
``cs_pw``, ``url_pw``, ``env_pw``, ``jwt``, ``bearer``, ``pem``, ``key`` (any vendor key) or ``key_<KIND>``.
Look-alikes: ``L_<kind>`` plus ``L_ts`` / ``L_ts_<style>``. Literals: ``company``, ``domain``.
"""

from __future__ import annotations

import string

from .builder import Piece, Slot, fill
from .context import TraceCtx
from .lookalikes import LOOKALIKE_KINDS
from .people import Person
from .secrets import VENDOR_KINDS

_NAME_FORMS = {"full": "full", "first": "first", "sur": "surname", "crm": "crm", "air": "airline", "init": "initials"}
_SECRETS = {
    "pw": "PASSWORD_PROSE",
    "cs_pw": "CONNECTION_STRING_PASSWORD",
    "url_pw": "URL_PASSWORD",
    "env_pw": "ENV_SECRET",
    "jwt": "JWT",
    "bearer": "BEARER_TOKEN",
    "pem": "PRIVATE_KEY",
}


def render(ctx: TraceCtx, template: str, case: str = "", who: dict[str, Person] | None = None, **fixed: Slot) -> Piece:
    """``template`` with every field resolved against ``ctx`` (``fixed`` slots win); ``case`` applies to names;
    ``who`` binds people letters to other people (``{"c": attendee}``); people a render binds are added to it,
    so several renders sharing one ``who`` mean the same ``x``."""
    fields = dict.fromkeys(name for _, name, _, _ in string.Formatter().parse(template) if name)
    cast: dict[str, Person] = who if who is not None else {}
    slots = {name: fixed[name] if name in fixed else resolve(ctx, name, case, cast) for name in fields}
    return fill(template, **slots)


def _person(ctx: TraceCtx, who: str, cast: dict[str, Person]) -> Person:
    if who not in cast:
        if who == "c":
            cast[who] = ctx.customer
        elif who == "a":
            cast[who] = ctx.agent
        elif who == "o":
            cast[who] = ctx.people[2] if len(ctx.people) > 2 else ctx.extra_person()
        else:
            cast[who] = ctx.extra_person()
    return cast[who]


def resolve(ctx: TraceCtx, name: str, case: str, cast: dict[str, Person]) -> Slot:
    head, _, tail = name.partition("_")
    if head in ("c", "a", "o", "x", "x2", "x3") or name in ("x2", "x3"):
        person = _person(ctx, head, cast)
        if not tail:
            return ctx.name(person, case=case)
        if tail in _NAME_FORMS:
            return ctx.name(person, (_NAME_FORMS[tail],), case=case)
        if tail == "poss":
            return ctx.possessive(person, case=case)
        if tail == "handle":
            return ctx.handle(person)
        if tail == "title":
            return "MR" if person.gender == "m" else "MS"
        if tail == "email":
            return ctx.email(person, case=case)
        if tail in ("phone", "iban", "dob", "addr"):
            return {"phone": ctx.phone, "iban": ctx.iban, "dob": ctx.dob, "addr": ctx.address}[tail](person)
        raise KeyError(f"unknown person field: {name}")
    if name in ("card", "card_bad"):
        return ctx.card(valid=False if name == "card_bad" else None)
    if name == "ssn":
        return ctx.ssn()
    if name == "ip":
        return ctx.ip()
    if name == "short_phone":
        return ctx.short_phone()
    if name in _SECRETS:
        return ctx.secret(_SECRETS[name])
    if name == "key":
        return ctx.secret(ctx.pick(VENDOR_KINDS))
    if head == "key" and tail in VENDOR_KINDS:
        return ctx.secret(tail)
    if head == "L":
        if tail == "ts" or tail.startswith("ts_"):
            return ctx.stamp(tail[3:] or None)
        if tail in LOOKALIKE_KINDS:
            return ctx.look(tail)
    if name == "company":
        return ctx.company
    if name == "domain":
        return ctx.domain
    raise KeyError(f"unknown template field: {name}")
