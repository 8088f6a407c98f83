"""Phone numbers as people, CRMs and signatures write them (labels only; the surrounding text is elsewhere)."""

from __future__ import annotations

import random

from bench.redaction.corpus.model import Label

from .core import fill, lab
from .phone_plan import EXTENSIONS, HOME_COUNTRIES, PHONE_FORMATS, VANITY

ENTITY = "PHONE_NUMBER"
COUNTRIES = sorted(PHONE_FORMATS)


def style(number: str) -> str:
    if "(0)" in number:
        return "trunk"
    if number.startswith("+") and number[1:].isdigit():
        return "e164"
    if number.startswith(("+", "00", "(+")):
        return "intl"
    return "national"


def home_country(rng: random.Random, lang: str) -> str:
    return rng.choice(HOME_COUNTRIES.get(lang, ["US"]))


def phone(rng: random.Random, country: str, lang: str = "en", ext_p: float = 0.07) -> Label:
    """One number of ``country``; sometimes with an extension written the way ``lang`` writes it."""
    number = fill(rng, rng.choice(PHONE_FORMATS[country]))
    tags = [country, style(number)]
    if rng.random() < ext_p and lang in EXTENSIONS:
        number += rng.choice(EXTENSIONS[lang]).format(n=rng.randint(10, 4999))
        tags.append("extension")
    return lab(ENTITY, number, *tags)


def local_phone(rng: random.Random, lang: str) -> Label:
    """A number written the way a person gives it, in the language's home country (or anywhere)."""
    country = home_country(rng, lang) if rng.random() < 0.75 else rng.choice(COUNTRIES)
    return phone(rng, country, lang)


def foreign_phone(rng: random.Random, lang: str) -> Label:
    return phone(rng, rng.choice(COUNTRIES), lang)


def vanity(rng: random.Random) -> Label:
    return lab(ENTITY, rng.choice(VANITY), "US", "vanity")


SHORT = {
    "en": ["N##-####", "N## ####"],
    "de": ["N## ## ##", "N#####", "N# ## ##"],
    "fr": ["## ## ## ##"],
    "es": ["N## ## ##", "N##-####"],
    "pt": ["N###-####", "9####-####"],
    "it": ["N### ###", "N######"],
    "nl": ["N## ## ##", "N######"],
    "pl": ["N## ## ##", "N##-##-##"],
}

# A short local number is only a phone number because of the cue: "call me on 555-0134".
CALL_CUES = {
    "en": ["call me on {p}", "ring me at {p}", "my cell is {p}", "text me at {p}", "you can reach me at {p}"],
    "de": ["ruf mich unter {p} an", "Tel. {p}", "erreichbar unter {p}", "meine Handynummer ist {p}"],
    "fr": ["appelez-moi au {p}", "mon portable : {p}", "joignable au {p}", "tél. {p}"],
    "es": ["llámame al {p}", "mi móvil es el {p}", "tel. {p}", "me puedes escribir por WhatsApp al {p}"],
    "pt": ["me liga no {p}", "meu celular é {p}", "zap: {p}", "telefone {p}"],
    "it": ["chiamami al {p}", "il mio cellulare è {p}", "tel. {p}"],
    "nl": ["bel me op {p}", "mijn nummer is {p}", "tel. {p}"],
    "pl": ["zadzwoń pod {p}", "mój numer to {p}", "tel. {p}"],
    "sv": ["ring mig på {p}", "mitt nummer är {p}"],
    "tr": ["beni {p} numaradan arayın", "telefonum {p}"],
    "cs": ["zavolejte mi na {p}", "moje číslo je {p}"],
}


def short_local(rng: random.Random, lang: str) -> tuple[Label, str]:
    """(label, phrase with the number) for a short local number behind a call cue."""
    pattern = rng.choice(SHORT.get(lang, SHORT["en"]))
    label = lab(ENTITY, fill(rng, pattern), "local-short", lang)
    cue = rng.choice(CALL_CUES.get(lang, CALL_CUES["en"]))
    return label, cue.format(p=label.value)


def cue_phrase(rng: random.Random, lang: str, number: str) -> str:
    return rng.choice(CALL_CUES.get(lang, CALL_CUES["en"])).format(p=number)
