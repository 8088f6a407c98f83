"""Shared by the real-producer tests: load emitted OTLP files, compare each trace-record field with the manifest.

``test_real_instrumentations.py`` checks the OpenAI scenarios with :data:`FIELD_CHECKS`; the
``test_frameworks_*.py`` modules (live and captured) check the framework suites with
:data:`FRAMEWORK_FIELD_CHECKS`, parametrized by :func:`cases`, and take their two generic tests from
:func:`suite_tests`. Known bugs are ``xfail(strict=True)`` so each flips to a failure (to be un-marked)
once fixed.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from tracecase_sampleapp import Manifest, ScenarioExpectation
from tracecase_sampleapp.frameworks import WORK_KINDS, emit_framework

from ingest.pipeline import load_traces
from schemas.trace import TraceRecord

# Counters some framework instrumentations omit when zero: absent and 0 mean the same there.
ZERO_OMITTED = ("cache_read_tokens", "cache_write_tokens", "reasoning_tokens")
STRUCTURE_KINDS = frozenset(("agent", "chain"))

Check = Callable[[ScenarioExpectation, TraceRecord], None]


@dataclass
class Loaded:
    manifest: Manifest
    traces: dict[str, TraceRecord]
    errors: list[Any]


def load(directory: Path, manifest: Manifest) -> Loaded:
    """The manifest's files in ``directory`` through ``load_traces``, traces keyed by id."""
    result = load_traces([directory / name for name in manifest.files])
    return Loaded(manifest, {t.trace_id: t for t in result.traces}, list(result.errors))


class Emitted:
    """Emits and loads each framework instrumentation at most once per module, on first use."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._loaded: dict[str, Loaded] = {}

    def __call__(self, instrumentation: str) -> Loaded:
        if instrumentation not in self._loaded:
            out = self._root / instrumentation
            self._loaded[instrumentation] = load(out, emit_framework(instrumentation, out, seed=7))
        return self._loaded[instrumentation]


def temp_root(prefix: str) -> Iterator[Path]:
    """Body of a module-scoped output-root fixture."""
    # Not pytest's basetemp: concurrent pytest sessions of the same user prune each other's numbered
    # basetemp directories, which deleted these files mid-module on a shared machine.
    with tempfile.TemporaryDirectory(prefix=prefix) as root:
        yield Path(root)


def emitted_in_tempdir() -> Iterator[Emitted]:
    """Body of the framework modules' ``emitted`` fixture (``conftest.py``)."""
    for root in temp_root("tracecase-frameworks-"):
        yield Emitted(root)


def trace_of(loaded: Loaded, scenario: str) -> tuple[ScenarioExpectation, TraceRecord]:
    expected = loaded.manifest.by_scenario()[scenario]
    assert expected.trace_id in loaded.traces, f"{scenario}: trace {expected.trace_id} not assembled"
    return expected, loaded.traces[expected.trace_id]


def _usage(expected: ScenarioExpectation, actual: TraceRecord) -> None:
    if expected.usage is None:
        assert actual.usage is None or not actual.usage.model_dump(exclude_none=True)
        return
    assert actual.usage is not None
    assert (actual.usage.input_tokens, actual.usage.output_tokens) == (
        expected.usage.input_tokens,
        expected.usage.output_tokens,
    )
    # Not every instrumentation reports a total (openai-v2 does not); when one is given it must add up.
    if actual.usage.total_tokens is not None:
        assert actual.usage.total_tokens == expected.usage.total_tokens


def _usage_with_counters(expected: ScenarioExpectation, actual: TraceRecord) -> None:
    """:func:`_usage`, and the cache and reasoning counters (frameworks report them; 0 may be omitted)."""
    _usage(expected, actual)
    if expected.usage is None or actual.usage is None:  # _usage has checked both None-cases already
        return
    for name in ZERO_OMITTED:
        assert (getattr(actual.usage, name) or 0) == (getattr(expected.usage, name) or 0), name


def _error(expected: ScenarioExpectation, actual: TraceRecord) -> None:
    if expected.error is None:
        assert actual.error is None
        return
    assert actual.error is not None
    assert actual.error.type == expected.error.type
    assert expected.error.message and expected.error.message in (actual.error.message or "")


def _work_span_kinds(expected: ScenarioExpectation, actual: TraceRecord) -> None:
    """One span per unit of work exactly; structural spans (frameworks nest many) only where expected."""
    kinds = [s.kind for s in actual.spans]
    assert sorted(k for k in kinds if k in WORK_KINDS) == sorted(k for k in expected.span_kinds if k in WORK_KINDS)
    if STRUCTURE_KINDS & set(expected.span_kinds):
        assert STRUCTURE_KINDS & set(kinds), "no agent/chain span around the calls"


def _documents(docs: list[Any]) -> list[tuple[Any, ...]]:
    return [(d.id, d.content, None if d.score is None else round(d.score, 4), d.metadata) for d in docs]


def _eq(actual: Any, expected: Any) -> None:
    assert actual == expected


# field -> check(expected, actual): each one a separate test so a report names every broken field.
FIELD_CHECKS: dict[str, Check] = {
    "system": lambda e, a: _eq(a.system, e.system),
    "input_messages": lambda e, a: _eq(
        [(m.role, m.content) for m in a.input_messages], [(m.role, m.content) for m in e.input_messages]
    ),
    "context_documents": lambda e, a: _eq(_documents(a.context_documents), _documents(e.context_documents)),
    "tool_calls": lambda e, a: _eq(
        [(c.id, c.name, c.arguments, c.result) for c in a.tool_calls],
        [(c.id, c.name, c.arguments, c.result) for c in e.tool_calls],
    ),
    "output": lambda e, a: _eq(a.output, e.output),
    "model": lambda e, a: _eq(a.model, e.model),
    "usage": _usage,
    "error": _error,
    "complete": lambda e, a: _eq(a.complete, True),
    "span_kinds": lambda e, a: _eq(sorted(s.kind for s in a.spans), e.span_kinds),
}
# Frameworks also report cache/reasoning counters, and nest structural spans as they please.
FRAMEWORK_FIELD_CHECKS: dict[str, Check] = {
    **FIELD_CHECKS,
    "usage": _usage_with_counters,
    "span_kinds": _work_span_kinds,
}


def cases(
    instrumentations: tuple[str, ...], scenarios: list[str], known_bugs: dict[tuple[str, str, str], str]
) -> list[Any]:
    """``(instrumentation, scenario, field)`` params; ``known_bugs`` entries become strict xfails."""
    params = []
    for instrumentation in instrumentations:
        for scenario in scenarios:
            for field in FRAMEWORK_FIELD_CHECKS:
                reason = known_bugs.get((instrumentation, scenario, field))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                params.append(
                    pytest.param(
                        instrumentation, scenario, field, marks=marks, id=f"{instrumentation}-{scenario}-{field}"
                    )
                )
    unknown = set(known_bugs) - {p.values for p in params}
    assert not unknown, f"known bugs name no case: {unknown}"
    return params


def check_field(loaded: Loaded, scenario: str, field: str, checks: dict[str, Check] = FRAMEWORK_FIELD_CHECKS) -> None:
    expected, actual = trace_of(loaded, scenario)
    checks[field](expected, actual)


def check_files(loaded: Loaded) -> None:
    assert loaded.errors == []
    assert sorted(loaded.traces) == sorted(s.trace_id for s in loaded.manifest.scenarios)
    assert sum(len(t.spans) for t in loaded.traces.values()) == loaded.manifest.span_count


def suite_tests(
    instrumentations: tuple[str, ...], scenarios: list[str], known_bugs: dict[tuple[str, str, str], str]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests every live framework module runs on its ``emitted`` fixture (see ``conftest.py``)."""

    @pytest.mark.parametrize("instrumentation", instrumentations)
    def test_every_file_decodes_and_every_trace_is_assembled(emitted: Emitted, instrumentation: str) -> None:
        check_files(emitted(instrumentation))

    @pytest.mark.parametrize(("instrumentation", "scenario", "field"), cases(instrumentations, scenarios, known_bugs))
    def test_trace_field_matches_manifest(emitted: Emitted, instrumentation: str, scenario: str, field: str) -> None:
        check_field(emitted(instrumentation), scenario, field)

    return test_every_file_decodes_and_every_trace_is_assembled, test_trace_field_matches_manifest


def check_agent_oracle(manifest: Manifest, scenarios: Iterable[str], system_word: str, model: str) -> None:
    """Guards a framework suite's oracle (``chat_system_prompt``, ``tool_round_trip``): the system prompt
    sent, the resolved model, the one ``get_weather`` call for Paris and its result in the final answer."""
    by_name = manifest.by_scenario()
    assert set(by_name) == set(scenarios)
    chat = by_name["chat_system_prompt"]
    assert chat.system and system_word in chat.system and chat.model == model
    tool = by_name["tool_round_trip"]
    assert [(c.name, c.arguments) for c in tool.tool_calls] == [("get_weather", {"location": "Paris"})]
    assert tool.output is not None and str(tool.tool_calls[0].result["temperature_c"]) in tool.output
