"""The operator's settings table in deploy/README.md is the one Settings generates today."""

from __future__ import annotations

from deploy_files import DEPLOY

from deploy.settings_table import END, START, readme_with_table, render_table
from tracecase.settings import ENV_PREFIX, Settings


def test_the_readme_settings_table_is_current() -> None:
    text = (DEPLOY / "README.md").read_text()
    assert text == readme_with_table(text), "run: .venv/bin/python deploy/settings_table.py --write"


def test_the_table_lists_every_setting_with_its_variable_once() -> None:
    table = render_table()
    for name in Settings.model_fields:
        assert table.count(f"| `{ENV_PREFIX}{name.upper()}` |") == 1
    assert len(table.strip().splitlines()) == len(Settings.model_fields) + 2
    assert "| `log_format` | `TRACECASE_LOG_FORMAT` | `text` \\| `json` | `text` |" in table


def test_rewriting_replaces_only_what_is_between_the_markers() -> None:
    stale = f"intro\n{START}\n| old |\n{END}\noutro\n"
    fresh = readme_with_table(stale)
    assert fresh.startswith(f"intro\n{START}\n| setting")
    assert fresh.endswith(f"{END}\noutro\n")
    assert "| old |" not in fresh
