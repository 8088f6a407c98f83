"""python -m bench.redaction.probe --seed S --traces N --out FILE.jsonl [--stats]"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

from .generator import traces


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.redaction.probe", description=__doc__)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--traces", type=int, default=250)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--stats", action="store_true", help="print counts per entity, variant tag and text kind")
    args = ap.parse_args(argv)
    stats: Counter[str] = Counter()
    texts = list(traces(args.traces, args.seed, stats))
    args.out.write_text("".join(json.dumps(t.to_dict(), ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")
    labels = sum(len(t.labels) for t in texts)
    looks = sum(len(t.lookalikes) for t in texts)
    skipped = sum(v for k, v in stats.items() if k.startswith("skipped:"))
    print(
        f"{args.out}: {len(texts)} texts, {labels} labels, {looks} look-alikes, {skipped} records skipped",
        file=sys.stderr,
    )
    if args.stats:
        for t in texts:
            stats["kind:" + t.kind] += 1
            stats["lang:" + t.language] += 1
            for label in t.labels:
                stats[label.entity] += 1
                for tag in label.variant.split(","):
                    stats[f"{label.entity}[{tag}]"] += 1
            for look in t.lookalikes:
                stats["lookalike:" + look.kind] += 1
        for key, count in sorted(stats.items()):
            print(f"{count:6d}  {key}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
