"""One trace being written: its people, language, and the labelled values the templates plant.

A person's contact details are drawn once per trace so that the same e-mail, phone or IBAN recurs across the
trace's texts, and the first mention of a person is a fuller form than later ones (as in real conversations).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from bench.redaction.corpus.model import Label, LookAlike

from . import numbers, secrets
from .builder import Piece
from .locales import faker_address, faker_phone
from .lookalikes import lookalike, timestamp
from .people import Person, distinct_people, is_latin

COMPANIES = (
    "Nordlicht Bank",
    "Acme Logistics",
    "Solaris Energia",
    "Kestrel Insurance",
    "Bluefin Telecom",
    "Tamarind Travel",
    "Quillon Health",
    "Verdant Grocers",
    "Helix Mobility",
    "Orinoco Books",
)
FREE_MAIL = (
    "gmail.com",
    "outlook.com",
    "yahoo.com.br",
    "web.de",
    "gmx.at",
    "naver.com",
    "qq.com",
    "mail.ru",
    "proton.me",
    "hotmail.es",
    "icloud.com",
    "yandex.com",
    "rediffmail.com",
    "seznam.cz",
    "bluewin.ch",
)
_FIRST_FORMS = {"full": 0.62, "crm": 0.12, "initials": 0.1, "first": 0.08, "airline": 0.03, "surname": 0.05}
_LATER_FORMS = {"full": 0.22, "first": 0.36, "surname": 0.18, "initials": 0.06, "crm": 0.06, "email_local": 0.12}


@dataclass
class _Contact:
    email: str = ""
    phone: str = ""
    phone_variant: str = ""
    iban: str = ""
    iban_variant: str = ""
    dob: str = ""
    address: tuple[str, str, str] | None = None


@dataclass
class TraceCtx:
    rng: random.Random
    trace_id: str
    lang: str
    people: list[Person]
    company: str = ""
    domain: str = ""
    mentioned: set[str] = field(default_factory=set)
    contacts: dict[str, _Contact] = field(default_factory=dict)

    @classmethod
    def new(cls, rng: random.Random, trace_id: str, lang: str) -> TraceCtx:
        people = distinct_people(rng, rng.choice((2, 2, 3, 3, 4)))
        company = rng.choice(COMPANIES)
        domain = company.lower().replace(" ", "-") + rng.choice((".com", ".com.br", ".de", ".co.kr", ".example"))
        return cls(rng, trace_id, lang, people, company, domain)

    @property
    def customer(self) -> Person:
        return self.people[0]

    @property
    def agent(self) -> Person:
        return self.people[1]

    def other(self) -> Person:
        return self.rng.choice(self.people[1:])

    def extra_person(self) -> Person:
        """A person outside the cast (a CRM row, a meeting attendee) whose name parts overlap nobody's."""
        self.people.extend(distinct_people(self.rng, 1, existing=self.people))
        return self.people[-1]

    # --- names -------------------------------------------------------------------------------------------
    def name(self, person: Person, forms: tuple[str, ...] = (), case: str = "") -> Label:
        """A mention of ``person``: in one of ``forms`` when given, else a form natural for a first or later
        mention; ``case`` "lower"/"caps" writes it as lower-case chat or an ALL-CAPS ticket would."""
        weights = _LATER_FORMS if person.display in self.mentioned else _FIRST_FORMS
        choices = [f for f in (forms or tuple(weights)) if person.form(f)]
        form = self.rng.choices(choices, [weights.get(f, 1.0) for f in choices])[0] if choices else "full"
        value = person.form(form) or person.display
        self.mentioned.add(person.display)
        return self._person_label(person, value, form, case)

    def possessive(self, person: Person, case: str = "") -> Piece:
        form = "possessive" if person.form("possessive") else "full"
        label = self._person_label(person, person.form(form) or person.display, form, case)
        self.mentioned.add(person.display)
        return Piece(label.value + ("'S" if case == "caps" else "'s"), [label])

    def handle(self, person: Person) -> Label:
        """The person's e-mail local part used alone (a login, a mention, a log field), or their name."""
        if not person.local:
            return self.name(person, ("full",))
        return self._person_label(person, person.local, "email_local", "")

    def _person_label(self, person: Person, value: str, form: str, case: str) -> Label:
        cased = value.lower() if case == "lower" else value.upper() if case == "caps" else value
        actual_case = case if cased != value else ("caps" if form == "airline" else "as_written")
        return Label("PERSON", cased, variant=f"{person.variant};form={form};case={actual_case}")

    # --- contact details, drawn once per person per trace ---------------------------------------------------
    def _contact(self, person: Person) -> _Contact:
        return self.contacts.setdefault(person.display, _Contact())

    def email(self, person: Person, case: str = "") -> Label:
        contact = self._contact(person)
        if not contact.email:
            local = person.local or f"{secrets._chars(self.rng, 'abcdefghjkmnpqrstuvwxyz', 6)}{self.rng.randint(1, 99)}"
            host = self.domain if person in self.people[1:2] else self.rng.choice((*FREE_MAIL, self.domain))
            contact.email = f"{local}@{host}"
        value = contact.email.upper() if case == "caps" else contact.email
        return Label("EMAIL_ADDRESS", value, variant=f"local={'name' if person.local else 'opaque'}")

    def phone(self, person: Person | None = None) -> Label:
        contact = self._contact(person) if person else _Contact()
        if not contact.phone:
            if self.rng.random() < 0.35:
                contact.phone, where = faker_phone(self.rng)
                region = where.split("_")[1]
                contact.phone_variant = f"source=faker;country={where}"
            else:
                contact.phone, where = numbers.phone(self.rng)
                region = "US" if where == "NANP" else where
                contact.phone_variant = f"source=formats;country={where}"
            contact.phone_variant += f";libphonenumber={numbers.phone_validity(contact.phone, region)}"
        return Label("PHONE_NUMBER", contact.phone, variant=contact.phone_variant)

    def short_phone(self) -> Label:
        return Label(
            "PHONE_NUMBER", numbers.short_local_phone(self.rng), variant="source=short_local;libphonenumber=invalid"
        )

    def iban(self, person: Person) -> Label:
        contact = self._contact(person)
        if not contact.iban:
            contact.iban, country = numbers.iban(self.rng, grouped=self.rng.random() < 0.75)
            contact.iban_variant = f"country={country}"
        return Label("IBAN_CODE", contact.iban, variant=contact.iban_variant)

    def dob(self, person: Person) -> Label:
        contact = self._contact(person)
        contact.dob = contact.dob or numbers.date_of_birth(self.rng, self.lang)
        return Label("DATE_OF_BIRTH", contact.dob, variant=f"lang={self.lang}")

    def address(self, person: Person) -> Label:
        contact = self._contact(person)
        contact.address = contact.address or faker_address(self.rng)
        line, number, locale = contact.address
        return Label("STREET_ADDRESS", line, number=number, variant=f"locale={locale}")

    def card(self, valid: bool | None = None) -> Label:
        valid = self.rng.random() < 0.7 if valid is None else valid
        return Label("CREDIT_CARD", numbers.card(self.rng, valid), variant=f"check={'luhn' if valid else 'no_luhn'}")

    def ssn(self) -> Label:
        return Label("US_SSN", numbers.ssn(self.rng))

    def ip(self) -> Label:
        value = numbers.ip_address(self.rng)
        return Label("IP_ADDRESS", value, variant=f"version={'v6' if ':' in value else 'v4'}")

    # --- secrets and look-alikes --------------------------------------------------------------------------
    def secret(self, kind: str, style: str = "") -> Label:
        if kind in secrets.VENDOR_KINDS:
            value = secrets.vendor_key(kind, self.rng)
        elif kind == "JWT":
            value = secrets.jwt(self.rng)
        elif kind == "BEARER_TOKEN":
            value = secrets.bearer_token(self.rng)
        elif kind == "PRIVATE_KEY":
            value = secrets.private_key(self.rng)
        else:
            value = secrets.password(self.rng, url_safe=kind in ("CONNECTION_STRING_PASSWORD", "URL_PASSWORD"))
        return Label(kind, value, variant=style)

    def look(self, kind: str) -> LookAlike:
        return LookAlike(kind, lookalike(kind, self.rng))

    def stamp(self, style: str | None = None) -> LookAlike:
        return LookAlike("timestamp", timestamp(self.rng, style))

    def pick(self, options: tuple[str, ...] | list[str]) -> str:
        return self.rng.choice(options)

    def latin(self, person: Person) -> bool:
        return is_latin(person.display)
