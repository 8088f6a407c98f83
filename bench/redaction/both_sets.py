"""Both corpora side by side, one run: the tuning set, the evaluation set and the public template set, each
redacted by plain Presidio and by ``tracecase redact --format jsonl``, scored by the evaluation set's scorer.

    .venv/bin/python -m bench.redaction.both_sets [--eval-seed S] [--tuning-seed 7] [--traces 200] [--json out.json]
        [--config redaction.toml]

Only rates are printed, never a value: the evaluation set's failing values stay hidden from whoever tunes the
engine (``bench.redaction.run --failures`` shows the tuning set's). Without ``--eval-seed`` each run draws a
fresh one (printed), so reported figures come from a set nobody has seen. Exit code 0 whatever the figures:
a benchmark, not a test.
"""

from __future__ import annotations

import argparse
import json
import logging
import secrets
from pathlib import Path
from typing import Any

from redaction import REDACTION_FAILED

from .corpus import CorpusText, generate_corpus
from .evalset.generator import generate_evalset
from .evalset.public import generate_public_set, public_data_dir
from .evalset.rates import evalset_rates
from .evalset.report import render_rates
from .evalset.systems import run_plain_presidio, run_tracecase_cli, tracecase_cli_startup_cpu


def score_both_systems(
    name: str, corpus: list[CorpusText], startup_cpu: float, config: Path | None = None
) -> dict[str, dict[str, Any]]:
    """``{"<set>: <system>": rates}`` with each system's texts per CPU-second added to its rates."""
    outputs, cpu = run_plain_presidio(corpus)
    plain = evalset_rates(corpus, outputs) | {"texts_per_cpu_s": len(corpus) / cpu}
    outputs, cpu = run_tracecase_cli(corpus, config)
    ours = evalset_rates(corpus, outputs) | {
        "texts_per_cpu_s": len(corpus) / max(cpu - startup_cpu, 1e-9),
        # A value whose analysis raised is replaced whole (fail-closed): no leak, but all of it is lost.
        "failed_closed": sum(REDACTION_FAILED in output for output in outputs),
    }
    return {f"{name}: plain Presidio": plain, f"{name}: tracecase": ours}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--eval-seed", type=int, help="seed of the evaluation and public sets (default: a fresh one)")
    ap.add_argument("--tuning-seed", type=int, default=7)
    ap.add_argument("--traces", type=int, default=200, help="traces per generated set")
    ap.add_argument("--public-texts", type=int, default=600)
    ap.add_argument("--json", type=Path, help="write all rates to this file")
    ap.add_argument("--config", type=Path, help="tracecase's redaction settings (TOML; default: the built-in ones)")
    args = ap.parse_args(argv)
    # Plain Presidio's e-mail recognizer asks tldextract for the live suffix list; offline it falls back to
    # its snapshot after logging a traceback per attempt.
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)
    eval_seed = args.eval_seed if args.eval_seed is not None else secrets.randbelow(10**6)
    print(f"tuning seed {args.tuning_seed}, evaluation seed {eval_seed}")

    sets = {
        "tuning": generate_corpus(args.traces, args.tuning_seed),
        "evaluation": generate_evalset(eval_seed, args.traces),
    }
    if public_data_dir() is not None:
        sets["public"] = generate_public_set(eval_seed, args.public_texts)
    else:
        print("(public template set skipped: pip install --no-deps presidio-evaluator==0.3.2 to add it)")
    startup_cpu = tracecase_cli_startup_cpu(args.config)
    rates: dict[str, dict[str, Any]] = {}
    for name, corpus in sets.items():
        print(f"{name}: {len(corpus)} texts, {sum(len(t.labels) for t in corpus)} labelled values")
        rates |= score_both_systems(name, corpus, startup_cpu, args.config)
    print()
    print(render_rates(rates))
    print("texts per CPU-second (tracecase: CLI process CPU less its start-up on one text):")
    for name in sets:
        plain, ours = rates[f"{name}: plain Presidio"], rates[f"{name}: tracecase"]
        ratio = ours["texts_per_cpu_s"] / plain["texts_per_cpu_s"]
        print(
            f"  {name}: plain Presidio {plain['texts_per_cpu_s']:.1f}, tracecase {ours['texts_per_cpu_s']:.1f}"
            f" ({ratio:.1f}x); values failed closed: {ours['failed_closed']}"
        )
    if args.json:
        args.json.write_text(json.dumps(rates, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
