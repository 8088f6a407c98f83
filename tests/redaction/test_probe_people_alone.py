"""The probe's work texts name people alone (a lone surname or given name) in the same sentence shapes as
companies, teams and offices: names are labelled PERSON, the others kept as look-alikes, in a rough balance, and
no name also sits inside another word of its text (a leak is a substring survival)."""

from __future__ import annotations

import random
import re
from collections import Counter

import pytest

from bench.redaction.corpus import CorpusText
from bench.redaction.probe import kinds_people, people_names, people_shapes
from bench.redaction.probe.core import Ctx
from bench.redaction.probe.generator import person, traces

WORK = ("work_chat", "work_email", "work_notes")


@pytest.fixture(scope="module")
def work() -> list[CorpusText]:
    return [t for t in traces(40, seed=5) if t.kind in WORK]


def test_enough_distinct_shapes_and_names() -> None:
    shapes = people_shapes.PROSE + people_shapes.CHAT + people_shapes.NOTES
    assert len(set(shapes)) == len(shapes) >= 60
    surnames = people_names.ANGLO_SURNAMES + people_names.WORD_SURNAMES + people_names.PLACE_SURNAMES
    assert len(set(surnames)) == len(surnames) >= 300
    for name in ("Hale", "Sutton", "Washington", "Jackson", "Newman", "Payne", "Birch", "Woodard", "Medina"):
        assert name in surnames


def test_same_seed_same_work_texts(work: list[CorpusText]) -> None:
    again = [t.to_dict() for t in traces(40, seed=5) if t.kind in WORK]
    assert again == [t.to_dict() for t in work]
    assert {t.kind for t in work} == set(WORK)


def test_names_labelled_and_things_kept_in_balance(work: list[CorpusText]) -> None:
    labels = [label for t in work for label in t.labels]
    assert labels and all(label.entity == "PERSON" for label in labels)
    looks = Counter(la.kind for t in work for la in t.lookalikes if la.kind.startswith("person_slot_"))
    assert set(looks) == {"person_slot_org", "person_slot_team", "person_slot_place"}
    in_slots = sum(1 for label in labels if "speaker" not in label.variant and "signature" not in label.variant)
    assert 0.6 < in_slots / looks.total() < 1.6
    tags = Counter(tag for label in labels for tag in label.variant.split(","))
    for tag in ("surname", "given", "full", "titled", "anglo", "intl", "wordlike", "lowercase"):
        assert tags[tag] > 0, tag


def test_a_name_occurs_only_where_it_is_planted(work: list[CorpusText]) -> None:
    for t in work:
        values = sorted({label.value for label in t.labels}, key=len, reverse=True)
        planted = re.compile("|".join(rf"(?<!\w){re.escape(v)}(?!\w)" for v in values), re.IGNORECASE)
        rest = planted.sub("\x00", t.text).lower() if values else t.text.lower()
        assert not any(v.lower() in rest for v in values), t.text_id
        assert all(la.value in t.text for la in t.lookalikes), t.text_id
        for la in t.lookalikes:
            assert not any(la.value.lower() in v.lower() or v.lower() in la.value.lower() for v in values)


def test_a_name_inside_another_word_is_written_again() -> None:
    rng = random.Random(3)
    me = person(rng, "en")
    ctx = Ctx(rng=rng, lang="en", country="", me=me, company="Acme", domain="acme.test")
    for _ in range(30):
        d = kinds_people.work_notes(ctx)
        values = [label.value.lower() for label in d.labels]
        assert "king" not in values or "working" not in d.text.lower()
        assert kinds_people.clean(d.text, d.labels, [la.value for la in d.looks], frozenset())
