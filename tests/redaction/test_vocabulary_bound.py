"""A long-running consumer's spaCy vocabulary is bounded: the pipeline is reloaded once it has grown."""

from __future__ import annotations

import pytest

from redaction import RedactionConfig, Redactor

pytestmark = pytest.mark.slow


def test_pipeline_is_reloaded_after_vocabulary_growth_and_keeps_redacting() -> None:
    redactor = Redactor(RedactionConfig())
    engine = redactor._analyzer._nlp
    engine.max_new_strings = 500
    old = engine._pipeline
    # Every text brings new token strings (ids next to a name, so NER windows tokenize them).
    texts = [f"Ticket ZX{i}QW{i * 7} from Kwame Mensah about order Q{i}R{i * 3}" for i in range(400)]
    out = redactor.redact_texts(texts)
    assert engine._pipeline is not old
    assert len(engine._pipeline.vocab.strings) < len(old.vocab.strings)
    assert not any("Kwame" in text for text in out)
    after = redactor.redact_texts(["Mail from Kwame Mensah, kwame.m@example.org, card 4111 1111 1111 1111"])
    assert after == ["Mail from <PERSON_1>, <EMAIL_ADDRESS_1>, card <CREDIT_CARD_1>"]


def test_no_reload_below_the_bound() -> None:
    redactor = Redactor(RedactionConfig())
    engine = redactor._analyzer._nlp
    old = engine._pipeline
    redactor.redact_texts(["Ticket ZX1QW from Kwame Mensah"])
    assert engine._pipeline is old
