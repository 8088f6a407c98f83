"""The independent evaluation set (issue 10) is deterministic per seed, honest (every label and look-alike is
really in its text, checksums hold, JSON texts parse, no tuning-set locale is used) and its rates count right."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from bench.redaction.corpus.model import CorpusText, Label, LookAlike
from bench.redaction.evalset import evalset_rates, generate_evalset, render_rates
from bench.redaction.evalset.locales import TUNING_LOCALES
from bench.redaction.evalset.numbers import is_valid_iban, luhn_check_digit
from bench.redaction.evalset.public import generate_public_set, public_data_dir
from bench.redaction.evalset.rates import decoded_strings

TRACES = 60


@pytest.fixture(scope="module")
def corpus() -> list[CorpusText]:
    return generate_evalset(seed=3, traces=TRACES)


def _variant(label: Label) -> dict[str, str]:
    return dict(part.split("=", 1) for part in label.variant.split(";") if "=" in part)


def test_same_seed_same_set_other_seed_other_set(corpus: list[CorpusText]) -> None:
    assert [t.to_dict() for t in generate_evalset(seed=3, traces=TRACES)] == [t.to_dict() for t in corpus]
    assert [t.text for t in generate_evalset(seed=4, traces=TRACES)] != [t.text for t in corpus]


def test_traces_hold_about_ten_texts_and_ids_are_unique(corpus: list[CorpusText]) -> None:
    per_trace = Counter(t.trace_id for t in corpus)
    assert len(per_trace) == TRACES
    assert all(8 <= n <= 12 for n in per_trace.values())
    assert len({t.text_id for t in corpus}) == len(corpus)


def test_every_label_and_lookalike_is_verbatim_in_its_text(corpus: list[CorpusText]) -> None:
    for text in corpus:
        haystack = "\n".join([text.text, *decoded_strings(text.text)])
        for label in text.labels:
            assert label.value in haystack, (text.text_id, label.entity)
        for look in text.lookalikes:
            assert look.value in haystack, (text.text_id, look.kind)
        assert text.labels or text.lookalikes, text.text_id


def test_json_texts_parse_and_nested_json_strings_too(corpus: list[CorpusText]) -> None:
    json_texts = [t for t in corpus if t.is_json]
    assert len(json_texts) > TRACES
    nested = 0
    for text in json_texts:
        json.loads(text.text)
        for value in decoded_strings(text.text):
            if value.startswith("{"):
                json.loads(value)
                nested += 1
    assert nested > 0
    escaped = [t for t in json_texts if "\\u" in t.text]
    assert escaped, "some JSON texts escape non-ASCII as producers using json.dumps defaults do"


def test_numbers_carry_the_checksums_their_variant_says(corpus: list[CorpusText]) -> None:
    labels = [lab for t in corpus for lab in t.labels]
    cards = [lab for lab in labels if lab.entity == "CREDIT_CARD"]
    assert {lab.variant for lab in cards} == {"check=luhn", "check=no_luhn"}
    for card in cards:
        digits = "".join(ch for ch in card.value if ch.isdigit())
        assert (luhn_check_digit(digits[:-1]) == digits[-1]) == (card.variant == "check=luhn")
    ibans = [lab for lab in labels if lab.entity == "IBAN_CODE"]
    assert ibans and all(is_valid_iban(lab.value) for lab in ibans)


def test_names_come_from_many_origins_and_no_tuning_locale(corpus: list[CorpusText]) -> None:
    persons = [_variant(lab) for t in corpus for lab in t.labels if lab.entity == "PERSON"]
    hand = {p["origin"] for p in persons if p["src"] == "hand"}
    faker = {p["origin"] for p in persons if p["src"] == "faker"}
    assert len(hand) >= 20
    assert faker and not faker & TUNING_LOCALES
    forms = Counter(p["form"] for p in persons)
    assert {"full", "first", "surname", "possessive", "crm", "airline", "initials", "email_local"} <= set(forms)
    assert {"lower", "caps", "as_written"} <= {p["case"] for p in persons}
    assert {"latin", "non_latin"} <= {p["script"] for p in persons}


def test_languages_and_text_kinds(corpus: list[CorpusText]) -> None:
    assert {"en", "es", "de"} <= {t.language for t in corpus}
    kinds = {t.kind for t in corpus}
    assert {"chat_user", "tool_args", "tool_result", "rag_email", "log_lines", "system_prompt"} <= kinds


def _text(
    text_id: str, text: str, labels: list[Label], looks: list[LookAlike] = (), is_json: bool = False
) -> CorpusText:
    return CorpusText(text_id, "t1", "chat_user", "en", text, list(labels), list(looks), is_json)


PERSON_FULL = Label("PERSON", "Ümit Doğrusöz", variant="src=hand;origin=turkish;form=full;case=as_written;script=latin")
PERSON_FIRST = Label("PERSON", "Ümit", variant="src=hand;origin=turkish;form=first;case=as_written;script=latin")
PHONE = Label("PHONE_NUMBER", "+36 30 123 4567", variant="source=formats;country=HU")
IBAN = Label("IBAN_CODE", "AT61 1904 3002 3457 3201", variant="country=AT")
PASSWORD = Label("PASSWORD_PROSE", "Walrus1999!")
ORDER = LookAlike("order_number", "ORD-2025-118842")
STAMP = LookAlike("timestamp", "2025-03-04T10:22:01Z")


def test_rates_count_leaks_masking_digit_runs_json_and_lookalikes() -> None:
    corpus = [
        _text(
            "a",
            f"{PERSON_FULL.value} wrote; later {PERSON_FIRST.value} called from {PHONE.value}.",
            [PERSON_FULL, PERSON_FIRST, PHONE],
        ),
        _text(
            "b",
            f"Refund {ORDER.value} to {IBAN.value}, password {PASSWORD.value} at {STAMP.value}",
            [IBAN, PASSWORD],
            [ORDER, STAMP],
        ),
        _text("c", json.dumps({"name": PERSON_FIRST.value, "order": ORDER.value}), [PERSON_FIRST], [ORDER], True),
        _text("d", json.dumps({"contact": PERSON_FULL.value}), [PERSON_FULL], [], True),
    ]
    outputs = [
        # the full name leaks, so its first name is not counted again; the phone leaks as a digit run
        f"{PERSON_FULL.value} wrote; later <PERSON> called from +363012345 67.",
        # IBAN and password redacted, the order number kept, the timestamp destroyed
        f"Refund {ORDER.value} to <IBAN>, password <SECRET> at <PHONE>",
        # the first name survives escaped as \\u in JSON: still a leak; JSON valid and keys intact
        json.dumps({"name": PERSON_FIRST.value, "order": ORDER.value}, ensure_ascii=True),
        # redacted but the JSON broken
        '{"contact": "<PERSON>"',
    ]
    rates = evalset_rates(corpus, outputs)["sections"]
    assert rates["entity"]["PERSON"] == {"rate": 2 / 4, "count": 2, "total": 4}
    assert rates["person_form"]["first"]["count"] == 1  # text c only: a's first name sat inside the leaked full
    assert rates["entity"]["PHONE_NUMBER"]["count"] == 1
    assert rates["entity"]["IBAN_CODE"]["count"] == 0
    assert rates["secret"]["PASSWORD_PROSE"] == {"rate": 0.0, "count": 0, "total": 1}
    assert rates["lookalike"]["order_number"] == {"rate": 0.0, "count": 0, "total": 2}
    assert rates["lookalike"]["timestamp"]["count"] == 1
    assert rates["json"]["valid JSON"] == {"rate": 0.5, "count": 1, "total": 2}
    assert rates["json"]["keys intact"]["count"] == 1
    assert rates["person_origin"]["hand:turkish"]["total"] == 4
    assert rates["overall"]["all labelled values"] == {"rate": 3 / 7, "count": 3, "total": 7}


def test_a_name_inside_a_longer_word_is_not_a_leak_but_a_redacted_iban_run_is_checked() -> None:
    corpus = [_text("a", f"{PERSON_FIRST.value} pays {IBAN.value}", [PERSON_FIRST, IBAN])]
    assert (
        evalset_rates(corpus, [f"<P> pays AT61190430023457320 1 {PERSON_FIRST.value}ler"])["sections"]["overall"][
            "all labelled values"
        ]["count"]
        == 1
    )  # the IBAN's character run leaks; "Ümitler" is not the name


def test_rates_carry_no_values_and_render_one_column_per_system(corpus: list[CorpusText]) -> None:
    rates = evalset_rates(corpus, [t.text for t in corpus])  # the identity "redactor" leaks everything
    assert rates["sections"]["overall"]["all labelled values"]["rate"] == 1.0
    assert all(cell["count"] == 0 for cell in rates["sections"]["lookalike"].values())
    dumped = json.dumps(rates, ensure_ascii=False)
    assert not any(lab.value in dumped for t in corpus for lab in t.labels if len(lab.value) > 4)
    table = render_rates({"identity": rates, "nothing": evalset_rates(corpus, ["" for _ in corpus])})
    assert table.splitlines()[0] == "| class | identity | nothing |"
    assert "| Overall (leaked): all labelled values | 100.0% (" in table
    assert "| 0.0% (0/" in table


def test_rates_refuse_mismatched_outputs(corpus: list[CorpusText]) -> None:
    with pytest.raises(ValueError, match="outputs"):
        evalset_rates(corpus, [])


@pytest.mark.skipif(public_data_dir() is None, reason="presidio-evaluator (its data files) not installed")
def test_public_template_set_labels_are_in_their_texts() -> None:
    public = generate_public_set(seed=1, texts=200)
    assert [t.text for t in public] == [t.text for t in generate_public_set(seed=1, texts=200)]
    for text in public:
        assert text.labels and all(lab.value in text.text for lab in text.labels)


@pytest.mark.slow
def test_plain_presidio_runs_on_the_installed_small_model() -> None:
    from bench.redaction.evalset.systems import SPACY_MODEL_PACKAGE, presidio_engines, run_plain_presidio

    analyzer, _ = presidio_engines()
    assert analyzer.nlp_engine.nlp["en"].meta["name"] in SPACY_MODEL_PACKAGE
    text = _text("a", f"Mail {PERSON_FULL.value} at umit@example.org", [Label("EMAIL_ADDRESS", "umit@example.org")])
    outputs, cpu = run_plain_presidio([text])
    assert "umit@example.org" not in outputs[0] and cpu >= 0
