"""Placeholders: consistent within a scope, independent across scopes, HMAC linkage, mask/hash/encrypt."""

from __future__ import annotations

import re

import pytest
from presidio_anonymizer.operators import Decrypt

from redaction import RedactionConfig, Redactor

pytestmark = pytest.mark.slow

HMAC_KEY = "k" * 32
AES_KEY = "0123456789abcdef0123456789abcdef"


def test_same_value_same_placeholder_across_texts_of_a_scope(redactor: Redactor) -> None:
    texts = [
        "Customer Amara Okafor wrote from amara@example.org",
        '{"email": "amara@example.org", "note": "VIP"}',
        "Reply sent to amara@example.org; cc bob@example.org",
    ]
    out = redactor.redact_texts(texts, scope="trace-a")
    assert "<EMAIL_ADDRESS_1>" in out[0] and "<EMAIL_ADDRESS_1>" in out[1]
    assert "<EMAIL_ADDRESS_1>" in out[2] and "<EMAIL_ADDRESS_2>" in out[2]


def test_scope_persists_across_calls_and_scopes_are_independent(redactor: Redactor) -> None:
    first = redactor.redact_texts(["mail x1@example.org and x2@example.org"], scope="trace-b")[0]
    later = redactor.redact_texts(["again x2@example.org"], scope="trace-b")[0]
    other = redactor.redact_texts(["again x2@example.org"], scope="trace-c")[0]
    assert first == "mail <EMAIL_ADDRESS_1> and <EMAIL_ADDRESS_2>"
    assert later == "again <EMAIL_ADDRESS_2>"
    assert other == "again <EMAIL_ADDRESS_1>"


def test_phone_identity_ignores_formatting(redactor: Redactor) -> None:
    out = redactor.redact_texts(["call +1 415 555 2671", "or +1-415-555-2671"], scope="trace-d")
    assert out == ["call <PHONE_NUMBER_1>", "or <PHONE_NUMBER_1>"]


def test_keyed_placeholders_agree_across_processes_batches_and_order() -> None:
    """What the consumer relies on: another consumer, a restart or a late span give the same placeholder."""
    key = b"placeholder-key-of-the-deployment"
    first, second = Redactor(placeholder_key=key), Redactor(placeholder_key=key)  # two "processes"
    early = first.redact_texts(["mail x1@example.org and x2@example.org"], scope="trace-k")[0]
    late = second.redact_texts(["again x2@example.org, then x1@example.org"], scope="trace-k")[0]
    placeholders = re.findall(r"<EMAIL_ADDRESS_[0-9a-f]{8}>", early)
    assert len(set(placeholders)) == 2
    assert late == f"again {placeholders[1]}, then {placeholders[0]}"
    other_trace = second.redact_texts(["x1@example.org"], scope="trace-other")[0]
    other_key = Redactor(placeholder_key=b"another-key").redact_texts(["x1@example.org"], scope="trace-k")[0]
    assert other_trace != placeholders[0] and other_key != placeholders[0]
    assert first.redact_texts(["X1@Example.org"], scope="trace-k")[0] == placeholders[0]  # same identity


def test_hmac_mode_links_across_traces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACECASE_REDACTION_HMAC_KEY", HMAC_KEY)
    redactor = Redactor(RedactionConfig(pseudonyms="hmac"))
    a = redactor.redact_texts(["mail a@example.org"], scope="t1")[0]
    b = redactor.redact_texts(["from a@example.org"], scope="t2")[0]
    c = redactor.redact_texts(["from c@example.org"], scope="t2")[0]
    tag = re.search(r"<EMAIL_ADDRESS_[0-9a-f]{12}>", a)
    assert tag and tag.group() in b and tag.group() not in c
    monkeypatch.setenv("TRACECASE_REDACTION_HMAC_KEY", "another-key-of-enough-length")
    other_key = Redactor(RedactionConfig(pseudonyms="hmac")).redact_texts(["mail a@example.org"], scope="t1")[0]
    assert other_key != a


def test_encrypt_operator_round_trips_with_presidio_decrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACECASE_REDACTION_ENCRYPT_KEY", AES_KEY)
    redactor = Redactor(RedactionConfig(operators={"EMAIL_ADDRESS": "encrypt"}))
    [out] = redactor.redact_texts(["mail amara@example.org please"])
    match = re.fullmatch(r"mail <EMAIL_ADDRESS:(.+)> please", out)
    assert match and "amara" not in out
    assert Decrypt().operate(match.group(1), {"key": AES_KEY}) == "amara@example.org"


def test_mask_and_hash_operators(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACECASE_REDACTION_HMAC_KEY", HMAC_KEY)
    redactor = Redactor(RedactionConfig(operators={"EMAIL_ADDRESS": "mask", "CREDIT_CARD": "hash"}))
    [out] = redactor.redact_texts(["a@example.org paid with 4111 1111 1111 1111"])
    assert out.startswith("************* paid with ")
    assert re.fullmatch(r"[0-9a-f]{64}", out.rsplit(" ", 1)[1])
