"""Tables and target checks for one benchmark run."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .consistency import Consistency
from .corpus import SECRET_ENTITIES
from .metrics import Score

ZERO_LEAK = (
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "US_SSN",
    "IP_ADDRESS",
    "IBAN_CODE",
    *sorted(SECRET_ENTITIES),
)


@dataclass
class SystemRun:
    name: str
    texts: int
    kbytes: float
    score: Score
    timing: dict[str, Any]
    consistency: dict[str, Consistency] = field(default_factory=dict)

    @property
    def texts_per_cpu_s(self) -> float:
        return self.texts / max(self.timing["cpu_s"], 1e-9)

    @property
    def kb_per_cpu_s(self) -> float:
        return self.kbytes / max(self.timing["cpu_s"], 1e-9)


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:6.2f}%" if whole else "     -"


def render(run: SystemRun) -> str:
    s = run.score
    lines = [
        f"== {run.name}: {run.texts} texts, {run.kbytes:.1f} KB",
        f"{'entity':34} {'count':>6} {'leaked':>6} {'leak':>7}",
    ]
    for row in sorted(s.entities):
        lines.append(f"{row:34} {s.entities[row]:6d} {s.leaks[row]:6d} {_pct(s.leaks[row], s.entities[row])}")
    lines.append(f"{'look-alike':34} {'count':>6} {'lost':>6} {'destroyed':>7}")
    for kind in sorted(s.lookalikes):
        lines.append(
            f"{kind:34} {s.lookalikes[kind]:6d} {s.destroyed[kind]:6d} {_pct(s.destroyed[kind], s.lookalikes[kind])}"
        )
    t = run.timing
    lines += [
        f"JSON valid: {s.json_valid}/{s.json_texts} ({_pct(s.json_valid, s.json_texts).strip()}), "
        f"keys intact: {s.json_keys_intact}/{s.json_texts}",
        f"speed: {run.texts_per_cpu_s:.1f} texts/CPU-s, {run.kb_per_cpu_s:.2f} KB/CPU-s "
        f"(CPU {t['cpu_s']:.2f}s, wall {t['wall_s']:.2f}s; load CPU {t['load_cpu_s']:.2f}s), "
        f"peak RSS {t['peak_rss_mb']:.0f} MB, batch errors {t['errors']}",
    ]
    if any(c.values for c in run.consistency.values()):  # plain Presidio's "<PERSON>" carries no number
        parts = [f"{e} {c.consistent}/{c.values}" for e, c in run.consistency.items()]
        lines.append("same value -> same placeholder within a trace (non-JSON texts): " + ", ".join(parts))
    return "\n".join(lines)


def _rate(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def targets(run: SystemRun, speed_ratio: float | None) -> list[tuple[str, bool, str]]:
    """(target, passed, measured) per issue target."""
    s = run.score
    checks: list[tuple[str, bool, str]] = []
    for entity in ZERO_LEAK:
        if s.entities[entity]:
            checks.append((f"{entity} leaks = 0", s.leaks[entity] == 0, f"{s.leaks[entity]}/{s.entities[entity]}"))
    for row in ("PERSON", "PERSON[handwritten]"):
        rate = _rate(s.leaks[row], s.entities[row])
        checks.append((f"{row} leaks <= 3%", rate <= 0.03, f"{100 * rate:.2f}%"))
    addr = 1 - _rate(s.leaks["ADDRESS"], s.entities["ADDRESS"])
    checks.append(("addresses fully redacted >= 95%", addr >= 0.95, f"{100 * addr:.2f}%"))
    lost = _rate(s.destroyed["ALL"], s.lookalikes["ALL"])
    checks.append(("look-alikes destroyed <= 3%", lost <= 0.03, f"{100 * lost:.2f}%"))
    valid = _rate(s.json_valid, s.json_texts)
    checks.append(("JSON valid = 100%", s.json_valid == s.json_texts, f"{100 * valid:.2f}%"))
    checks.append(("no failed batches", run.timing["errors"] == 0, str(run.timing["errors"])))
    if speed_ratio is not None:
        checks.append(("speed >= 10x plain Presidio (texts/CPU-s)", speed_ratio >= 10, f"{speed_ratio:.1f}x"))
    return checks
