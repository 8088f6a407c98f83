"""What the demo prints at the end: the stored traces, the coverage report and the review queue, read back
from the store (redacted as stored)."""

from __future__ import annotations

import textwrap
from typing import Any

import click

from tracecase.settings import Settings

_WIDTH = 100


def step(text: str) -> None:
    click.secho(f"\n== {text}", bold=True, err=True)


def report(settings: Settings) -> None:
    from ingest.validate import coverage_summary, render_coverage
    from schemas.policy import RequiredFieldPolicy
    from store import TraceFilter, iter_traces, load_spans, span_from_row, trace_from_row
    from tracecase.service import open_store

    store = open_store(settings)
    with store.transaction() as session:
        records = [
            trace_from_row(row, [span_from_row(s) for s in load_spans(session, row.trace_id) if not s.partial])
            for row in iter_traces(session, TraceFilter())
        ]
    step(f"{len(records)} traces stored (redacted as stored; read back from the store)")
    for record in sorted(records, key=lambda r: (r.service or "", r.start_time or 0)):
        click.echo(describe_trace(record))
    step("tracing coverage (default required-field policy)")
    spans = [span for record in records for span in record.spans]
    click.echo(render_coverage(coverage_summary(spans, RequiredFieldPolicy.default()), "markdown"))
    _review_queue(store)


def _review_queue(store: Any) -> None:
    from casegen.persist import CaseFilter, list_cases

    with store.transaction() as session:
        page = list_cases(session, CaseFilter(status="candidate"), limit=200, collapse=True)
    step(f"{len(page.items)} cases waiting for review (default rules: errors, negative feedback; support tickets)")
    for listed in page.items:
        case = listed.case
        sources = ", ".join(_source(source) for source in case.provenance.sources)
        group = f"  ×{listed.group_size} near-duplicates" if listed.group_size > 1 else ""
        question = next((m.content for m in reversed(case.content.input.messages) if m.content), "")
        click.echo(f"case {case.id}  rev {case.revision}  [{sources}]  {case.metadata.service}{group}")
        click.echo(textwrap.shorten(f"  input : {question}", _WIDTH * 2, placeholder=" …"))
        if case.metadata.error:
            click.echo(f"  error : {case.metadata.error.type}")
    click.echo(
        "\nreview them with `tracecase cases list --db sqlite:///.demo/tracecase.db`, "
        "or `tracecase serve` and the browser"
    )


def _source(source: Any) -> str:
    return {
        "rule": lambda: f"rule {source.rule}",
        "ticket": lambda: f"ticket {source.ticket_id}",
        "containment": lambda: f"containment {source.set_name}",
    }[source.kind]()


def describe_trace(trace: Any) -> str:
    conventions = sorted({span.convention for span in trace.spans})
    lines = [f"trace {trace.trace_id}  {trace.service}  spans={len(trace.spans)}  conventions={','.join(conventions)}"]
    if trace.system:
        lines.append(f"  system : {trace.system}")
    for message in trace.input_messages:
        lines.append(f"  {message.role:<7}: {message.content}")
    for call in trace.tool_calls:
        lines.append(f"  tool   : {call.name}({call.arguments}) -> {call.result}")
    if trace.context_documents:
        lines.append(f"  context: {len(trace.context_documents)} documents")
    if trace.output:
        lines.append(f"  output : {trace.output}")
    if trace.error:
        lines.append(f"  error  : {trace.error.type}: {trace.error.message}")
    usage = trace.usage
    lines.append(
        f"  model={trace.model} tokens={usage.input_tokens if usage else None}/{usage.output_tokens if usage else None}"
        f" complete={trace.complete} violations={[f'{v.field}:{v.problem}' for v in trace.violations]}"
    )
    return "\n".join(textwrap.shorten(line, _WIDTH * 2, placeholder=" …") for line in lines) + "\n"
