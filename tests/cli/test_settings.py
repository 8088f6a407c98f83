"""Service settings: where they come from, in which order, and bad values named at start-up."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from schemas import ConfigError
from tracecase.cli import main
from tracecase.settings import load_settings


def test_options_beat_environment_beat_secret_files_beat_the_config_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    config = tmp_path / "tracecase.toml"
    config.write_text('group = "from-file"\ntopic = "file-topic"\nquiet_period_s = 5\n')
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "tracecase_db").write_text("postgresql+psycopg://svc:s3cret@db/tracecase")
    (secrets / "tracecase_group").write_text("from-secret")
    monkeypatch.setenv("TRACECASE_SECRETS_DIR", str(secrets))
    monkeypatch.setenv("TRACECASE_GROUP", "from-env")
    settings = load_settings(config, topic="from-option")
    assert (settings.topic, settings.group, settings.quiet_period_s) == ("from-option", "from-env", 5.0)
    assert settings.db.get_secret_value() == "postgresql+psycopg://svc:s3cret@db/tracecase"
    assert "s3cret" not in repr(settings)
    monkeypatch.delenv("TRACECASE_GROUP")
    assert load_settings(config).group == "from-secret"


@pytest.mark.parametrize(
    ("env", "named"),
    [
        ({"TRACECASE_QUIET_PERIOD_S": "soon"}, "quiet_period_s"),
        ({"TRACECASE_BOOTSTRAP": "no-port"}, "bootstrap"),
        ({"TRACECASE_DB": "mysql://u:hunter2@h/db"}, "db"),
        ({"TRACECASE_SECURITY_PROTOCOL": "TLS"}, "security_protocol"),
        ({"TRACECASE_NOT_A_SETTING": "1"}, None),  # unknown environment variables are not settings
    ],
)
def test_bad_values_are_named_with_where_to_set_them(
    env: dict[str, str], named: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    if named is None:
        load_settings()
        return
    with pytest.raises(ConfigError) as error:
        load_settings()
    assert f"{named}:" in str(error.value) and f"TRACECASE_{named.upper()}" in str(error.value)
    assert "hunter2" not in str(error.value)


def test_an_unknown_key_in_the_config_file_is_named(tmp_path: Path) -> None:
    config = tmp_path / "tracecase.toml"
    config.write_text('grup = "typo"\n')
    with pytest.raises(ConfigError, match="grup"):
        load_settings(config)


def test_ingest_stops_at_start_up_on_a_bad_setting_or_a_missing_redaction_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("TRACECASE_REDACTION_KEY", raising=False)
    runner = CliRunner()
    bad = runner.invoke(main, ["ingest", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--bootstrap", "nope"])
    assert bad.exit_code == 2 and "bootstrap:" in bad.output
    missing = runner.invoke(main, ["ingest", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--from-file", str(tmp_path)])
    assert missing.exit_code == 2 and "TRACECASE_REDACTION_KEY" in missing.output
