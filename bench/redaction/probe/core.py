"""Building blocks: a text under construction that records what is planted in it, and pattern filling."""

from __future__ import annotations

import random
import string
import unicodedata
from dataclasses import dataclass, field

from bench.redaction.corpus.model import Label, LookAlike

_FILL = {
    "#": string.digits,
    "N": "23456789",
    "A": string.ascii_uppercase,
    "a": string.ascii_lowercase,
    "X": "0123456789ABCDEF",
    "x": "0123456789abcdef",
    "c": string.ascii_letters + string.digits,
    "u": string.ascii_uppercase + string.digits,
    "b": string.ascii_letters + string.digits + "+/",
    "w": string.ascii_letters + string.digits + "-_",
}


def fill(rng: random.Random, pattern: str) -> str:
    """Replace the pattern letters of ``_FILL`` with random characters; everything else is kept."""
    return "".join(rng.choice(_FILL[ch]) if ch in _FILL else ch for ch in pattern)


def rand(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(_FILL.get(alphabet, alphabet)) for _ in range(n))


def ascii_fold(text: str) -> str:
    """'Jürgen Łukasz' -> 'Jurgen Lukasz' (what people type into an e-mail local part)."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("ø", "o").replace("æ", "ae")
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def lab(entity: str, value: str, *tags: str) -> Label:
    return Label(entity=entity, value=value, variant=",".join(t for t in tags if t))


@dataclass
class Doc:
    """One text being written: ``v`` plants a labelled value, ``la`` a look-alike; both return the value."""

    kind: str
    language: str
    is_json: bool = False
    text: str = ""
    labels: list[Label] = field(default_factory=list)
    looks: list[LookAlike] = field(default_factory=list)

    def v(self, label: Label) -> str:
        self.labels.append(label)
        return label.value

    def la(self, kind: str, value: str) -> str:
        self.looks.append(LookAlike(kind=kind, value=value))
        return value


@dataclass(frozen=True)
class Addr:
    """A street address: ``line`` (labelled, with ``number`` in it) and ``locality`` (postcode, city; unlabelled)."""

    line: str
    number: str
    locality: str
    country: str
    tag: str
    before: bool = False  # the locality is written first (Japan, Korea)

    def full(self, sep: str = ", ") -> str:
        if self.before:
            return self.locality + ("" if self.country == "JP-kanji" else " ") + self.line
        return self.line + sep + self.locality


@dataclass
class Person:
    """The user a trace is about: the same values recur across the trace's texts, as they do in real traces."""

    first: str
    last: str
    username: str
    email: Label
    phone: Label
    iban: Label
    card: Label
    ip: Label
    password: Label
    home: Addr | None = None
    born: tuple[int, int, int] = (1985, 3, 2)  # year, month, day


@dataclass
class Ctx:
    rng: random.Random
    lang: str
    country: str
    me: Person
    company: str
    domain: str
    contacts: list[Person] = field(default_factory=list)

    @property
    def name(self) -> str:
        return f"{self.me.first} {self.me.last}"
