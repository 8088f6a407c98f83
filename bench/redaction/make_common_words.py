"""Writes ``redaction/recognizers/common_words.json``: words too common to be propagated alone as a name part.

    .venv/bin/pip install wordfreq names-dataset && .venv/bin/python -m bench.redaction.make_common_words

Run once by a developer (wordfreq is not a runtime dependency; the list ships with the package).
The list is the most frequent words of English and the service's other cue languages, minus the given
names of Faker's tuning locales (a found "John" or "Thomas" must still propagate), except given names
that are ordinary words first ("Will", "Grace", "Guy"): those stay common. Surnames that are frequent
words ("Brown", "Park") stay common. English words ranked past the first tier ("summarize", "rephrase")
are added only when no Faker locale knows them as a name: at those ranks the frequency list is full of
names ("Nguyen", "Mensah", "Tran"), and a name in the list would be dropped when NER finds it alone.
The other languages get a second tier the same way. The everyday words of seventeen more Latin-script
languages (``OTHER_LANGUAGES``), under the same conditions, make a list of their own ("other_languages").

Faker's lists are one source of names among many: names-dataset (given names and surnames ranked per
country, 105 countries) says which frequent words are popular names somewhere in the world. Second-tier
words that are a top name anywhere stay out of the list ("Rajesh"), and first-tier words past the most
common ranks that are one become name words ("Kumar", "Sharma"): NER calling them a person is believed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

TOP = {"en": 20_000, "es": 6_000, "de": 6_000, "fr": 4_000, "pt": 4_000, "it": 4_000, "nl": 3_000}
# Ranks TOP[language]..SECOND_TIER[language], minus the names of every Faker locale: the other languages'
# greetings and nouns ("Bestellung", "Rückruf", "Cordiales") that NER takes for names in mixed-language text.
SECOND_TIER = {"en": 50_000, "es": 25_000, "de": 25_000, "fr": 20_000, "pt": 20_000, "it": 20_000, "nl": 10_000}
# Everyday words of other languages written in Latin script ("jeg", "kérem", "mitt"): NER takes a sentence's
# first word for a name in text it cannot read. Only words no Faker locale and no country's top names know.
# Not Vietnamese, Indonesian, Malay or Filipino: their everyday words are name syllables.
OTHER_LANGUAGES = {
    language: 3_000
    for language in (
        "da",
        "nb",
        "sv",
        "fi",
        "is",
        "pl",
        "cs",
        "sk",
        "sl",
        "hr",
        "bs",
        "hu",
        "ro",
        "tr",
        "lv",
        "lt",
        "ca",
    )
}
NAME_LOCALES = ("en_US", "en_GB", "es_ES", "de_DE", "fr_FR", "it_IT", "pt_PT", "nl_NL", "pl_PL", "tr_TR")
# Given names that are ordinary words first.
AMBIGUOUS = """
us lot job guy else floor till kick grant max urban marine server harm angel diamond ties wolf edit
toy jet sole canal destiny mar sandy peer pastor cruz penny sierra dakota tan cord bo sep nova coral
hardy baptist liz meta raven valentine ole bali gala christian german roman sharp dean gene drew
pierce will may june april august grace hope faith joy rose mark bill pat sue art dawn summer autumn
iris ivy lily daisy ruby crystal amber jade pearl sky rain sunny young king white black brown green
gray grey long short little small hall wood hill field stone price cash bell love rich best major
page frank chase hunter cook baker miller carter mason parker porter fisher taylor walker
""".split()  # noqa: SIM905
# A word counts as a name of the world when it ranks this high as a given name or surname in some country.
WORLD_NAME_RANK = 1_000
# First-tier words ranked past this that are also among the top WORLD_NAME_WORD_RANK names of a country
# are name words: at these ranks the list's proper nouns are mostly surnames ("Kumar", "Zhang", "Hassan").
FIRST_TIER_NAME_FROM = 10_000
WORLD_NAME_WORD_RANK = 300
# Common words this rare in every listed language (Zipf scale: 3.5 is about once per 300,000 words) are mostly
# surnames, places and rare words ("menzies", "urquhart", "converges"): inside a name found in a trace, such a
# part still names that person elsewhere in the trace.
RARE_ZIPF = 3.5
OUT = Path(__file__).resolve().parents[2] / "redaction" / "recognizers" / "common_words.json"


def _faker_names(attrs: tuple[str, ...]) -> set[str]:
    from faker import Faker

    names: set[str] = set()
    for locale in NAME_LOCALES:
        provider = Faker(locale)
        for attr in attrs:
            found = getattr(provider.provider("faker.providers.person"), attr, ())
            names.update(str(n).lower() for n in found)
    return names


def _every_locale_name() -> set[str]:
    from faker import Faker
    from faker.config import AVAILABLE_LOCALES

    names: set[str] = set()
    for locale in AVAILABLE_LOCALES:
        provider = Faker(locale).provider("faker.providers.person")
        for attr in dir(provider):
            # first_names*, last_names*, middle_names*, male_last_names, and the romanized Japanese and
            # Chinese lists ("Tanaka", "Mei"); not the (kanji, kana) pairs nor language_names.
            if attr.endswith(("_names", "_names_female", "_names_male")) or "names_" in attr:
                if "pairs" in attr or "language" in attr or "kana" in attr:
                    continue
                # Parts too: "de Vries" makes "vries" a name.
                for name in getattr(provider, attr):
                    if isinstance(name, str):
                        names.update(name.casefold().replace("-", " ").split())
    return names


def _world_name_rank() -> Callable[[str], int]:
    """Best rank of a word as a given name or surname in any country of names-dataset (large when none)."""
    from names_dataset import NameDataset

    dataset = NameDataset()

    def rank(word: str) -> int:
        found = dataset.search(word)
        ranks = [
            r for part in ("first_name", "last_name") for r in ((found.get(part) or {}).get("rank") or {}).values() if r
        ]
        return min(ranks, default=10**9)

    return rank


def rare_words(common: set[str]) -> set[str]:
    """The common words below RARE_ZIPF in every language of TOP."""
    from wordfreq import zipf_frequency

    return {w for w in common if max(zipf_frequency(w, language) for language in TOP) < RARE_ZIPF}


def main() -> None:
    from wordfreq import top_n_list

    given = _faker_names(("first_names", "first_names_male", "first_names_female"))
    surnames = _faker_names(("last_names",))
    common: set[str] = set(AMBIGUOUS)
    for language, count in TOP.items():
        common.update(w for w in top_n_list(language, count) if w.isalpha() and len(w) > 1)
    any_name = _every_locale_name()
    world_rank = _world_name_rank()
    for language, tier in SECOND_TIER.items():
        second_tier = top_n_list(language, tier)[TOP[language] :]
        common.update(
            w
            for w in second_tier
            if w.isalpha() and len(w) > 2 and w not in any_name and world_rank(w) > WORLD_NAME_RANK
        )
    common -= given - set(AMBIGUOUS)
    # Common words that are also names: never a name part alone, but NER calling one a person may be right.
    name_words = common & (given | surnames)
    for language, count in TOP.items():
        late = top_n_list(language, count)[FIRST_TIER_NAME_FROM:]
        name_words.update(w for w in late if w in common and len(w) > 2 and world_rank(w) <= WORLD_NAME_WORD_RANK)
    # Kept apart: in the common list, their stems would make "König" read as a Swedish "kön" + "-ig" and random
    # letters as words; they only tell NER's single-word guesses from names.
    everyday = {
        w
        for language, count in OTHER_LANGUAGES.items()
        for w in top_n_list(language, count)
        if w.isalpha() and len(w) > 2 and w not in common and w not in any_name and world_rank(w) > WORLD_NAME_RANK
    }
    data = {
        "common": sorted(common),
        "name_words": sorted(name_words),
        "rare": sorted(rare_words(common)),
        "other_languages": sorted(everyday),
    }
    OUT.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"{len(common)} common words, {len(name_words)} of them names, {len(everyday)} of other languages -> {OUT}")


if __name__ == "__main__":
    main()
