"""Traces of probe texts: a persona per trace, 8-13 texts of mixed kinds (2-3 on addresses and birth dates, 1-3
dense with the world's names and locators), each record checked before it is kept."""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import replace

from faker import Faker

from bench.redaction.corpus.model import CorpusText, Label, LookAlike
from bench.redaction.metrics import searchable

from . import (
    addresses,
    birthdates,
    emails,
    finance,
    kinds_address,
    kinds_address_docs,
    kinds_bookings,
    kinds_chat,
    kinds_config,
    kinds_devops,
    kinds_devops_shell,
    kinds_dob,
    kinds_docs,
    kinds_json,
    kinds_ops,
    kinds_pages,
    kinds_people,
    kinds_shop,
    network,
    passwords,
    phones,
)
from .core import Ctx, Doc, Person, ascii_fold
from .phrases import LANGS

LOCALES = {
    "en": "en_US",
    "es": "es_ES",
    "de": "de_DE",
    "fr": "fr_FR",
    "pt": "pt_BR",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "sv": "sv_SE",
    "tr": "tr_TR",
    "cs": "cs_CZ",
}
KINDS: list[tuple[Callable[[Ctx], Doc], float]] = [
    (kinds_chat.chat_user, 3),
    (kinds_chat.chat_assistant, 2.5),
    (kinds_json.tool_args_json, 3),
    (kinds_json.tool_result_json, 2.5),
    (kinds_ops.log_line, 2),
    (kinds_config.env_paste, 1.2),
    (kinds_config.config_yaml, 1),
    (kinds_config.sql, 1),
    (kinds_ops.shell_history, 1.2),
    (kinds_ops.stack_trace, 1),
    (kinds_config.code_snippet, 1),
    (kinds_docs.email_msg, 1.5),
    (kinds_docs.support_ticket, 1),
    (kinds_docs.rag_document, 1),
    (kinds_docs.crm_csv, 0.8),
    (kinds_chat.chat_export, 0.5),
    (kinds_ops.http_request, 1),
    (kinds_json.span_attributes, 1),
    (kinds_config.service_account_json, 0.3),
]
# Addresses and birth dates come on top of each trace's other texts (1-3 more), so they crowd nothing out.
PERSONAL: list[tuple[Callable[[Ctx], Doc | list[Doc]], float]] = [
    (kinds_address.addr_chat, 2.4),
    (kinds_address.addr_json, 1.8),
    (kinds_address_docs.addr_doc, 1.6),
    (kinds_address.travel_chat, 0.6),
    (kinds_dob.dob_chat, 1.2),
    (kinds_dob.dob_dialogue, 1.0),
    (kinds_dob.dob_form, 0.9),
    (kinds_dob.profile_json, 0.9),
]
# Texts dense with products, places, organisations, headings and locators come on top too (1-3 more).
WORLD: list[tuple[Callable[[Ctx], Doc], float]] = [
    (kinds_shop.product_chat, 2.0),
    (kinds_shop.assistant_compare, 0.8),
    (kinds_shop.catalog_csv, 0.5),
    (kinds_shop.product_search_json, 1.0),
    (kinds_pages.help_page, 0.9),
    (kinds_pages.newsletter, 0.5),
    (kinds_pages.wiki_page, 0.6),
    (kinds_pages.meeting_notes, 0.5),
    (kinds_bookings.travel_json, 0.9),
    (kinds_bookings.itinerary, 0.5),
    (kinds_bookings.appointment, 0.5),
    (kinds_devops.ci_yaml, 0.4),
    (kinds_devops.deploy_log, 0.7),
    (kinds_devops.crontab, 0.3),
    (kinds_devops.dockerfile, 0.3),
    (kinds_devops_shell.kubectl, 0.4),
    (kinds_devops_shell.s3_listing, 0.3),
    (kinds_devops_shell.git_log, 0.4),
    (kinds_devops_shell.terraform_plan, 0.25),
    (kinds_devops_shell.java_trace, 0.4),
    (kinds_devops_shell.windows_event, 0.4),
]
# People named by a lone surname or given name at work, among companies, teams and offices in the same slots:
# 0-1 text at the end of each trace, drawn from a random stream of their own so the texts before them stay
# as they were for a seed.
PEOPLE: list[tuple[Callable[[Ctx], Doc], float]] = [
    (kinds_people.work_chat, 1.2),
    (kinds_people.work_email, 1.0),
    (kinds_people.work_notes, 1.0),
]
PEOPLE_PER_TRACE = [0, 0, 1, 1]
_FAKERS: dict[str, Faker] = {}


def _faker(lang: str, seed: int) -> Faker:
    fake = _FAKERS.setdefault(lang, Faker(LOCALES[lang]))
    fake.seed_instance(seed)
    return fake


def person(rng: random.Random, lang: str, domain: str = "") -> Person:
    fake = _faker(lang, rng.randint(0, 2**31))
    first, last = fake.first_name(), fake.last_name()
    country = phones.home_country(rng, lang)
    work = domain if rng.random() < 0.4 else ""
    return Person(
        first=first,
        last=last,
        username=ascii_fold(first).lower() + rng.choice(["", str(rng.randint(1, 99))]),
        email=emails.email(rng, first, last, lang, work),
        phone=phones.phone(rng, country, lang),
        iban=finance.iban(rng, lang=lang),
        card=finance.card(rng),
        ip=network.ip(rng),
        password=passwords.password(rng, lang),
        home=addresses.home(rng, lang),
        born=birthdates.born(rng),
    )


def _docs(made: Doc | list[Doc]) -> list[Doc]:
    return made if isinstance(made, list) else [made]


def check(doc: Doc, names: frozenset[str] = frozenset()) -> tuple[list[Label], list[LookAlike]] | None:
    """The record's deduplicated labels and usable look-alikes, or None when a label is not in its text.

    A look-alike that is exactly a name of the trace's people (the place Florence when a contact is called
    Florence) is dropped too: redacting it may be the redactor being consistent, not wrong."""
    if doc.is_json:
        json.loads(doc.text)  # raises on a generator bug: JSON texts must stay valid
    hay = searchable(doc.text) if doc.is_json else doc.text
    labels = list(dict.fromkeys(doc.labels))
    if any(label.value not in hay for label in labels):
        return None
    values = [label.value.lower() for label in labels]
    looks = [
        la
        for la in dict.fromkeys(doc.looks)
        if la.value in hay
        and la.value.lower() not in names
        and not any(la.value.lower() in v or v in la.value.lower() for v in values)
    ]
    return labels, looks


def traces(n: int, seed: int, stats: Counter[str] | None = None) -> Iterator[CorpusText]:
    rng = random.Random(seed)
    funcs, weights = zip(*KINDS, strict=True)
    personal, personal_w = zip(*PERSONAL, strict=True)
    world, world_w = zip(*WORLD, strict=True)
    people_kinds, people_w = zip(*PEOPLE, strict=True)
    for t in range(n):
        lang = rng.choice(LANGS)
        company = _faker(lang, rng.randint(0, 2**31)).company()
        domain = emails.company_domain(rng, company, lang)
        ctx = Ctx(rng=rng, lang=lang, country="", me=person(rng, lang, domain), company=company, domain=domain)
        ctx.contacts = [
            person(rng, rng.choice([lang, lang, "en", "de", "es"]), domain) for _ in range(rng.randint(1, 3))
        ]
        trace_id = f"probe-{seed}-{t:04d}"
        plan: list[Callable[[Ctx], Doc | list[Doc]]] = [
            kinds_chat.chat_user,
            *rng.choices(funcs, weights, k=rng.randint(5, 9)),
        ]
        for extra in rng.choices(personal, personal_w, k=rng.randint(2, 3)):
            plan.insert(rng.randint(1, len(plan)), extra)
        for extra in rng.choices(world, world_w, k=rng.randint(1, 3)):
            plan.insert(rng.randint(1, len(plan)), extra)
        made = [doc for make in plan for doc in _docs(make(ctx))]
        side = replace(ctx, rng=random.Random(f"people-{seed}-{t}"))
        made += [make(side) for make in side.rng.choices(people_kinds, people_w, k=side.rng.choice(PEOPLE_PER_TRACE))]
        people = [ctx.me, *ctx.contacts]
        names = frozenset(n.lower() for p in people for n in (p.first, p.last, f"{p.first} {p.last}"))
        for i, doc in enumerate(made):
            checked = check(doc, names)
            if checked is None:
                if stats is not None:
                    stats["skipped:" + doc.kind] += 1
                continue
            labels, looks = checked
            yield CorpusText(
                text_id=f"{trace_id}-{i:02d}",
                trace_id=trace_id,
                kind=doc.kind,
                language=doc.language,
                text=doc.text,
                labels=labels,
                lookalikes=looks,
                is_json=doc.is_json,
            )
