"""Runs one system in its own process so CPU time and peak memory are its own.

Usage: ``python -m bench.redaction.worker SYSTEM IN.json OUT.json``; IN holds ``texts`` and ``scopes``.
"""

from __future__ import annotations

import json
import resource
import sys
import time

from .systems import SYSTEMS


def main(argv: list[str]) -> int:
    name, in_path, out_path = argv
    with open(in_path, encoding="utf-8") as fh:
        job = json.load(fh)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    system = SYSTEMS[name]()
    cpu1, wall1 = time.process_time(), time.perf_counter()
    outputs = system.run(job["texts"], job["scopes"])
    cpu2, wall2 = time.process_time(), time.perf_counter()
    result = {
        "outputs": outputs,
        "errors": system.errors,
        "load_cpu_s": cpu1 - cpu0,
        "load_wall_s": wall1 - wall0,
        "cpu_s": cpu2 - cpu1,
        "wall_s": wall2 - wall1,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump(result, fh)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
