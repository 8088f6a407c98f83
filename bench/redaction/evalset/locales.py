"""Faker locales of this set: none of them is one the tuning corpus uses (en_US, en_GB, es_ES, de_DE, fr_FR,
it_IT, pt_PT, nl_NL, pl_PL, tr_TR, vi_VN, ja_JP, zh_CN, hi_IN, ar_AA, ru_RU)."""

from __future__ import annotations

import random
import re
from functools import cache

from faker import Faker


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


TUNING_LOCALES = frozenset(
    _words("en_US en_GB es_ES de_DE fr_FR it_IT pt_PT nl_NL pl_PL tr_TR vi_VN ja_JP zh_CN hi_IN ar_AA ru_RU")
)
PERSON_LOCALES = _words(
    "pt_BR es_MX es_AR es_CL es_CO de_AT de_CH hu_HU cs_CZ sk_SK el_GR ko_KR zh_TW fa_IR he_IL ro_RO sv_SE fi_FI "
    "da_DK no_NO uk_UA id_ID th_TH en_IN en_AU en_IE en_NZ ka_GE hy_AM az_AZ bg_BG hr_HR lt_LT lv_LV sl_SI tw_GH "
    "yo_NG zu_ZA et_EE fr_CA nl_BE bn_BD ne_NP fr_CH"
)
FAMILY_FIRST_LOCALES = frozenset({"hu_HU", "ko_KR", "zh_TW"})
NO_SPACE_LOCALES = frozenset({"ko_KR", "zh_TW"})

# Locales whose street_address is one line with a house number in the local style.
ADDRESS_LOCALES = _words(
    "pt_BR es_MX es_AR es_CL de_AT de_CH hu_HU cs_CZ sk_SK el_GR zh_TW he_IL sv_SE fi_FI da_DK no_NO uk_UA id_ID "
    "th_TH en_AU en_IE en_NZ ka_GE hy_AM hr_HR sl_SI nl_BE fr_CH"
)
# Locales whose phone_number is a plausible national or international number in ASCII digits.
PHONE_LOCALES = _words(
    "pt_BR es_AR es_CL de_AT de_CH hu_HU cs_CZ sk_SK el_GR ko_KR zh_TW fa_IR he_IL ro_RO sv_SE fi_FI da_DK no_NO "
    "id_ID th_TH en_AU en_IN ka_GE az_AZ hr_HR sl_SI lv_LV lt_LT tw_GH nl_BE fr_CH en_NZ"
)

assert not TUNING_LOCALES & set(PERSON_LOCALES + ADDRESS_LOCALES + PHONE_LOCALES), "a tuning locale slipped in"


@cache
def _faker(locale: str) -> Faker:
    return Faker(locale)


def faker_for(locale: str, rng: random.Random) -> Faker:
    """The locale's Faker, reseeded from ``rng`` so that every call is deterministic per evaluation seed."""
    fake = _faker(locale)
    fake.seed_instance(rng.getrandbits(32))
    return fake


def faker_address(rng: random.Random) -> tuple[str, str, str]:
    """``(street line, house number, locale)`` from a locale that writes addresses on one line."""
    while True:
        locale = rng.choice(ADDRESS_LOCALES)
        line = faker_for(locale, rng).street_address()
        number = re.search(r"\d+", line)
        if "\n" not in line and number:
            return line, number.group(0), locale


def faker_phone(rng: random.Random) -> tuple[str, str]:
    """``(phone number, locale)``; numbers Faker itself marks as non-numbers are skipped."""
    while True:
        locale = rng.choice(PHONE_LOCALES)
        number = faker_for(locale, rng).phone_number()
        if sum(ch.isdigit() for ch in number) >= 7 and number.isascii():
            return number, locale
