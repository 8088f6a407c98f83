"""Failure is closed: a value that cannot be redacted is dropped, and no log line or error carries it."""

from __future__ import annotations

import logging

import pytest

from redaction import REDACTION_FAILED, RedactionConfig, Redactor

pytestmark = pytest.mark.slow

CANARY = "Zebulon Quackenbush zq.canary.4471@example.org"


@pytest.fixture
def fresh() -> Redactor:
    return Redactor(RedactionConfig())


def test_analysis_error_drops_only_that_value(
    fresh: Redactor, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    runner = fresh._analyzer._runner
    original = runner.analyze

    def flaky(text: str, *args):  # type: ignore[no-untyped-def]
        if "canary" in text:
            raise RuntimeError(f"boom on {text}")
        return original(text, *args)

    monkeypatch.setattr(runner, "analyze", flaky)
    with caplog.at_level(logging.DEBUG):
        out = fresh.redact_texts([CANARY, "mail ok@example.org"])
    assert out == [REDACTION_FAILED, "mail <EMAIL_ADDRESS_1>"]
    assert fresh.stats.failures == 1
    assert "canary" not in caplog.text and "Zebulon" not in caplog.text
    assert "RuntimeError" in caplog.text


def test_failed_analysis_is_not_cached(fresh: Redactor, monkeypatch: pytest.MonkeyPatch) -> None:
    runner = fresh._analyzer._runner
    original = runner.analyze
    monkeypatch.setattr(runner, "analyze", lambda *args: (_ for _ in ()).throw(ValueError("x")))
    assert fresh.redact_texts([CANARY]) == [REDACTION_FAILED]
    monkeypatch.setattr(runner, "analyze", original)
    assert "canary" not in fresh.redact_texts([CANARY])[0]


def test_batched_ner_failure_falls_back_to_one_by_one(fresh: Redactor, monkeypatch: pytest.MonkeyPatch) -> None:
    ner = fresh._analyzer._ner
    original = ner.entities
    calls: list[int] = []

    def batch_breaks(texts):  # type: ignore[no-untyped-def]
        calls.append(len(texts))
        if len(texts) > 1:
            raise MemoryError
        return original(texts)

    monkeypatch.setattr(ner, "entities", batch_breaks)
    out = fresh.redact_texts(["Mail from a@example.org", "Card 4111 1111 1111 1111"])
    assert out == ["Mail from <EMAIL_ADDRESS_1>", "Card <CREDIT_CARD_1>"]
    assert calls[0] == 2 and calls[1:] == [1, 1]


def test_replacement_error_drops_the_value(
    fresh: Redactor, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise KeyError(CANARY)

    monkeypatch.setattr(fresh._replacer, "apply", broken)
    with caplog.at_level(logging.DEBUG):
        assert fresh.redact_texts([CANARY]) == [REDACTION_FAILED]
    assert "canary" not in caplog.text


def test_structured_walk_error_drops_the_whole_value(fresh: Redactor, monkeypatch: pytest.MonkeyPatch) -> None:
    import redaction.redactor as module

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise TypeError(CANARY)

    monkeypatch.setattr(module, "walk", broken)
    assert fresh.redact_values([{"note": CANARY}]) == [REDACTION_FAILED]


def test_config_errors_carry_no_values(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "r.toml"
    path.write_text(f'score_threshold = "{CANARY}"')
    from redaction import RedactionConfigError

    with pytest.raises(RedactionConfigError) as info:
        RedactionConfig.load(path)
    assert "canary" not in str(info.value)


def test_successful_redaction_logs_no_content(fresh: Redactor, caplog: pytest.LogCaptureFixture) -> None:
    # Presidio's own DEBUG records quote context words; the redactor keeps them from being created.
    with caplog.at_level(logging.DEBUG):
        out = fresh.redact_texts([f"Customer {CANARY} called, ssn 536-90-4399"])
    assert "zq.canary" not in out[0]
    assert "canary" not in caplog.text and "Quackenbush" not in caplog.text and "4399" not in caplog.text
