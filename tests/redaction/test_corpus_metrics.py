"""The benchmark's leak and look-alike rules, table-driven: a metric that cannot see a leak is worse than none."""

from __future__ import annotations

import json

import pytest

from bench.redaction.consistency import consistency, placeholders_at
from bench.redaction.corpus import CorpusText, Label, LookAlike
from bench.redaction.corpus.numbers import iban_valid, luhn_valid
from bench.redaction.metrics import leaked, score, searchable

PEM = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7\n-----END PRIVATE KEY-----"


@pytest.mark.parametrize(
    ("label", "output", "context", "expected"),
    [
        (Label("EMAIL_ADDRESS", "ana@x.io"), "mail <EMAIL_ADDRESS_1>", "mail", False),
        (Label("EMAIL_ADDRESS", "ana@x.io"), "mail ANA@X.IO", "mail", True),
        # numbers: any 4-digit run survives, separators allowed
        (Label("CREDIT_CARD", "4111 1111 1111 1111"), "card <CREDIT_CARD_1>", "card", False),
        (Label("CREDIT_CARD", "4111 1111 1111 1111"), "card ****-****-****-1111", "card", True),
        (Label("PHONE_NUMBER", "+1 415-555-0123"), "call 555-01-23 now", "call now", True),
        (Label("PHONE_NUMBER", "+1 415-555-0123"), "call 415 now", "call now", False),
        # a run that also occurs elsewhere in the input (a timestamp) is not evidence
        (Label("US_SSN", "201-45-2024"), "ssn <US_SSN_1> at 2024-05-01", "ssn at 2024-05-01", False),
        (Label("IBAN_CODE", "DE89 3704 0044 0532 0130 00"), "iban DE89 <IBAN>", "iban", False),
        (Label("IBAN_CODE", "DE89 3704 0044 0532 0130 00"), "iban ...0532 0130 00", "iban", True),
        # names: any part counts, particles and words also in the rest of the input do not
        (Label("PERSON", "Adebayo Okonkwo"), "hi <PERSON_1>", "hi", False),
        (Label("PERSON", "Adebayo Okonkwo"), "hi <PERSON_1> okonkwo", "hi", True),
        (Label("PERSON", "Abena Owusu-Ansah"), "hi <PERSON_1>-Ansah", "hi", True),
        (Label("PERSON", "Juan Pablo Fernández de la Torre"), "de la <PERSON_1>", "de la", False),
        (Label("PERSON", "Will Smith"), "I will call <PERSON_1>", "I will call", False),
        (Label("PERSON", "Will Smith"), "I will call Smith", "I will call", True),
        (Label("PERSON", "Wei Zhang"), "weighted <PERSON_1>", "weighted", False),
        # addresses: the street line or the house number
        (Label("ADDRESS", "Maple Avenue", "4521"), "ship to <ADDRESS_1>", "ship to", False),
        (Label("ADDRESS", "Maple Avenue", "4521"), "ship to 4521 <STREET>", "ship to", True),
        (Label("ADDRESS", "Maple Avenue", "4521"), "ship to <NUM> maple avenue", "ship to", True),
        (Label("ADDRESS", "Lindenstraße", "12"), "nach <ADDRESS_1>, 12 Stück", "nach , 12 Stück", False),
        # secrets: the whole value or any 16-character window
        (Label("GITHUB_TOKEN", "ghp_" + "a1B2" * 9), "token <GITHUB_TOKEN_1>", "token", False),
        (Label("GITHUB_TOKEN", "ghp_" + "a1B2" * 9), "token ghp_***" + "a1B2" * 5, "token", True),
        (Label("PRIVATE_KEY", PEM), "key:\n-----BEGIN PRIVATE KEY-----\n<PRIVATE_KEY_1>", "key:", False),
        (Label("PRIVATE_KEY", PEM), "key: <KEY> MIIEvQIBADANBgkqhkiG9w0B", "key:", True),
    ],
)
def test_leak_rules(label: Label, output: str, context: str, expected: bool) -> None:
    assert leaked(label, output, context) is expected


def test_values_are_found_inside_reserialized_and_nested_json() -> None:
    inner = json.dumps({"ship_to": "Alameda de Hernán 5"})  # escaped as Hern\u00e1n
    text = json.dumps([{"role": "tool", "content": inner}])
    assert "Alameda de Hernán 5" not in text
    assert "Alameda de Hernán 5" in searchable(text)


def _item(text: str, labels: list[Label], looks: list[LookAlike], is_json: bool = False) -> CorpusText:
    return CorpusText("t-01", "t", "tool_args", "en", text, labels, looks, is_json)


def test_score_counts_leaks_destroyed_lookalikes_and_broken_json() -> None:
    args = json.dumps({"email": "ana@x.io", "order": "ORD-2024-118273", "args": json.dumps({"k": "v"})})
    corpus = [
        _item(args, [Label("EMAIL_ADDRESS", "ana@x.io")], [LookAlike("order_number", "ORD-2024-118273")], True),
        _item(
            "Call Ana on 555 0123 about v1.2.3",
            [Label("PERSON", "Ana", variant="handwritten")],
            [LookAlike("semver", "v1.2.3")],
        ),
    ]
    good = [
        json.dumps({"email": "<EMAIL_ADDRESS_1>", "order": "ORD-2024-118273", "args": json.dumps({"k": "v"})}),
        "Call <PERSON_1> on 555 0123 about v1.2.3",
    ]
    clean = score(corpus, good)
    assert clean.leaks["EMAIL_ADDRESS"] == clean.leaks["PERSON"] == clean.destroyed["ALL"] == 0
    assert clean.json_valid == clean.json_keys_intact == clean.json_texts == 1
    assert clean.entities["PERSON[handwritten]"] == 1

    bad = ['{"email": "ana@x.io", "order": "<ID>", "args": "<REDACTED>"}', "Call Ana on 555 0123 about <VERSION>"]
    dirty = score(corpus, bad)
    assert dirty.leaks["EMAIL_ADDRESS"] == dirty.leaks["PERSON"] == dirty.leaks["PERSON[handwritten]"] == 1
    assert dirty.destroyed["ALL"] == 2
    assert dirty.json_valid == 0  # the nested arguments string no longer holds JSON
    assert len(dirty.failures) == 4


@pytest.mark.parametrize(
    ("number", "valid"),
    [("4111 1111 1111 1111", True), ("4111-1111-1111-1112", False), ("378282246310005", True), ("0", False)],
)
def test_luhn(number: str, valid: bool) -> None:
    assert luhn_valid(number) is valid


@pytest.mark.parametrize(
    ("iban", "valid"),
    [("DE89 3704 0044 0532 0130 00", True), ("GB82WEST12345698765432", True), ("DE89370400440532013001", False)],
)
def test_iban_checksum(iban: str, valid: bool) -> None:
    assert iban_valid(iban) is valid


@pytest.mark.parametrize(
    ("text", "output", "value", "entity", "expected"),
    [
        ("Hi Troy Stanley, call me", "Hi <PERSON_1>, call me", "Troy Stanley", "PERSON", ("<PERSON_1>",)),
        (
            "CUSTOMER ERIC CERDA CISNEROS CALLED",
            "CUSTOMER <PERSON_1> CISNEROS CALLED",
            "ERIC CERDA CISNEROS",
            "PERSON",
            ("<PERSON_1>",),
        ),
        # an adjacent placeholder of another type is not the value's
        ("Ann Lee (ann@x.io) wrote", "<PERSON_2> (<EMAIL_ADDRESS_1>) wrote", "Ann Lee", "PERSON", ("<PERSON_2>",)),
        ("Hi Troy Stanley, call me", "Hi Troy <PERSON_3>, call me", "Troy Stanley", "PERSON", ("<PERSON_3>",)),
        ("Hi Troy Stanley, call me", "Hi Troy Stanley, call me", "Troy Stanley", "PERSON", ()),
    ],
)
def test_placeholder_alignment(text: str, output: str, value: str, entity: str, expected: tuple[str, ...]) -> None:
    start = text.index(value)
    assert placeholders_at(text, output, start, start + len(value), entity) == expected


def test_consistency_counts_values_redacted_differently_within_a_trace() -> None:
    label = [Label("PERSON", "Troy Stanley")]
    corpus = [
        CorpusText("a-1", "a", "chat_user", "en", "I am Troy Stanley, hi", label, []),
        CorpusText("a-2", "a", "ticket", "en", "caller Troy Stanley rang", label, []),
        CorpusText("b-1", "b", "chat_user", "en", "I am Troy Stanley, hi", label, []),
        CorpusText("b-2", "b", "ticket", "en", "caller Troy Stanley rang", label, []),
    ]
    outputs = ["I am <PERSON_1>, hi", "caller <PERSON_1> rang", "I am <PERSON_1>, hi", "caller <PERSON_2> rang"]
    result = consistency(corpus, outputs, frozenset({"PERSON"}))
    assert (result.values, result.consistent) == (2, 1)


def test_a_house_number_elsewhere_in_the_input_is_context_not_a_leak() -> None:
    text = "Model Qwen2.5 says: ship to Calle Mayor 5, Madrid"
    item = _item(text, [Label("ADDRESS", "Calle Mayor", "5")], [LookAlike("model_name", "Qwen2.5")])
    assert score([item], ["Model Qwen2.5 says: ship to <STREET_ADDRESS_1>, Madrid"]).leaks["ADDRESS"] == 0
    # ...but a surviving number that occurs nowhere else in the input is one.
    text = "Model Qwen2.5 says: ship to Calle Mayor 12, Madrid"
    item = _item(text, [Label("ADDRESS", "Calle Mayor", "12")], [LookAlike("model_name", "Qwen2.5")])
    assert score([item], ["Model Qwen2.5 says: ship to <STREET_ADDRESS_1> 12, Madrid"]).leaks["ADDRESS"] == 1


def test_digit_runs_are_not_stitched_across_separate_json_strings() -> None:
    text = json.dumps({"phone": "+1 415 555 1234", "qty": "x12", "ref": "34y"})
    item = _item(text, [Label("PHONE_NUMBER", "+1 415 555 1234")], [], is_json=True)
    redacted = json.dumps({"phone": "<PHONE_NUMBER_1>", "qty": "x12", "ref": "34y"})
    assert score([item], [redacted]).leaks["PHONE_NUMBER"] == 0
    leaky = json.dumps({"phone": "<PHONE_NUMBER_1> (ext. 5551234)", "qty": "x12", "ref": "34y"})
    assert score([item], [leaky]).leaks["PHONE_NUMBER"] == 1
