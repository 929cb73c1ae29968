"""Benchmark of the rule-question knowledge: strict load time and answer rendering time.

    python bench/faq.py [--repeat 20]

Prints figures only (no assertions): keys, versions, cold load of all topic files, and the
mean time to render one answer (what `action_answer_faq` does per message).
"""
from __future__ import annotations

import argparse
import statistics
import time
from datetime import date

from knowledge.faq.loader import DATA_DIR, load_directory
from knowledge.faq.render import render_answer
from knowledge.law import default_law


def time_load(repeat: int) -> list[float]:
    """Seconds per cold strict load of every FAQ file (parameters already loaded)."""
    law = default_law()
    durations = []
    for _ in range(repeat):
        start = time.perf_counter()
        load_directory(DATA_DIR, law)
        durations.append(time.perf_counter() - start)
    return durations


def time_render(repeat: int, as_of: date) -> tuple[int, list[float]]:
    """Seconds per rendered answer, over every key."""
    entries = load_directory(DATA_DIR, default_law())
    durations = []
    for _ in range(repeat):
        for entry in entries.values():
            start = time.perf_counter()
            render_answer(entry, as_of)
            durations.append(time.perf_counter() - start)
    return len(entries), durations


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    loads = time_load(args.repeat)
    keys, renders = time_render(args.repeat, date.today())
    versions = sum(len(entry.versions) for entry in load_directory(DATA_DIR, default_law()).values())
    print(f"keys: {keys}, dated versions: {versions}")
    print(f"load all files: median {statistics.median(loads) * 1000:.1f} ms (n={len(loads)})")
    print(f"render one answer: median {statistics.median(renders) * 1e6:.0f} µs, "
          f"p95 {statistics.quantiles(renders, n=20)[-1] * 1e6:.0f} µs (n={len(renders)})")


if __name__ == "__main__":
    main()
