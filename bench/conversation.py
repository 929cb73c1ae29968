"""Action-server cost per turn: the form's dynamic questions and a full result answer.

Prints turns per second and p50/p99 latency (ms) for `validate_case_form` (one engine evaluation
to find the missing facts) and `action_show_result` (evaluation + wording + payload), on a mix of
cases. Runs in-process with CollectingDispatcher, no Rasa server needed.

    .venv/bin/python bench/conversation.py [--seconds 5]
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any, Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("WORKLIFE_AS_OF", "2026-11-24")

from rasa_sdk import Tracker  # noqa: E402
from rasa_sdk.executor import CollectingDispatcher  # noqa: E402

from actions.form import missing_slots  # noqa: E402
from actions.results import ActionShowResult  # noqa: E402

CASES: list[dict[str, Any]] = [
    {"pregnancy_weeks": "10", "headcount": "50", "industry": "manufacturing", "monthly_wage": "2800000"},  # law-data-ok (made-up user input)
    {"child_birth_date": "2026-03-01", "monthly_wage": 3000000, "insured_days": 14, "gender": "female",  # law-data-ok (made-up user input)
     "plan_leave_months": 12, "plan_leave_start": "2026-12-01", "headcount": 45, "industry": "manufacturing"},
    {"role": "employer", "headcount": 400, "industry": "ict", "child_age_months": "6", "monthly_wage": "4000000"},  # law-data-ok (made-up user input)
    {"gender": "male", "pregnancy_weeks": "30", "due_date": "2027-02-01", "monthly_wage": "3500000"},  # law-data-ok (made-up user input)
]


def tracker(slots: dict[str, Any]) -> Tracker:
    return Tracker("bench", slots, {"intent": {"name": "inform"}, "entities": []}, [], False, None, {}, "action_listen")


def measure(name: str, turn: Callable[[dict[str, Any]], None], seconds: float) -> None:
    for slots in CASES:  # warm-up: the knowledge base loads its data once per process
        turn(slots)
    latencies: list[float] = []
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        for slots in CASES:
            started = time.perf_counter()
            turn(slots)
            latencies.append((time.perf_counter() - started) * 1000)
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))]
    print(f"{name}: {len(latencies) / sum(latencies) * 1000:.0f} turns/s, "
          f"p50 {statistics.median(latencies):.2f} ms, p99 {p99:.2f} ms ({len(latencies)} turns)")


def show_result(slots: dict[str, Any]) -> None:
    asyncio.run(ActionShowResult().run(CollectingDispatcher(), tracker(slots), {}))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0)
    seconds = parser.parse_args().seconds
    measure("validate_case_form (missing facts)", missing_slots, seconds)
    measure("action_show_result", show_result, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
