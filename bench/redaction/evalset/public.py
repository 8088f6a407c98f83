"""An extra, separately reported source: the public synthetic-PII templates that ship in the ``presidio-evaluator``
package (its ``templates.txt`` and fake-person table), filled here and labelled for the same rates.

Install it without its heavy dependencies: ``pip install --no-deps presidio-evaluator==0.3.2``. Only its data files
are read (the package is never imported), so it needs nothing else and downloads nothing.
"""

from __future__ import annotations

import csv
import importlib.util
import random
import re
from pathlib import Path

from bench.redaction.corpus.model import CorpusText, Label

from . import numbers
from .builder import Piece
from .generator import is_clean
from .people import is_latin

_RAW = Path("data_generator") / "raw_data"
_FIELD = re.compile(r"\{\{\s*(\w+)\s*\}\}")
_PERSON_FIELDS = {
    "person": "full",
    "name": "full",
    "name_male": "full",
    "name_female": "full",
    "first_name": "first",
    "first_name_male": "first",
    "first_name_female": "first",
    "first_name_nonbinary": "first",
    "last_name": "surname",
    "last_name_male": "surname",
    "last_name_female": "surname",
}
_LABELLED = {
    *_PERSON_FIELDS,
    "credit_card_number",
    "phone_number",
    "email",
    "iban",
    "ssn",
    "ip_address",
    "address",
    "date_of_birth",
}


def public_data_dir() -> Path | None:
    """Where presidio-evaluator's raw data is installed, or None when the package is not installed."""
    spec = importlib.util.find_spec("presidio_evaluator")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / _RAW
    return path if (path / "templates.txt").is_file() else None


def generate_public_set(seed: int, texts: int = 600) -> list[CorpusText]:
    """``texts`` filled templates (each its own trace); raises when presidio-evaluator is not installed."""
    data = public_data_dir()
    if data is None:
        raise RuntimeError("presidio-evaluator is not installed: pip install --no-deps presidio-evaluator==0.3.2")
    templates = [
        line.strip().replace("\\n", "\n")
        for line in (data / "templates.txt").read_text(encoding="utf-8", errors="replace").splitlines()
        if _LABELLED & set(_FIELD.findall(line)) and "us_driver_license" not in line  # unlabelled PII: skipped
    ]
    with (data / "FakeNameGenerator.com_3000.csv").open(encoding="utf-8-sig", newline="") as handle:
        people = list(csv.DictReader(handle))
    rng = random.Random(f"tracecase-evalset-public:{seed}")
    corpus = []
    for index in range(texts):
        piece = _fill(rng.choice(templates), rng.choice(people), rng)
        while not is_clean(piece):  # a first name that is also a template word cannot be scored fairly
            piece = _fill(rng.choice(templates), rng.choice(people), rng)
        corpus.append(
            CorpusText(
                text_id=f"public-{seed}-{index:05d}",
                trace_id=f"public-{seed}-{index:05d}",
                kind="public_template",
                language="en",
                text=piece.text,
                labels=list(dict.fromkeys(piece.labels)),
                is_json=False,
            )
        )
    return corpus


def _fill(template: str, row: dict[str, str], rng: random.Random) -> Piece:
    out = Piece("")
    position = 0
    for match in _FIELD.finditer(template):
        out = out + template[position : match.start()]
        out = out + _value(match.group(1), row, rng)
        position = match.end()
    return out + template[position:]


def _value(field: str, row: dict[str, str], rng: random.Random) -> Piece:
    full = f"{row['GivenName']} {row['Surname']}"
    if field in _PERSON_FIELDS:
        form = _PERSON_FIELDS[field]
        value = {"full": full, "first": row["GivenName"], "surname": row["Surname"]}[form]
        script = "latin" if is_latin(value) else "non_latin"
        variant = f"src=public;origin={row['NameSet']};form={form};case=as_written;script={script}"
        return Piece(value, [Label("PERSON", value, variant=variant)])
    simple = {
        "credit_card_number": ("CREDIT_CARD", lambda: numbers.card(rng, valid=True)),
        "iban": ("IBAN_CODE", lambda: numbers.iban(rng, grouped=rng.random() < 0.5)[0]),
        "ssn": ("US_SSN", lambda: numbers.ssn(rng)),
        "ip_address": ("IP_ADDRESS", lambda: numbers.ip_address(rng)),
        "email": ("EMAIL_ADDRESS", lambda: row["EmailAddress"]),
        "date_of_birth": ("DATE_OF_BIRTH", lambda: row["Birthday"]),
        "phone_number": ("PHONE_NUMBER", lambda: _phone(row)),
    }
    if field in simple:
        entity, make = simple[field]
        value = make()
        return Piece(value, [Label(entity, value, variant="src=public")])
    if field == "address":
        street = row["StreetAddress"]
        number = re.search(r"\d+", street)
        label = Label("STREET_ADDRESS", street, number=number.group(0) if number else "", variant="src=public")
        return Piece(street, [label]) + f", {row['City']} {row['ZipCode']}"
    filler = {
        "prefix_male": "Mr.",
        "prefix_female": "Ms.",
        "prefix": "Dr.",
        "city": row["City"],
        "country": row["CountryFull"],
        "organization": row["Company"],
        "job": row["Occupation"],
        "age": row["Age"],
        "url": f"https://www.{row['Domain']}",
        "street_name": "Maple Avenue",
        "building_number": "12",
        "secondary_address": "Apt. 4",
        "postcode": row["ZipCode"],
        "zipcode": row["ZipCode"],
        "state_abbr": row["State"],
        "nationality": "Brazilian",
        "nation_woman": "Danish",
        "nation_plural": "Danes",
        "year": "2019",
        "day_of_week": "Monday",
        "date_time": "2019-03-02 10:00",
    }
    text = filler.get(field, field)
    return Piece(text, literal=text)


def _phone(row: dict[str, str]) -> str:
    number = row["TelephoneNumber"]
    if sum(ch.isdigit() for ch in number) < 8:
        number = f"+{row['TelephoneCountryCode']} {number}"
    return number
