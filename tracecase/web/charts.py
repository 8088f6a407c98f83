"""Small server-rendered SVG charts: required-field shares over time (lines) and counts per bucket (bars).

The charts are computed here as coordinates; templates draw them as inline SVG (no script, no inline
style: the page's CSP allows neither). Lines differ by dash pattern and marker as well as colour, and
every chart has a table of the same numbers beside it, so colour is never the only signal.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

WIDTH, HEIGHT = 640, 190
LEFT, RIGHT, TOP, BOTTOM = 48, 628, 14, 160
DASHES = ("", "8 4", "2 4", "10 4 2 4", "4 2", "1 3", "12 3 3 3")
MARKERS = ("circle", "square", "diamond", "triangle", "circle", "square", "diamond")


@dataclass(frozen=True)
class Point:
    x: float
    y: float
    label: str
    """What a tooltip says (``tool.arguments 62% at 2026-12-06 10:00``)."""


@dataclass(frozen=True)
class Line:
    name: str
    index: int
    """Its style: colour class ``series-<index>``, dash pattern and marker."""
    dash: str
    marker: str
    points: tuple[Point, ...]

    @property
    def path(self) -> str:
        return " ".join(f"{p.x:.1f},{p.y:.1f}" for p in self.points)


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    y_ticks: tuple[tuple[float, str], ...]
    x_labels: tuple[tuple[float, str, str], ...]
    """(x, text, anchor)."""
    lines: tuple[Line, ...] = ()
    bars: tuple[Bar, ...] = ()


def _x(at: datetime, since: datetime, until: datetime) -> float:
    span = (until - since).total_seconds() or 1.0
    share = min(1.0, max(0.0, (at - since).total_seconds() / span))
    return LEFT + share * (RIGHT - LEFT)


def _y(share: float) -> float:
    return BOTTOM - share * (BOTTOM - TOP)


def _x_labels(since: datetime, until: datetime) -> tuple[tuple[float, str, str], ...]:
    fmt = "%m-%d %H:%M"
    return ((LEFT, since.strftime(fmt), "start"), (RIGHT, until.strftime(fmt) + " UTC", "end"))


def share_chart(series: dict[str, list[tuple[datetime, float]]], since: datetime, until: datetime) -> Chart:
    """One line per field: the share of spans carrying it, per bucket (0 to 100 %)."""
    lines = []
    for index, (name, values) in enumerate(sorted(series.items())):
        style = index % len(DASHES)
        points = tuple(
            Point(_x(at, since, until), _y(share), f"{name} {share:.0%} at {at.strftime('%Y-%m-%d %H:%M')}")
            for at, share in values
        )
        lines.append(Line(name, style, DASHES[style], MARKERS[style], points))
    ticks = tuple((_y(v), f"{v:.0%}") for v in (0.0, 0.5, 1.0))
    return Chart(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, ticks, _x_labels(since, until), lines=tuple(lines))


def count_chart(counts: list[tuple[datetime, int]], since: datetime, until: datetime, bucket_s: float) -> Chart:
    """One bar per bucket (e.g. spans stored per hour)."""
    top = max((n for _, n in counts), default=0) or 1
    span = (until - since).total_seconds() or 1.0
    width = max(1.0, (RIGHT - LEFT) * bucket_s / span - 1)
    bars = tuple(
        Bar(_x(at, since, until), _y(n / top), width, BOTTOM - _y(n / top), f"{n} at {at.strftime('%Y-%m-%d %H:%M')}")
        for at, n in counts
    )
    ticks = ((_y(0), "0"), (_y(0.5), f"{top / 2:g}"), (_y(1), f"{top:g}"))
    return Chart(WIDTH, HEIGHT, LEFT, RIGHT, TOP, BOTTOM, ticks, _x_labels(since, until), bars=bars)
