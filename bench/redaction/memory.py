"""Peak memory and CPU of redacting one 1 MB text, per shape of text, each in a fresh process.

    .venv/bin/python -m bench.redaction.memory [--size-kb 1024]

Shapes: a pasted table of capitalised words (no line breaks), a log dump, a JSON document, prose, a CRM export
of names and e-mail addresses.
The figure is the worker's peak RSS (after loading the model) and the growth over the idle baseline.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
_SYLLABLES = ("ka", "lo", "mi", "ren", "sa", "to", "vel", "dor", "an", "is", "ber", "gu", "zan", "tho")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3)))


def capitalised_table(rng: random.Random, size: int) -> str:
    out: list[str] = []
    total = 0
    while total < size:
        word = _word(rng).title()
        out.append(word)
        total += len(word) + 1
    return " ".join(out)


def log_dump(rng: random.Random, size: int) -> str:
    lines: list[str] = []
    total = 0
    while total < size:
        line = (
            f"2024-05-{rng.randint(1, 28):02d}T12:{rng.randint(0, 59):02d}:07Z INFO worker-{rng.randint(1, 9)} "
            f"request_id={rng.getrandbits(64):016x} user={_word(rng).title()} {_word(rng).title()} "
            f"status={rng.choice((200, 404, 500))} latency_ms={rng.randint(1, 900)}"
        )
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


def json_document(rng: random.Random, size: int) -> str:
    rows: list[dict[str, object]] = []
    total = 0
    while total < size:
        row = {"id": rng.getrandbits(32), "title": f"{_word(rng).title()} {_word(rng)}", "note": _word(rng) * 3}
        rows.append(row)
        total += len(json.dumps(row)) + 2
    return json.dumps({"rows": rows})


def prose(rng: random.Random, size: int) -> str:
    sentences: list[str] = []
    total = 0
    while total < size:
        words = [_word(rng) for _ in range(rng.randint(6, 16))]
        words[0] = words[0].title()
        if rng.random() < 0.3:
            words.insert(3, f"{_word(rng).title()} {_word(rng).title()}")
        sentence = " ".join(words) + "."
        sentences.append(sentence)
        total += len(sentence) + 1
    return " ".join(sentences)


def crm_export(rng: random.Random, size: int) -> str:
    """A CSV of contacts: a name and the one-piece login of its e-mail on every row."""
    lines = ["id,name,email,city"]
    total = 0
    while total < size:
        first, last = _word(rng), _word(rng)
        line = f"{rng.getrandbits(32)},{first.title()} {last.title()},{first[0]}{last}@example.com,{_word(rng).title()}"
        lines.append(line)
        total += len(line) + 1
    return "\n".join(lines)


SHAPES: dict[str, Callable[[random.Random, int], str]] = {
    "capitalised words table": capitalised_table,
    "log dump": log_dump,
    "JSON document": json_document,
    "prose": prose,
    "CRM export with e-mails": crm_export,
}


def _child(shape: str, size: int) -> None:
    from redaction import RedactionConfig, Redactor

    text = SHAPES[shape](random.Random(1), size)
    redactor = Redactor(RedactionConfig())
    idle = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cpu = time.process_time()
    [out] = redactor.redact_texts([text])
    cpu = time.process_time() - cpu
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"idle_mb": idle, "peak_mb": peak, "cpu_s": cpu, "chars": len(text), "out": len(out)}))


def measure(size: int) -> list[tuple[str, dict[str, float]]]:
    rows = []
    for shape in SHAPES:
        cmd = [sys.executable, "-m", "bench.redaction.memory", "--child", shape, "--size-kb", str(size // 1024)]
        proc = subprocess.run(cmd, cwd=REPO, check=True, capture_output=True, text=True)
        rows.append((shape, json.loads(proc.stdout.strip().splitlines()[-1])))
    return rows


def render(rows: list[tuple[str, dict[str, float]]]) -> str:
    lines = [f"{'one text of ~1 MB, shape':28} {'peak RSS':>9} {'growth':>8} {'CPU s':>7}"]
    for shape, r in rows:
        growth = r["peak_mb"] - r["idle_mb"]
        lines.append(f"{shape:28} {r['peak_mb']:7.0f}MB {growth:6.0f}MB {r['cpu_s']:7.1f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-kb", type=int, default=1024)
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        _child(args.child, args.size_kb * 1024)
        return 0
    print(render(measure(args.size_kb * 1024)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
