"""People of a trace and the surface forms their names take (full, first only, CRM order, airline order...)."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from .locales import FAMILY_FIRST_LOCALES, NO_SPACE_LOCALES, PERSON_LOCALES, faker_for
from .names import handwritten_entries

# Every form a PERSON label can carry; the rates report each as its own row.
FORMS = ("full", "first", "surname", "possessive", "crm", "airline", "initials", "email_local")
CASES = ("as_written", "lower", "caps")
_FOLD = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "'": "",
        "’": "",
    }
)
_PARTICLES = frozenset({"bin", "binti", "ibn", "van", "der", "den", "de", "da", "dos", "ter", "ní", "ó", "mac"})
_HANDWRITTEN = handwritten_entries()


def is_latin(text: str) -> bool:
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@dataclass(frozen=True)
class Person:
    source: str  # "hand" (written for this set) or "faker" (a Faker locale the tuning set does not use)
    origin: str  # an origin name for hand-written names, the locale for Faker names
    gender: str
    display: str
    call: str
    surname: str
    local: str  # e-mail local part derived from the name ("" when none is)

    @property
    def variant(self) -> str:
        script = "latin" if is_latin(self.display) else "non_latin"
        return f"src={self.source};origin={self.origin};script={script}"

    @property
    def rest(self) -> str:
        """The display name without the surname (given names, patronymic, particles)."""
        if not self.surname:
            return self.display
        return " ".join(self.display.replace(self.surname, " ", 1).split())

    def form(self, name: str) -> str | None:
        """The name written in form ``name``, or None where that form does not exist for this name."""
        latin = is_latin(self.display)
        value: str | None
        if name == "full":
            value = self.display
        elif name == "first":
            value = self.call if self.call != self.display else None
        elif name in ("surname", "possessive"):
            value = self.surname if name == "surname" else (self.call if latin else None)
        elif name == "crm":
            value = f"{self.surname}, {self.rest}" if self.surname and self.rest != self.display else None
        elif name == "airline":
            ok = latin and self.surname and self.rest != self.display
            value = f"{_squash(self.surname)}/{_squash(self.rest, keep_spaces=True)}" if ok else None
        elif name == "initials":
            given = [t for t in self.rest.split() if t.lower() not in _PARTICLES]
            ok = latin and self.surname and given and self.rest != self.display
            value = " ".join(f"{t[0]}." for t in given) + f" {self.surname}" if ok else None
        elif name == "email_local":
            value = self.local or None
        else:
            raise ValueError(f"unknown name form: {name}")
        return value if value and len(value) >= 2 else None


def _squash(text: str, keep_spaces: bool = False) -> str:
    folded = ascii_fold(text).upper().replace("-", "")
    return " ".join(folded.split()) if keep_spaces else "".join(folded.split())


def _derive_local(call: str, surname: str, display: str, rng: random.Random) -> str:
    first = ascii_fold(call.split(maxsplit=1)[0]).lower()
    last = ascii_fold(surname).lower().replace(" ", "").replace("-", "")
    if not last:
        return ".".join(ascii_fold(t).lower() for t in display.split() if t.lower() not in _PARTICLES)
    pattern = rng.choice(("{f}.{l}", "{i}.{l}", "{f}{l}", "{f}_{l}", "{f}.{l}{n}", "{i}{l}"))
    return pattern.format(f=first, l=last, i=first[0], n=rng.randint(10, 99))


def handwritten_person(rng: random.Random, origin: str | None = None) -> Person:
    rows = [r for r in _HANDWRITTEN if origin is None or r[0] == origin]
    origin_name, gender, display, call, surname, local = rng.choice(rows)
    if not local and is_latin(display):
        local = _derive_local(call, surname, display, rng)
    return Person("hand", origin_name, gender, display, call, surname, local)


def faker_person(rng: random.Random, locale: str | None = None) -> Person:
    locale = locale or rng.choice(PERSON_LOCALES)
    fake = faker_for(locale, rng)
    gender = rng.choice("mf")
    first = fake.first_name_male() if gender == "m" else fake.first_name_female()
    last = fake.last_name()
    while last == first:
        last = fake.last_name()
    if locale in NO_SPACE_LOCALES:
        display = f"{last}{first}"
    elif locale in FAMILY_FIRST_LOCALES:
        display = f"{last} {first}"
    else:
        display = f"{first} {last}"
    surname = last if len(last) >= 2 else ""
    local = _derive_local(first, last, display, rng) if is_latin(display) else ""
    return Person("faker", locale, gender, display, first, surname, local)


def distinct_people(
    rng: random.Random, count: int, existing: list[Person] | None = None, hand_share: float = 0.6
) -> list[Person]:
    """``count`` new people whose name parts overlap nobody's (so one person's label never matches another's)."""
    people: list[Person] = list(existing or [])
    target = len(people) + count
    while len(people) < target:
        person = handwritten_person(rng) if rng.random() < hand_share else faker_person(rng)
        parts = {person.call, person.surname} - {""}
        if all(not parts & ({p.call, p.surname} - {""}) and person.display != p.display for p in people):
            people.append(person)
    return people[target - count :]
