"""Every command runs with the collector thresholds of ``tracecase.runtime`` (see its docstring for why)."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from click.testing import CliRunner

from tracecase.cli import main
from tracecase.runtime import GC_THRESHOLDS


@pytest.fixture
def default_thresholds() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


@pytest.mark.usefixtures("default_thresholds")
def test_a_command_runs_with_the_tuned_collector() -> None:
    result = CliRunner().invoke(main, ["schema", "span"])
    assert result.exit_code == 0, result.output
    assert gc.get_threshold() == GC_THRESHOLDS
