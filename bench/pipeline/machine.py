"""The whole machine's CPU use while consumers run: with the broker and the database on the same
cores, a second consumer process can only go as fast as the cores left over."""

from __future__ import annotations

import threading
import time

import psutil

_SAMPLE_S = 0.2


class MachineCpu:
    """Samples the share of all cores busy, every 0.2 s, in a thread, while the block runs."""

    def __init__(self) -> None:
        self._samples: list[tuple[float, float]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> MachineCpu:
        psutil.cpu_percent(interval=None)  # the next reading covers the time since this one
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def busy_between(self, start: float, end: float) -> float:
        """Mean share of all cores busy over the samples taken in ``[start, end]`` (wall-clock seconds)."""
        inside = [busy for at, busy in self._samples if start <= at <= end + _SAMPLE_S]
        return sum(inside) / len(inside) if inside else float("nan")

    def _sample(self) -> None:
        while not self._stop.wait(_SAMPLE_S):
            self._samples.append((time.time(), psutil.cpu_percent(interval=None) / 100))
