"""Street addresses of 40 countries and forms, PO boxes, and the label an address plants (value = street line)."""

from __future__ import annotations

import random
from dataclasses import replace

from bench.redaction.corpus.model import Label

from .address_data import FIRST, Spec
from .address_data_asia import ASIA
from .address_data_eu import AFTER
from .address_data_south import SOUTH
from .core import Addr

ENTITY = "ADDRESS"
SPECS: dict[str, Spec] = {**FIRST, **ASIA, **AFTER, **SOUTH}
COUNTRIES = sorted(SPECS)
# Where each trace language's people live (the address forms a user of that language most often writes).
HOME: dict[str, list[str]] = {
    "en": ["US", "US", "GB", "GB", "AU", "AU", "NZ", "CA", "IE", "ZA", "IN", "IN", "PH"],
    "es": ["ES", "ES", "MX", "AR", "CL", "CO"],
    "de": ["DE", "DE", "AT", "CH"],
    "fr": ["FR", "FR", "BE", "CA-qc", "CH"],
    "pt": ["PT", "BR", "BR"],
    "it": ["IT", "IT", "CH"],
    "nl": ["NL", "NL", "BE"],
    "pl": ["PL"],
    "sv": ["SE", "SE", "NO", "DK", "FI"],
    "tr": ["TR"],
    "cs": ["CZ", "CZ", "SK"],
}
# Countries whose forms a trace of any language may carry (relatives, shipping abroad, expats).
ABROAD = ["JP", "JP-kanji", "KR", "KR-hangul", "RU", "RU-cyr", "AM", "GE", "HU", "HR", "SI", "RS", "RO", "GR", "IL"]


def _ordinal(k: int) -> str:
    return f"{k}th" if 10 <= k % 100 <= 20 else f"{k}" + {1: "st", 2: "nd", 3: "rd"}.get(k % 10, "th")


def _place(rng: random.Random, pattern: str) -> str:
    return "".join(
        str(rng.randint(0, 9)) if ch == "#" else rng.choice("ABCDEFGHJKLMNPRSTVWXY") if ch == "@" else ch
        for ch in pattern
    )


def _values(rng: random.Random, spec: Spec) -> dict[str, str]:
    h = str(rng.choice([rng.randint(1, 30), rng.randint(1, spec.hmax)]))
    floor, k = rng.randint(1, 9), rng.randint(1, 40)
    return {
        "h": h,
        "c": str(rng.randint(1, 6)),
        "b": str(rng.randint(1, 30)),
        "g": str(rng.randint(1, 25)),
        "p": str(rng.randint(100, 2999)),
        "k": str(k),
        "u": str(rng.choice([rng.randint(1, 24), rng.randint(101, 1805)])),
        "f": str(floor),
        "L": rng.choice("ABCD"),
        "l": rng.choice("abc"),
        "o": _ordinal(rng.randint(1, 18)),
        "o2": _ordinal(rng.randint(1, 12)),
        "d": rng.choice(["N", "S", "E", "W", "NE", "SW"]),
        "q": f"{rng.randint(10, 15)}{rng.randint(1, 9):02d}",
        "hb": f"H0{floor}0{rng.randint(1, 4)}",
    }


def address(rng: random.Random, country: str) -> Addr:
    spec = SPECS[country]
    tag, line_t, num_t = rng.choice(spec.forms)
    vals = _values(rng, spec)
    number = num_t.format(**vals)
    line = line_t.format(n=number, s=rng.choice(spec.names), t=rng.choice(spec.types), x=rng.choice(spec.extra), **vals)
    line = " ".join(line.split())
    return Addr(line, number, _place(rng, rng.choice(spec.places)), country, tag, spec.before)


def home(rng: random.Random, lang: str) -> Addr:
    return address(rng, rng.choice(HOME.get(lang, HOME["en"])))


def any_address(rng: random.Random, lang: str, abroad: float = 0.4) -> Addr:
    roll = rng.random()
    if roll < abroad * 0.5:
        return address(rng, rng.choice(ABROAD))
    if roll < abroad:
        return address(rng, rng.choice(COUNTRIES))
    return home(rng, lang)


def cased(addr: Addr, mode: str) -> Addr:
    """The address typed in lower case or ALL CAPS (AU/GB post labels, forms filled in a hurry)."""
    if mode not in {"lower", "caps"}:
        return addr

    def fix(text: str) -> str:
        if mode == "lower":
            return text.lower()
        return (text.replace("i", "İ") if addr.country == "TR" else text).upper()  # Turkish dotted capital I

    new = replace(addr, line=fix(addr.line), number=fix(addr.number), locality=fix(addr.locality))
    return new if new.line != addr.line else addr


def case_mode(rng: random.Random) -> str:
    roll = rng.random()
    return "lower" if roll < 0.07 else "caps" if roll < 0.14 else ""


def label(addr: Addr, *tags: str) -> Label:
    case = "caps" if addr.line.isupper() else "lower" if addr.line.islower() else ""
    variant = ",".join(t for t in (addr.tag, case, *tags) if t)
    return Label(entity=ENTITY, value=addr.line, number=addr.number, variant=variant)


POBOX: dict[str, list[str]] = {
    "en": ["PO Box {n}", "P.O. Box {n}", "GPO Box {n}", "Locked Bag {n}", "P O Box {n}"],
    "de": ["Postfach {n}", "Postfach {g}"],
    "fr": ["BP {n}", "Boîte postale {n}", "CS {n}"],
    "es": ["Apartado de Correos {n}", "Apdo. {n}", "Casilla {n}"],
    "pt": ["Caixa Postal {n}", "Apartado {n}"],
    "it": ["Casella Postale {n}", "C.P. {n}"],
    "nl": ["Postbus {n}"],
    "pl": ["skrytka pocztowa {n}", "Skr. poczt. {n}"],
    "sv": ["Box {n}"],
    "tr": ["P.K. {n}", "Posta Kutusu {n}"],
    "cs": ["P.O. Box {n}", "poštovní přihrádka {n}"],
}


def pobox(rng: random.Random, lang: str) -> Addr:
    """A post-office box: a line without a street, whose box number still identifies its holder."""
    number = str(rng.choice([rng.randint(1, 999), rng.randint(1000, 99999)]))
    grouped = f"{rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"  # German 'Postfach 10 12 34'
    template = rng.choice(POBOX.get(lang, POBOX["en"]))
    number = grouped if "{g}" in template else number
    base = home(rng, lang)
    line = template.format(n=number, g=grouped)
    return Addr(line, number, base.locality, base.country, "pobox", base.before)
