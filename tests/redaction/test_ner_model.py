"""The distilled NER ships inside the package, loads without the network and carries the labels the engine reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from redaction import RedactionConfig, RedactionConfigError, Redactor
from redaction._nlp import DISTILLED_MODEL_DIR, load_pipeline


def test_the_distilled_model_is_a_directory_of_the_package_not_a_download() -> None:
    assert (DISTILLED_MODEL_DIR / "config.cfg").is_file() and (DISTILLED_MODEL_DIR / "ner" / "model").is_file()
    assert load_pipeline("distilled").pipe_names == ["ner"]


def test_the_distilled_model_knows_every_label_some_part_of_the_engine_reads() -> None:
    labels = set(load_pipeline("distilled").get_pipe("ner").labels)
    # PERSON is redacted; ORG, PRODUCT, GPE, ... veto or confirm name candidates in the recognizers.
    assert {"PERSON", "ORG", "PRODUCT", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART"} <= labels


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Yesterday I spoke with Margaret Thompson about the refund.", "Margaret Thompson"),
        ("The ticket was escalated by Rajesh Kumar after the outage.", "Rajesh Kumar"),
        ("Please forward the invoice to Daniel Becker before Friday.", "Daniel Becker"),
    ],
)
def test_the_distilled_model_alone_finds_a_person_in_prose(text: str, name: str) -> None:
    doc = load_pipeline("distilled")(text)
    assert (name, "PERSON") in {(ent.text, ent.label_) for ent in doc.ents}


def test_a_redactor_configured_with_the_distilled_model_uses_it() -> None:
    redactor = Redactor(RedactionConfig(ner_model="distilled"))
    assert redactor._analyzer._nlp.nlp["en"] is load_pipeline("distilled")
    out = redactor.redact_texts(["Yesterday I spoke with Margaret Thompson about the refund; call +44 20 7946 0958."])
    assert out == ["Yesterday I spoke with <PERSON_1> about the refund; call <PHONE_NUMBER_1>."]


def test_the_default_model_is_spacys_small_english_model() -> None:
    assert RedactionConfig().ner_model == "en_core_web_sm"
    assert Redactor()._analyzer._nlp.nlp["en"] is load_pipeline("en_core_web_sm")


def test_an_unknown_model_fails_at_start_up_naming_the_key(tmp_path: Path) -> None:
    settings = tmp_path / "redaction.toml"
    settings.write_text('ner_model = "en_core_web_lg"\n')
    with pytest.raises(RedactionConfigError, match="ner_model"):
        RedactionConfig.load(settings)
