"""The benchmark corpus is deterministic, honest (labels are really in the text, checksums are valid, the
names are diverse) and shaped like AI-span text; plus one end-to-end leak check of the real Redactor."""

from __future__ import annotations

import re
from collections import Counter

import phonenumbers
import pytest

from bench.redaction.corpus import SECRET_ENTITIES, CorpusText, generate_corpus
from bench.redaction.corpus.generator import SYSTEM_PROMPTS, TEXTS_PER_TRACE
from bench.redaction.corpus.lookalikes import GENERATORS
from bench.redaction.corpus.numbers import iban_valid, luhn_valid
from bench.redaction.metrics import parse_json, score, searchable

TRACES = 60


@pytest.fixture(scope="module")
def corpus() -> list[CorpusText]:
    return generate_corpus(TRACES, seed=11)


def test_same_seed_same_corpus_other_seed_other_corpus(corpus: list[CorpusText]) -> None:
    again = generate_corpus(TRACES, seed=11)
    assert [t.to_dict() for t in again] == [t.to_dict() for t in corpus]
    other = generate_corpus(TRACES, seed=12)
    assert [t.text for t in other] != [t.text for t in corpus]


def test_round_trips_through_dicts(corpus: list[CorpusText]) -> None:
    assert [CorpusText.from_dict(t.to_dict()) for t in corpus] == corpus


def test_every_label_and_lookalike_is_really_in_its_text(corpus: list[CorpusText]) -> None:
    for item in corpus:
        haystack = searchable(item.text)
        for label in item.labels:
            assert label.value and label.value in haystack, (item.text_id, label.entity)
            assert label.number in haystack, (item.text_id, label.entity)
        for look in item.lookalikes:
            assert look.value in haystack, (item.text_id, look.kind)


def test_no_lookalike_is_also_a_planted_value(corpus: list[CorpusText]) -> None:
    for item in corpus:
        planted = {lab.value.lower() for lab in item.labels}
        assert not any(look.value.lower() in planted for look in item.lookalikes), item.text_id


def test_json_flag_matches_parsing(corpus: list[CorpusText]) -> None:
    for item in corpus:
        assert (parse_json(item.text) is not None) == item.is_json, item.text_id
    assert sum(t.is_json for t in corpus) > len(corpus) // 5


def test_numbers_pass_the_validators_real_detectors_apply(corpus: list[CorpusText]) -> None:
    labels = [lab for t in corpus for lab in t.labels]
    cards = [lab.value for lab in labels if lab.entity == "CREDIT_CARD"]
    ibans = [lab.value for lab in labels if lab.entity == "IBAN_CODE"]
    phones = [lab.value for lab in labels if lab.entity == "PHONE_NUMBER"]
    assert cards and ibans and phones
    assert all(luhn_valid(c) for c in cards)
    assert all(iban_valid(i) for i in ibans)
    for phone in phones:
        parses = []
        for region in ("US", "GB", "DE", "ES", "IN", "NG"):
            try:
                parses.append(phonenumbers.parse(phone, region))
            except phonenumbers.NumberParseException:
                continue
        assert any(phonenumbers.is_valid_number(n) for n in parses), phone


SECRET_SHAPES = {
    "AWS_ACCESS_KEY": r"(AKIA|ASIA)[A-Z2-7]{16}",
    "AWS_SECRET_KEY": r"[A-Za-z0-9/+]{40}",
    "GITHUB_TOKEN": r"(gh[pousr]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})",
    "OPENAI_API_KEY": r"sk-(proj-)?[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+",
    "ANTHROPIC_API_KEY": r"sk-ant-api03-[A-Za-z0-9_-]{93}AA",
    "JWT": r"eyJ[A-Za-z0-9_-]+\.eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+",
    "PRIVATE_KEY": r"-----BEGIN ([A-Z]+ )?PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+\n-----END ([A-Z]+ )?PRIVATE KEY-----",
}


def test_secrets_have_the_providers_shapes(corpus: list[CorpusText]) -> None:
    seen: Counter[str] = Counter()
    for lab in (lab for t in corpus for lab in t.labels):
        if lab.entity in SECRET_SHAPES:
            assert re.fullmatch(SECRET_SHAPES[lab.entity], lab.value), lab.entity
            seen[lab.entity] += 1
    assert set(seen) == set(SECRET_SHAPES)


def test_covers_every_entity_lookalike_and_population(corpus: list[CorpusText]) -> None:
    labels = [lab for t in corpus for lab in t.labels]
    entities = {lab.entity for lab in labels}
    assert entities >= SECRET_ENTITIES
    assert {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "US_SSN",
        "IP_ADDRESS",
        "IBAN_CODE",
        "ADDRESS",
        "DATE_OF_BIRTH",
    } <= entities
    assert {look.kind for t in corpus for look in t.lookalikes} == set(GENERATORS)
    tags = Counter(tag for lab in labels if lab.entity == "PERSON" for tag in lab.variant.split(",") if tag)
    assert all(tags[tag] >= 3 for tag in ("handwritten", "es", "de", "lowercase", "caps")), tags
    assert {t.language for t in corpus} == {"en", "es", "de"}
    assert all(lab.number for lab in labels if lab.entity == "ADDRESS")


def test_traces_have_ten_texts_and_system_prompts_repeat(corpus: list[CorpusText]) -> None:
    per_trace = Counter(t.trace_id for t in corpus)
    assert len(per_trace) == TRACES and set(per_trace.values()) == {TEXTS_PER_TRACE}
    prompts = [t.text for t in corpus if t.kind == "system_prompt"]
    assert len(prompts) == TRACES and len(set(prompts)) <= SYSTEM_PROMPTS


@pytest.mark.slow
def test_redactor_leaks_no_email_card_ssn_or_secret_on_a_corpus_slice() -> None:
    from redaction import RedactionConfig, Redactor

    sample = generate_corpus(12, seed=5)
    redactor = Redactor(RedactionConfig.load())
    outputs: list[str] = []
    for trace_id in dict.fromkeys(t.trace_id for t in sample):
        outputs += redactor.redact_texts([t.text for t in sample if t.trace_id == trace_id], scope=trace_id)
    result = score(sample, outputs)
    must_hold = {"EMAIL_ADDRESS", "CREDIT_CARD", "US_SSN"} | SECRET_ENTITIES
    leaks = sorted((f.row, f.kind) for f in result.failures if f.row in must_hold)
    assert leaks == [], leaks  # entity and text kind only: the values stay out of the test log
    assert result.entities["ALL_SECRETS"] > 0 and result.entities["CREDIT_CARD"] > 0
    assert result.json_valid == result.json_texts > 0
