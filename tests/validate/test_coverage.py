"""The tracing-coverage report, computed with polars, in its three formats."""

from __future__ import annotations

import csv
import io
import json

from ingest.validate import coverage_summary, render_coverage
from schemas import Message, NormalizedSpan, RequiredFieldPolicy, Usage


def _span(index: int, kind: str, service: str, scope: str, **fields: object) -> NormalizedSpan:
    return NormalizedSpan(
        trace_id=f"{index:032x}",
        span_id=f"{index:016x}",
        name="s",
        kind=kind,
        convention="generic",
        service=service,
        scope=scope,
        **fields,
    )


def _spans() -> list[NormalizedSpan]:
    full = {
        "model": "gpt-4o",
        "input_messages": [Message(role="user", content="q")],
        "output_messages": [Message(role="assistant", content="a")],
        "usage": Usage(input_tokens=1, output_tokens=1),
    }
    return [
        _span(1, "llm", "checkout", "openai.v2", **full),
        _span(2, "llm", "checkout", "openai.v2", **{**full, "output_messages": []}),
        _span(3, "llm", "checkout", "openai.v2", **{**full, "output_messages": [], "model": None}),
        _span(4, "llm", "checkout", "openai.v2", **full),
        _span(5, "tool", "checkout", "app", tool=None),
        _span(6, "chain", "search", "langchain"),
    ]


def test_summary_shares_and_top_violations() -> None:
    summary = coverage_summary(_spans(), RequiredFieldPolicy.default())
    groups = {(g["service"], g["scope"], g["kind"]): g for g in summary if g["kind"] != "*"}
    assert set(groups) == {
        ("checkout", "openai.v2", "llm"),
        ("checkout", "app", "tool"),
        ("search", "langchain", "chain"),
    }
    llm = groups[("checkout", "openai.v2", "llm")]
    assert llm["spans"] == 4
    assert llm["fields"]["output_messages"] == 0.5
    assert llm["fields"]["model"] == 0.75
    assert llm["fields"]["input_messages"] == 1.0
    assert llm["top_violations"][0] == {"field": "output_messages", "problem": "empty", "count": 2}
    assert groups[("checkout", "app", "tool")]["fields"] == {"tool.name": 0.0, "tool.arguments": 0.0}
    assert groups[("search", "langchain", "chain")] == {
        "service": "search",
        "scope": "langchain",
        "kind": "chain",
        "spans": 1,
        "fields": {},
        "top_violations": [],
    }


def test_one_row_per_framework_says_what_read_it_and_how_completely() -> None:
    spans = [*_spans(), _span(7, "llm", "search", "openai.v2", model="gpt-4o")]
    spans[0] = spans[0].model_copy(update={"convention": "openinference"})
    frameworks = {g["scope"]: g for g in coverage_summary(spans, RequiredFieldPolicy.default()) if g["kind"] == "*"}
    assert set(frameworks) == {"openai.v2", "app", "langchain"}
    openai = frameworks["openai.v2"]
    assert (openai["service"], openai["spans"]) == ("*", 5)  # both services
    assert openai["read_by"] == {"generic": 4, "openinference": 1}
    # Five required llm fields: all of spans 1 and 4, four of span 2, three of span 3, the model of span 7.
    assert len(RequiredFieldPolicy.default().fields_for("llm")) == 5
    assert openai["complete"] == round((5 + 4 + 3 + 5 + 1) / 25, 4)
    assert openai["fields"]["output_messages"] == 0.4
    assert frameworks["langchain"]["complete"] is None  # chains require nothing
    markdown = render_coverage(coverage_summary(spans, RequiredFieldPolicy.default()), "markdown")
    assert "| openai.v2 | 5 | generic ×4, openinference ×1 |" in markdown


def test_renderings_carry_the_same_figures() -> None:
    summary = coverage_summary(_spans(), RequiredFieldPolicy.default())
    assert json.loads(render_coverage(summary, "json")) == summary
    rows = list(csv.DictReader(io.StringIO(render_coverage(summary, "csv"))))
    output_row = next(r for r in rows if r["kind"] == "llm" and r["field"] == "output_messages")
    assert float(output_row["share"]) == 0.5 and output_row["spans"] == "4"
    markdown = render_coverage(summary, "markdown")
    assert "| checkout | openai.v2 | llm | 4 |" in markdown
    assert "output_messages 50%" in markdown and "output_messages empty ×2" in markdown


def test_empty_input_gives_empty_report() -> None:
    assert coverage_summary([], RequiredFieldPolicy.default()) == []
