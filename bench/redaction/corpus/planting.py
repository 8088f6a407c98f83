"""Personas (one simulated customer per trace) and the Planter that records what each text holds."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from faker import Faker

from . import numbers
from .lookalikes import GENERATORS
from .model import Label, LookAlike
from .names import HANDWRITTEN_NAMES

_DOB_FORMATS = {
    "en": ("{d:%m}/{d:%d}/{d:%Y}", "{d:%Y}-{d:%m}-{d:%d}", "{d:%B} {day}, {d:%Y}"),
    "es": ("{d:%d}/{d:%m}/{d:%Y}",),
    "de": ("{d:%d}.{d:%m}.{d:%Y}",),
}
# Real-looking street names people type, alongside Faker's (which invents "Moon Mountains").
_EN_STREETS = ("Maple Avenue", "Oak Street", "Elm Drive", "Sunset Boulevard", "Church Road", "Lakeview Terrace")


@dataclass
class Persona:
    """The customer a synthetic trace is about; the same values recur across the trace's texts."""

    language: str
    variant: str  # "" (Faker en_US), "handwritten", "es", "de"
    given: str
    family: str
    email: str
    phone: str
    card: str
    ssn: str
    iban: str
    street: str
    house_number: str
    city: str
    postcode: str
    dob: str
    ip: str
    colleague: str
    colleague_variant: str
    colleague_email: str

    @property
    def name(self) -> str:
        return f"{self.given} {self.family}".strip()

    def street_line(self) -> str:
        # English puts the number first; German and Spanish after the street name.
        if self.language == "en":
            return f"{self.house_number} {self.street}"
        return f"{self.street} {self.house_number}"


def _dob(rng: random.Random, language: str) -> str:
    born = date(1940, 1, 1) + timedelta(days=rng.randint(0, 365 * 65))
    fmt = rng.choice(_DOB_FORMATS[language])
    return fmt.format(d=born, day=born.day)


def _email_for(rng: random.Random, given: str, family: str, fake: Faker) -> str:
    if rng.random() < 0.5:
        return fake.free_email() if rng.random() < 0.5 else fake.company_email()
    local = rng.choice(["{g}.{f}", "{g}{f}", "{g0}{f}", "{g}_{f}{n}"]).format(
        g=given.split(maxsplit=1)[0], f=family.replace(" ", "").replace("'", ""), g0=given[0], n=rng.randint(1, 99)
    )
    folded = unicodedata.normalize("NFKD", local)  # "Estévez" -> "estevez", as mail providers require
    ascii_local = folded.encode("ascii", "ignore").decode().lower() or "user"
    return f"{ascii_local}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.co.uk', 'proton.me', 'web.de'])}"


def make_persona(rng: random.Random, fakers: dict[str, Faker]) -> Persona:
    roll = rng.random()
    if roll < 0.5:
        language, variant, fake = "en", "", fakers["en"]
        given, family = fake.first_name(), fake.last_name()
    elif roll < 0.8:
        language, variant, fake = "en", "handwritten", fakers["en"]
        given, family, _ = rng.choice(HANDWRITTEN_NAMES)
    else:
        language = variant = "es" if roll < 0.9 else "de"
        fake = fakers[language]
        given, family = fake.first_name(), fake.last_name()
        if language == "es" and rng.random() < 0.5:
            family = f"{family} {fake.last_name()}"  # Spanish double surname
    if language == "en":
        street = rng.choice(_EN_STREETS) if rng.random() < 0.3 else fake.street_name()
        house = fake.building_number()
    else:
        street = fake.street_name()
        house = str(rng.randint(1, 180)) + (rng.choice("ab") if rng.random() < 0.15 else "")
    colleague = rng.choice(HANDWRITTEN_NAMES) if rng.random() < 0.4 else (fake.first_name(), fake.last_name(), "")
    colleague_name = f"{colleague[0]} {colleague[1]}".strip()
    region = {"en": None, "es": "ES", "de": "DE"}[language]
    return Persona(
        language=language,
        variant=variant,
        given=given,
        family=family,
        email=_email_for(rng, given, family or given, fake),
        phone=numbers.phone_number(rng, region),
        card=numbers.credit_card(rng),
        ssn=numbers.us_ssn(rng),
        iban=numbers.iban(rng, region),
        street=street,
        house_number=house,
        city=fake.city(),
        postcode=fake.postcode(),
        dob=_dob(rng, language),
        ip=numbers.ipv4(rng) if rng.random() < 0.85 else numbers.ipv6(rng),
        colleague=colleague_name,
        colleague_variant="handwritten" if colleague[2] else ("" if variant == "handwritten" else variant),
        colleague_email=_email_for(rng, colleague[0], colleague[1] or colleague[0], fake),
    )


class Planter:
    """Places values into one text and records them: ``pii`` for sensitive values, ``look`` for look-alikes."""

    def __init__(self, rng: random.Random, persona: Persona) -> None:
        self.rng = rng
        self.who = persona
        self.labels: list[Label] = []
        self.lookalikes: list[LookAlike] = []
        self.is_json = False

    def pii(self, entity: str, value: str, *, number: str = "", variant: str = "") -> str:
        self.labels.append(Label(entity, value, number, variant))
        return value

    def name(self, full: bool = True) -> str:
        value = self.who.name if full else self.who.given
        return self.pii("PERSON", value, variant=self.who.variant)

    def colleague(self) -> str:
        return self.pii("PERSON", self.who.colleague, variant=self.who.colleague_variant)

    def street_line(self) -> str:
        self.labels.append(Label("ADDRESS", self.who.street, self.who.house_number, self.who.variant))
        return self.who.street_line()

    def look(self, kind: str, value: str | None = None) -> str:
        value = value if value is not None else GENERATORS[kind](self.rng)
        self.lookalikes.append(LookAlike(kind, value))
        return value
