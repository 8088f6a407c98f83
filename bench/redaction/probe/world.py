"""The world's harmless names and locators by look-alike kind, and the {slots} that plant them in phrases."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence

from . import locators, locators_ops, locators_web
from .world_orgs import ALL_ORGS, ORGS, TEAMS
from .world_phrases import HEADINGS
from .world_places import ALL_PLACES, PLACES
from .world_products import ALL_PRODUCTS, PRODUCTS
from .world_terms import LIBRARIES, MED_EPONYMS, SCI_EPONYMS
from .world_trade import CHEMICALS, LEGAL_TERMS, MEDICAL_TERMS, MEDICATIONS, TECH_TERMS
from .world_words import CALENDAR, JOB_TITLES, WEATHER, WORKS

Maker = Callable[[random.Random, str], str]


def _one(values: Sequence[str]) -> Maker:
    return lambda rng, _lang: rng.choice(values)


def _local(table: dict[str, list[str]], home: float) -> Maker:
    """Mostly the text's own language, sometimes English (sites and apps mix them)."""
    return lambda rng, lang: rng.choice(table[lang] if lang in table and rng.random() < home else table["en"])


def _plain(make: Callable[[random.Random], str]) -> Maker:
    return lambda rng, _lang: make(rng)


# slot name -> (look-alike kind, maker)
SLOTS: dict[str, tuple[str, Maker]] = {
    "product": ("product_name", _one(ALL_PRODUCTS)),
    "gadget": ("product_name", _one(PRODUCTS["phone_pc"] + PRODUCTS["home_av"])),
    "assistant": ("product_name", _one(PRODUCTS["assistant"])),
    "software": ("product_name", _one(PRODUCTS["software"])),
    "car": ("product_name", _one(PRODUCTS["car"])),
    "food": ("product_name", _one(PRODUCTS["food_drink"])),
    "beauty": ("product_name", _one(PRODUCTS["fashion_beauty"])),
    "heading": ("heading_phrase", _local(HEADINGS, 0.75)),
    "place": ("place", _one(ALL_PLACES)),
    "city": ("place", _one(PLACES["name_like"] + PLACES["city"])),
    "namedcity": ("place", _one(PLACES["name_like"])),
    "region": ("place", _one(PLACES["region"])),
    "landmark": ("place", _one(PLACES["landmark"])),
    "airport": ("place", _one(PLACES["airport"])),
    "station": ("place", _one(PLACES["station"])),
    "venue": ("place", _one(PLACES["venue"])),
    "org": ("organisation", _one(ALL_ORGS)),
    "company": ("organisation", _one(ORGS["company"])),
    "university": ("organisation", _one(ORGS["university"])),
    "hospital": ("organisation", _one(ORGS["hospital"])),
    "law_firm": ("organisation", _one(ORGS["law_firm"])),
    "team": ("team_name", _one(TEAMS)),
    "lib": ("library_name", _one(LIBRARIES)),
    "eponym": ("eponymous_term", _one(MED_EPONYMS)),
    "method": ("eponymous_term", _one(SCI_EPONYMS)),
    "term": ("capitalised_term", _one(LEGAL_TERMS + MEDICAL_TERMS + TECH_TERMS)),
    "legal": ("capitalised_term", _one(LEGAL_TERMS)),
    "medical": ("capitalised_term", _one(MEDICAL_TERMS)),
    "tech": ("capitalised_term", _one(TECH_TERMS)),
    "drug": ("medication_name", _one(MEDICATIONS)),
    "chem": ("chemical_name", _one(CHEMICALS)),
    "day": ("calendar_word", _local(CALENDAR, 0.85)),
    "storm": ("weather_event", _one(WEATHER)),
    "job": ("job_title", _one(JOB_TITLES)),
    "work": ("creative_work", _one(WORKS)),
    "path": ("file_path", _plain(locators.unix_path)),
    "winpath": ("windows_path", _plain(locators.windows_path)),
    "logfile": ("log_file", _plain(locators.log_file)),
    "url": ("url", _plain(locators_web.url)),
    "site": ("url", _plain(locators_web.site_url)),
    "docs": ("url", _plain(locators_web.docs_url)),
    "ops": ("url", _plain(locators_web.ops_url)),
    "host": ("hostname", _plain(locators_web.hostname)),
    "bucket": ("cloud_uri", _plain(locators_ops.cloud_uri)),
    "arn": ("arn", _plain(locators_ops.arn)),
    "image": ("container_image", _plain(locators_ops.container_image)),
    "k8s": ("k8s_resource", _plain(locators_ops.k8s_resource)),
    "module": ("module_path", _plain(locators_ops.module_path)),
    "pymodule": ("module_path", _plain(locators_ops.py_module)),
    "jmodule": ("module_path", _plain(locators_ops.java_module)),
    "branch": ("git_ref", _plain(locators_ops.branch)),
    "ref": ("git_ref", _plain(locators_ops.git_ref)),
    "cron": ("cron_line", _plain(locators_ops.cron_line)),
}
KINDS = sorted({kind for kind, _ in SLOTS.values()})


def world(rng: random.Random, slot: str, lang: str = "en") -> tuple[str, str]:
    """(kind, value) for a slot name, e.g. world(rng, "airport") -> ("place", "Aeroporto Marco Polo")."""
    kind, make = SLOTS[slot]
    return kind, make(rng, lang)
