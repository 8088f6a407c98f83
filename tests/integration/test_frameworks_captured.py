"""The captured framework samples (``tests/data/captured/<instrumentation>/``) still normalize to their manifests.

Fast (no subprocess): what the live ``test_frameworks_*`` modules prove, pinned on files that do not change
when the frameworks are upgraded. Known bugs are the live modules' own lists.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import test_frameworks_anthropic
import test_frameworks_google_adk
import test_frameworks_langchain
import test_frameworks_openai_agents
import test_frameworks_pydantic_ai
from trace_checks import Loaded, cases, check_field, check_files, load
from tracecase_sampleapp import Manifest
from tracecase_sampleapp.frameworks import FRAMEWORK_INSTRUMENTATIONS

CAPTURED = Path(__file__).resolve().parents[1] / "data" / "captured"
_SUITES = (
    test_frameworks_anthropic,
    test_frameworks_langchain,
    test_frameworks_pydantic_ai,
    test_frameworks_openai_agents,
    test_frameworks_google_adk,
)


@cache
def _load(instrumentation: str) -> Loaded:
    directory = CAPTURED / instrumentation
    return load(directory, Manifest.model_validate_json((directory / "manifest.json").read_text()))


def _cases() -> list[object]:
    return [
        case for module in _SUITES for case in cases(module.INSTRUMENTATIONS, list(module.SCENARIOS), module.KNOWN_BUGS)
    ]


def test_every_framework_instrumentation_has_a_sample() -> None:
    assert sorted(p.name for p in CAPTURED.iterdir() if p.name in FRAMEWORK_INSTRUMENTATIONS) == sorted(
        FRAMEWORK_INSTRUMENTATIONS
    )


@pytest.mark.parametrize("instrumentation", FRAMEWORK_INSTRUMENTATIONS)
def test_sample_decodes_and_assembles(instrumentation: str) -> None:
    loaded = _load(instrumentation)
    check_files(loaded)
    assert loaded.manifest.instrumentation == instrumentation


@pytest.mark.parametrize(("instrumentation", "scenario", "field"), _cases())
def test_sample_field_matches_manifest(instrumentation: str, scenario: str, field: str) -> None:
    check_field(_load(instrumentation), scenario, field)
