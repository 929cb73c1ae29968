"""Knowledge-engine benchmark: full evaluations per second and latency over a varied case mix.

One "evaluation" is what the action server and `/api/v1/evaluate` do per message: parse the Case
JSON, run every program, and build the Result JSON (`to_dict`). The mix covers workers and
employers, pregnancy, children of different ages, plans and cases with missing facts. The process
is pinned to one core where the OS allows it. Targets (issue 2): >= 2,000 evaluations/s, p99 < 5 ms.

    .venv/bin/python bench/knowledge.py [--seconds 5] [--profile]
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from knowledge import evaluate  # noqa: E402
from knowledge.law import default_law  # noqa: E402
from knowledge.programs import all_programs  # noqa: E402

TARGET_PER_SECOND = 2000
TARGET_P99_MS = 5.0

# Benchmark inputs, not law values (wages and headcounts of made-up people and firms).
CASE_MIX: list[dict[str, Any]] = [
    {"role": "worker", "as_of": "2026-11-24"},
    {"role": "employer", "as_of": "2026-11-24"},
    {"role": "worker", "as_of": "2026-11-24",
     "worker": {"insured_days": 400, "monthly_wage": 3000000, "gender": "female"},  # law-data-ok
     "children": [{"birth_date": "2026-03-01"}],
     "plan": {"parental_leave_months": 12, "parental_leave_start": "2026-12-01"}},
    {"role": "worker", "as_of": "2026-05-01",
     "worker": {"insured_days": 900, "monthly_wage": 4500000, "gender": "male", "weekly_hours": 40},  # law-data-ok
     "children": [{"birth_date": "2025-11-20"}],
     "spouse": {"parental_leave_months": 6, "parental_leave_start": "2026-01-01"},
     "plan": {"parental_leave_months": 6, "parental_leave_start": "2026-06-01"}},
    {"role": "worker", "as_of": "2026-02-10",
     "worker": {"insured_days": 250, "monthly_wage": 2000000, "gender": "female"},  # law-data-ok
     "pregnancy": {"weeks": 10, "due_date": "2026-09-01", "multiple": True},
     "company": {"headcount": 45, "industry": "manufacturing"}},
    {"role": "worker", "as_of": "2026-11-24",
     "worker": {"insured_days": 1500, "monthly_wage": 3000000, "weekly_hours": 40, "tenure_months": 30},  # law-data-ok
     "children": [{"birth_date": "2016-04-01"}, {"birth_date": "2019-08-15"}],
     "plan": {"reduced_weekly_hours": 30, "reduced_hours_months": 6, "reduced_hours_start": "2026-12-01"}},
    {"role": "worker", "as_of": "2025-06-01",
     "worker": {"single_parent": True, "monthly_wage": 3500000, "insured_days": 600},  # law-data-ok
     "children": [{"birth_date": "2023-05-01", "disabled": True}]},
    {"role": "worker", "as_of": "2026-10-01",
     "worker": {"fertility_treatment": True, "family_care": True, "insured_days": 300}},
    {"role": "employer", "as_of": "2026-01-05",
     "company": {"headcount": 25, "industry": "manufacturing", "region": "서울특별시 구로구",
                 "industrial_complex": "서울디지털산업단지"},
     "children": [{"birth_date": "2024-09-01"}],
     "plan": {"parental_leave_months": 12, "parental_leave_start": "2026-03-01",
              "replacement_hire_months_before": 2, "replacement_kept_months_after": 1,
              "replacement_monthly_wage": 1750000}},  # law-data-ok
    {"role": "employer", "as_of": "2026-03-01",
     "company": {"headcount": 600, "industry": "ict"},
     "worker": {"weekly_hours": 40, "tenure_months": 24},
     "plan": {"reduced_weekly_hours": 25, "reduced_hours_months": 12}},
    {"role": "employer", "as_of": "2026-07-01",
     "company": {"headcount": 150, "region": "경기도 성남시"},
     "worker": {"gender": "female", "monthly_wage": 2800000},  # law-data-ok
     "pregnancy": {"weeks": 33, "due_date": "2026-08-20", "high_risk": True},
     "plan": {"maternity_leave_start": "2026-07-15"}},
    {"role": "worker", "as_of": "2026-09-20",
     "worker": {"gender": "male", "insured_days": 700, "monthly_wage": 3200000},  # law-data-ok
     "pregnancy": {"weeks": 20, "high_risk": True, "ended": "miscarriage", "ended_on": "2026-09-19", "ended_week": 20}},
]


def pin_to_one_core() -> str:
    """Run on a single CPU so the figure is per core (Linux only)."""
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"core {core}"
    return "not pinned (no sched_setaffinity)"


def full_evaluation(case: dict[str, Any]) -> dict[str, Any]:
    return evaluate(case).to_dict()


def measure(run: Callable[[dict[str, Any]], Any], seconds: float,
            clock: Callable[[], float] = time.perf_counter) -> list[float]:
    """Latencies (seconds, on `clock`) of evaluations cycling through the mix for about `seconds`."""
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        for case in CASE_MIX:
            start = clock()
            run(case)
            latencies.append(clock() - start)
    return latencies


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def report(label: str, latencies: list[float]) -> None:
    per_second = len(latencies) / sum(latencies)
    p50, p99 = statistics.median(latencies) * 1000, percentile(latencies, 0.99) * 1000
    verdict = "OK" if per_second >= TARGET_PER_SECOND and p99 < TARGET_P99_MS else "BELOW TARGET"
    print(f"{label:<28} {per_second:8.0f} evaluations/s   p50 {p50:6.3f} ms   p99 {p99:6.3f} ms   "
          f"max {max(latencies) * 1000:6.2f} ms   n={len(latencies)}   [{verdict}]")


def profile(seconds: float) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    measure(full_evaluation, seconds)
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="measuring time per variant")
    parser.add_argument("--profile", action="store_true", help="print a cProfile of the full evaluation")
    args = parser.parse_args()
    where = pin_to_one_core()
    started = time.perf_counter()
    default_law()
    print(f"law data loaded in {(time.perf_counter() - started) * 1000:.0f} ms; "
          f"{len(all_programs())} programs; {len(CASE_MIX)} cases in the mix; {where}")
    measure(full_evaluation, 0.5)  # warm-up (imports, caches)
    # Wall-clock figures include time the OS gave to other processes; CPU-time figures are this
    # process's own work, i.e. what one free core delivers. Both are printed with the load average.
    print(f"load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    report("evaluate, wall clock", measure(evaluate, args.seconds))
    report("evaluate+to_dict, wall clock", measure(full_evaluation, args.seconds))
    report("evaluate, CPU time", measure(evaluate, args.seconds, time.thread_time))
    report("evaluate+to_dict, CPU time", measure(full_evaluation, args.seconds, time.thread_time))
    print(f"targets: >= {TARGET_PER_SECOND} evaluations/s, p99 < {TARGET_P99_MS} ms")
    if args.profile:
        profile(args.seconds)


if __name__ == "__main__":
    main()
