"""The probe (a second tuning corpus) is deterministic and honest: its labels and look-alikes are in their
texts, its JSON texts parse, its IBANs and valid-tagged cards pass their checks, and it plants the world's harmless
names and locators (products, headings, places, organisations, paths, URLs...) without naming anyone's home."""

from __future__ import annotations

from collections import Counter

import pytest

from bench.redaction.corpus import CorpusText
from bench.redaction.corpus.numbers import iban_valid, luhn_valid
from bench.redaction.metrics import parse_json, searchable
from bench.redaction.probe.generator import traces
from bench.redaction.probe.world import KINDS as WORLD_KINDS

TRACES = 25


@pytest.fixture(scope="module")
def probe() -> list[CorpusText]:
    return list(traces(TRACES, seed=5))


def test_same_seed_same_texts(probe: list[CorpusText]) -> None:
    assert [t.to_dict() for t in traces(TRACES, seed=5)] == [t.to_dict() for t in probe]
    assert [t.text for t in traces(TRACES, seed=6)] != [t.text for t in probe]


def test_labels_and_lookalikes_are_in_their_texts(probe: list[CorpusText]) -> None:
    for item in probe:
        haystack = searchable(item.text)
        assert all(label.value and label.value in haystack for label in item.labels), item.text_id
        assert all(look.value in haystack for look in item.lookalikes), item.text_id
        assert (parse_json(item.text) is not None) == item.is_json, item.text_id


def test_covers_the_zero_leak_classes_and_their_checksums(probe: list[CorpusText]) -> None:
    labels = [label for item in probe for label in item.labels]
    entities = Counter(label.entity for label in labels)
    for entity in ("PHONE_NUMBER", "EMAIL_ADDRESS", "IBAN_CODE", "IP_ADDRESS", "PASSWORD_ASSIGNMENT", "ADDRESS"):
        assert entities[entity] > 0, entity
    assert all(iban_valid(label.value) for label in labels if label.entity == "IBAN_CODE")
    cards = [label for label in labels if label.entity == "CREDIT_CARD" and "noluhn" not in label.variant]
    assert all(luhn_valid(card.value) for card in cards)


def test_plants_the_worlds_names_and_locators(probe: list[CorpusText]) -> None:
    kinds = Counter(look.kind for item in probe for look in item.lookalikes)
    for kind in ("product_name", "heading_phrase", "place", "organisation", "file_path", "url", "git_ref"):
        assert kinds[kind] > 0, kind
    assert sum(kinds[kind] > 0 for kind in WORLD_KINDS) >= len(WORLD_KINDS) * 2 // 3
    system_homes = ("/home/ubuntu/", "/home/runner/", "/home/ec2-user/")
    for look in (look for item in probe for look in item.lookalikes if look.kind in {"file_path", "windows_path"}):
        assert "/home/" not in look.value or look.value.startswith(system_homes), look.value
        assert "\\Users\\" not in look.value or "\\Users\\Public\\" in look.value, look.value
