"""The main job on embedded defaults (``make demo``).

Real OpenTelemetry AI spans, end to end: a stub OpenAI-compatible server on 127.0.0.1, the real
``openai`` client under each real instrumentation library, the emitted spans written as OTLP files
split over several out-of-order messages; then decode, normalize, validate against the default
required-field policy, redact, and print each trace as a reviewer would see it, followed by the
tracing-coverage report. The redacted trace records are written to ``<out>/traces.jsonl``.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from ingest.pipeline import load_traces
from ingest.validate import coverage_summary, render_coverage
from redaction import RedactionConfig, Redactor
from schemas import RequiredFieldPolicy, TraceRecord

_WIDTH = 100


def run_demo(out_dir: Path) -> int:
    from tracecase_sampleapp.emit import INSTRUMENTATIONS, emit_scenarios

    files: list[Path] = []
    for name in INSTRUMENTATIONS:
        manifest = emit_scenarios(name, out_dir / name, seed=0)
        files.extend(out_dir / name / file for file in manifest.files)
        print(f"emitted {manifest.span_count} spans, {manifest.log_count} log records with {name}", file=sys.stderr)

    policy = RequiredFieldPolicy.default()
    loaded = load_traces(files, policy=policy)
    for error in loaded.errors:
        print(f"skipped {error}", file=sys.stderr)
    traces = Redactor(RedactionConfig.load()).redact_traces(loaded.traces)
    with (out_dir / "traces.jsonl").open("w", encoding="utf-8") as sink:
        sink.writelines(trace.model_dump_json() + "\n" for trace in traces)

    print(f"\n== {len(traces)} traces, normalized and redacted ==")
    for trace in traces:
        print(_describe(trace))
    print("== tracing coverage (default policy) ==")
    spans = [span for trace in traces for span in trace.spans]
    print(render_coverage(coverage_summary(spans, policy), "markdown"))
    print(f"redacted trace records: {out_dir / 'traces.jsonl'}")
    return 1 if loaded.errors else 0


def _describe(trace: TraceRecord) -> str:
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(".demo"), help="where the emitted OTLP files go")
    sys.exit(run_demo(parser.parse_args().out))


if __name__ == "__main__":
    main()
