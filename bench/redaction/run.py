"""Redaction benchmark: plain Presidio vs tracecase's Redactor on the same labelled corpus, same run.

    .venv/bin/python -m bench.redaction.run [--limit N] [--seed S] [--baseline-size 400] [--json out.json]
    .venv/bin/python -m bench.redaction.run --corpus texts.jsonl   # a labelled corpus from elsewhere

Plain Presidio runs on a fixed subsample (the first --baseline-size texts, whole traces) because it
manages only ~27 texts per CPU-second; tracecase runs on that subsample too (for the like-for-like speed
ratio that the target checks) and on the whole corpus. Each run is a separate process. Exit code is 0
whatever the figures: this is a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from .consistency import consistency
from .corpus import CorpusText, entity_count, generate_corpus
from .metrics import score
from .report import SystemRun, render, targets

REPO = Path(__file__).resolve().parents[2]
CONSISTENCY_ENTITIES = ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD")


def run_system(name: str, corpus: list[CorpusText], workdir: Path) -> SystemRun | None:
    """Run one system in a worker process; None (reported) when it cannot run, e.g. the engine is not built."""
    job, out = workdir / f"{name}-{len(corpus)}-in.json", workdir / f"{name}-{len(corpus)}-out.json"
    job.write_text(json.dumps({"texts": [t.text for t in corpus], "scopes": [t.trace_id for t in corpus]}))
    cmd = [sys.executable, "-m", "bench.redaction.worker", name, str(job), str(out)]
    proc = subprocess.run(cmd, cwd=REPO, check=False)
    if proc.returncode != 0:
        print(f"!! {name} could not run on {len(corpus)} texts (worker exit code {proc.returncode})")
        return None
    result = json.loads(out.read_text())
    kbytes = sum(len(t.text.encode()) for t in corpus) / 1024
    outputs = result.pop("outputs")
    run = SystemRun(name, len(corpus), kbytes, score(corpus, outputs), result)
    for entity in CONSISTENCY_ENTITIES:
        run.consistency[entity] = consistency(corpus, outputs, frozenset({entity}))
    return run


def load_corpus(path: Path) -> list[CorpusText]:
    """A corpus written by --dump or by another generator (one CorpusText dict per line)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [CorpusText.from_dict(json.loads(line)) for line in lines if line.strip()]


def print_failures(run: SystemRun, per_row: int) -> None:
    by_row: dict[str, list[str]] = defaultdict(list)
    for f in run.score.failures:
        by_row[f.row].append(f"{f.kind}{'[' + f.variant + ']' if f.variant else ''}:{f.value!r}")
    for row, items in sorted(by_row.items()):
        print(f"  {row} ({len(items)}): " + "; ".join(items[:per_row]))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="use only the first N texts")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--traces", type=int, default=200, help="traces of 10 texts to generate")
    ap.add_argument("--baseline-size", type=int, default=400, help="texts in the plain-Presidio subsample")
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--failures", type=int, default=0, help="print up to N failing values per row")
    ap.add_argument("--json", type=Path, help="write all figures to this file")
    ap.add_argument("--dump", type=Path, help="also write the corpus as JSONL (one labelled text per line)")
    ap.add_argument("--corpus", type=Path, help="read this labelled JSONL corpus instead of generating one")
    args = ap.parse_args(argv)

    corpus = load_corpus(args.corpus) if args.corpus else generate_corpus(args.traces, args.seed)
    if args.limit:
        corpus = corpus[: args.limit]
    sample = corpus[: args.baseline_size]
    if args.dump:
        args.dump.write_text("".join(json.dumps(t.to_dict(), ensure_ascii=False) + "\n" for t in corpus))
    print(
        f"corpus: {len(corpus)} texts, {entity_count(corpus)} labelled entities, "
        f"{sum(len(t.lookalikes) for t in corpus)} look-alikes ({args.corpus or f'seed {args.seed}'})"
    )
    print(
        f"plain Presidio runs on a fixed subsample: the first {len(sample)} texts (whole traces); tracecase runs on"
        " that sample (for the like-for-like speed ratio) and on the whole corpus"
    )
    plan = [("presidio@sample", "presidio", sample)] if not args.skip_baseline else []
    plan.append(("tracecase@sample", "tracecase", sample))
    if len(corpus) > len(sample):
        plan.append(("tracecase@full", "tracecase", corpus))
    runs: dict[str, SystemRun] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for label, system, texts in plan:
            if (run := run_system(system, texts, Path(tmp))) is not None:
                runs[label] = run

    base, same = runs.get("presidio@sample"), runs.get("tracecase@sample")
    ratio = same.texts_per_cpu_s / base.texts_per_cpu_s if base and same else None
    summary: dict[str, object] = {"seed": args.seed, "texts": len(corpus), "speed_ratio_same_sample": ratio}
    for label, run in runs.items():
        print(f"\n{render(run).replace(run.name, label, 1)}")
        if args.failures:
            print_failures(run, args.failures)
        checks = targets(run, ratio if label.startswith("tracecase") else None)
        if label != "presidio@sample":
            print(f"-- targets ({label})")
            for name, ok, measured in checks:
                print(f"   {'PASS' if ok else 'FAIL'}  {name:45} {measured}")
        summary[label] = {
            "entities": dict(run.score.entities),
            "leaks": dict(run.score.leaks),
            "lookalikes": dict(run.score.lookalikes),
            "destroyed": dict(run.score.destroyed),
            "json": [run.score.json_valid, run.score.json_keys_intact, run.score.json_texts],
            "texts_per_cpu_s": run.texts_per_cpu_s,
            "kb_per_cpu_s": run.kb_per_cpu_s,
            "timing": run.timing,
            "targets": [{"target": n, "pass": ok, "measured": m} for n, ok, m in checks],
            "pseudonym_consistency": {e: [c.consistent, c.values] for e, c in run.consistency.items()},
        }
    if ratio is not None:
        full = runs.get("tracecase@full")
        extra = f"; on the full corpus {full.texts_per_cpu_s / base.texts_per_cpu_s:.1f}x" if full and base else ""
        print(
            f"\nspeed ratio tracecase / plain Presidio, same {len(sample)}-text sample: {ratio:.1f}x per CPU-second"
            f"{extra}"
        )
    if args.json:
        args.json.write_text(json.dumps(summary, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
