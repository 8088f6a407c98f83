"""Findings built by hand still go through Presidio's context scoring without failing the whole value."""

from __future__ import annotations

from redaction import Redactor


def test_iban_shape_next_to_a_context_word_is_redacted_not_failed(redactor: Redactor) -> None:
    # A grouped IBAN whose check digits do not verify is found by shape; "bank" is an IBAN context word,
    # and context scoring used to raise on the shape finding, failing the whole value closed.
    [out] = redactor.redact_texts(["Refund to my bank account DE00 3704 0044 0532 0130 00 please"], scope="iban")
    assert out == "Refund to my bank account <IBAN_CODE_1> please"
