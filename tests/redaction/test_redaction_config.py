"""Configuration: defaults documented in default_config.toml, bad values fail at start-up naming the key."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

import pytest

from redaction import RedactionConfig, RedactionConfigError
from schemas.errors import ConfigError


def test_default_toml_matches_model_defaults() -> None:
    path = resources.files("redaction") / "default_config.toml"
    assert RedactionConfig.load(Path(str(path))) == RedactionConfig()


@pytest.mark.parametrize(
    ("toml", "key"),
    [
        ("score_threshold = 2.0", "score_threshold"),
        ("nonsense = 1", "nonsense"),
        ('default_operator = "shred"', "default_operator"),
        ('languages = ["xx"]', "languages"),
        ('disabled_entities = ["person"]', "disabled_entities"),
        ('allow_patterns = ["(unclosed"]', "allow_patterns"),
        ('[operators]\nEMAIL_ADDRESS = "burn"', "operators"),
        ("cache_size = -1", "cache_size"),
    ],
)
def test_bad_value_names_the_key(tmp_path: Path, toml: str, key: str) -> None:
    path = tmp_path / "redaction.toml"
    path.write_text(toml)
    with pytest.raises(RedactionConfigError, match=key) as info:
        RedactionConfig.load(path)
    assert isinstance(info.value, ConfigError)


def test_invalid_toml_and_missing_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("score_threshold = = 1")
    with pytest.raises(RedactionConfigError, match="not valid TOML"):
        RedactionConfig.load(bad)
    with pytest.raises(RedactionConfigError, match="cannot read"):
        RedactionConfig.load(tmp_path / "absent.toml")


def test_hmac_mode_requires_key_in_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRACECASE_REDACTION_HMAC_KEY", raising=False)
    with pytest.raises(RedactionConfigError, match="hmac_key_env"):
        RedactionConfig(pseudonyms="hmac")
    monkeypatch.setenv("TRACECASE_REDACTION_HMAC_KEY", "x" * 32)
    config = RedactionConfig(pseudonyms="hmac")
    assert "x" * 32 not in repr(config) and "x" * 32 not in config.model_dump_json()


def test_encrypt_requires_aes_key_length(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TRACECASE_REDACTION_ENCRYPT_KEY", "short")
    with pytest.raises(RedactionConfigError, match="encrypt_key_env"):
        RedactionConfig(operators={"PERSON": "encrypt"})


@pytest.mark.slow
def test_unknown_entity_fails_when_the_redactor_starts() -> None:
    from redaction import Redactor

    with pytest.raises(RedactionConfigError, match="disabled_entities"):
        Redactor(RedactionConfig(disabled_entities=("NOT_AN_ENTITY",)))
    with pytest.raises(RedactionConfigError, match=r"operators\.NOPE"):
        Redactor(RedactionConfig(operators={"NOPE": "mask"}))


@pytest.mark.slow
def test_disabled_entity_is_kept() -> None:
    from redaction import Redactor

    redactor = Redactor(RedactionConfig(disabled_entities=("PHONE_NUMBER", "EMAIL_ADDRESS")))
    text = "call +44 20 7946 0958 or mail a@example.org, card 4111 1111 1111 1111"
    assert redactor.redact_texts([text]) == ["call +44 20 7946 0958 or mail a@example.org, card <CREDIT_CARD_1>"]
