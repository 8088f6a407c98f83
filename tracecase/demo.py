"""The main job on embedded defaults (``make demo``).

Real OpenTelemetry AI spans, end to end: a stub OpenAI-compatible server on 127.0.0.1, the real
``openai`` client under each real instrumentation library, the emitted spans written as OTLP files
split over several out-of-order messages, then ``tracecase normalize`` (redacted) and
``tracecase report coverage`` over them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from click.testing import CliRunner

from tracecase.cli import main as cli


def run_demo(out_dir: Path) -> int:
    from tracecase.scenarios.emit import INSTRUMENTATIONS, emit_scenarios

    out_dir.mkdir(parents=True, exist_ok=True)
    for name in INSTRUMENTATIONS:
        emit_scenarios(name, out_dir / name, seed=0)
        print(f"emitted spans with {name} -> {out_dir / name}", file=sys.stderr)

    runner = CliRunner()
    print("\n== tracecase normalize (redacted), one trace record per line ==", file=sys.stderr)
    normalized = runner.invoke(cli, ["normalize", str(out_dir)], catch_exceptions=False)
    sys.stdout.write(normalized.stdout)
    print("\n== tracecase report coverage ==", file=sys.stderr)
    report = runner.invoke(cli, ["report", "coverage", str(out_dir)], catch_exceptions=False)
    sys.stdout.write(report.stdout)
    sys.stderr.write(normalized.stderr + report.stderr)
    return normalized.exit_code or report.exit_code


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(".demo"), help="where the emitted OTLP files go")
    sys.exit(run_demo(parser.parse_args().out))


if __name__ == "__main__":
    main()
