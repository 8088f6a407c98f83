"""``python -m bench.redaction.evalset --seed N [--traces N] [--dump FILE.jsonl] [--score-plain-presidio]``

Prints counts of the generated set (never a value); ``--dump`` writes it as JSON lines (synthetic values: keep
the file away from whoever tunes the engine); ``--score-plain-presidio`` scores plain Presidio and tracecase's CLI
on it and prints one table of rates.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from bench.redaction.corpus.model import CorpusText

from .generator import generate_evalset
from .public import generate_public_set, public_data_dir
from .rates import evalset_rates
from .report import render_rates


def summary(corpus: list[CorpusText]) -> str:
    persons = [lab for text in corpus for lab in text.labels if lab.entity == "PERSON"]

    def field(label_variant: str, key: str) -> str:
        return dict(p.split("=", 1) for p in label_variant.split(";") if "=" in p).get(key, "?")

    blocks = {
        "text kinds": Counter(t.kind for t in corpus),
        "languages": Counter(t.language for t in corpus),
        "labels by entity": Counter(lab.entity for t in corpus for lab in t.labels),
        "PERSON by source": Counter(field(p.variant, "src") for p in persons),
        "PERSON by form": Counter(field(p.variant, "form") for p in persons),
        "PERSON by casing": Counter(field(p.variant, "case") for p in persons),
        "PERSON by script": Counter(field(p.variant, "script") for p in persons),
        "PERSON origins (hand-written)": Counter(
            field(p.variant, "origin") for p in persons if field(p.variant, "src") == "hand"
        ),
        "PERSON locales (Faker)": Counter(
            field(p.variant, "origin") for p in persons if field(p.variant, "src") == "faker"
        ),
        "look-alikes by kind": Counter(la.kind for t in corpus for la in t.lookalikes),
    }
    lines = [
        f"texts: {len(corpus)}  traces: {len({t.trace_id for t in corpus})}  "
        f"JSON texts: {sum(t.is_json for t in corpus)}"
    ]
    for title, counter in blocks.items():
        lines.append(f"{title} ({len(counter)}): " + ", ".join(f"{k} {v}" for k, v in counter.most_common()))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.redaction.evalset", description=__doc__.split("\n\n")[1])
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--traces", type=int, default=200)
    parser.add_argument("--dump", type=Path, help="write the set as JSON lines (CorpusText.to_dict)")
    parser.add_argument(
        "--score-plain-presidio",
        action="store_true",
        help="score plain Presidio and the tracecase CLI on the set and print their rates; also on "
        "the public presidio-evaluator templates when that package is installed",
    )
    parser.add_argument("--public-texts", type=int, default=600, help="texts of the public template set")
    args = parser.parse_args()
    corpus = generate_evalset(args.seed, args.traces)
    print(summary(corpus))
    if args.dump:
        with args.dump.open("w", encoding="utf-8") as out:
            for text in corpus:
                out.write(json.dumps(text.to_dict(), ensure_ascii=False) + "\n")
        print(f"wrote {len(corpus)} texts to {args.dump}")
    if args.score_plain_presidio:
        print("\n## Evaluation set\n")
        score(corpus)
        if public_data_dir() is None:
            print("\n(public template set skipped: pip install --no-deps presidio-evaluator==0.3.2 to add it)")
        else:
            public = generate_public_set(args.seed, args.public_texts)
            print("\n## Public synthetic set (presidio-evaluator templates, filled here)\n")
            print(summary(public) + "\n")
            score(public)


def score(corpus: list[CorpusText]) -> None:
    from .systems import run_plain_presidio, run_tracecase_cli, tracecase_cli_startup_cpu

    rates = {}
    speed = {}
    outputs, cpu = run_plain_presidio(corpus)
    rates["plain Presidio"] = evalset_rates(corpus, outputs)
    speed["plain Presidio"] = len(corpus) / cpu
    outputs, cpu = run_tracecase_cli(corpus)
    rates["tracecase CLI"] = evalset_rates(corpus, outputs)
    speed["tracecase CLI"] = len(corpus) / max(cpu - tracecase_cli_startup_cpu(), 1e-9)
    print(render_rates(rates))
    print(
        "texts per CPU-second: "
        + ", ".join(f"{name} {value:.1f}" for name, value in speed.items())
        + " (tracecase: CLI process CPU less its start-up on one text)"
    )


if __name__ == "__main__":
    main()
