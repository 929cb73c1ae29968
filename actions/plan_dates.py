"""When each step of a personal plan starts: the dates in the case's plan, else the engine's defaults.

The engine evaluates a leave from `plan.*_start`, or from the advice date when the plan has none;
the plan shows the same dates so the monthly rows line up with the amounts.
"""
from __future__ import annotations

from typing import Any

from knowledge.result import Result

START_FIELD = {
    "parental_leave": "parental_leave_start",
    "parents_6plus6": "parental_leave_start",
    "single_parent_leave_bonus": "parental_leave_start",
    "short_parental_leave": "parental_leave_start",
    "childcare_reduced_hours": "reduced_hours_start",
    "maternity_leave": "maternity_leave_start",
}
"""Program → the plan field holding its start date (Case JSON `plan`)."""

STARTS_NOW = ("pregnancy_reduced_hours", "parental_leave", "childcare_reduced_hours")
"""Programs the engine evaluates from the advice date when the plan gives no start."""


def plan_starts(case: dict[str, Any], result: Result) -> dict[str, str]:
    """Program id → ISO start date, for the programs whose start is known."""
    plan = case.get("plan", {})
    starts: dict[str, str] = {}
    for program in result.programs:
        field = START_FIELD.get(program.id)
        if field and plan.get(field):
            starts[program.id] = plan[field]
        elif program.id in STARTS_NOW:
            starts[program.id] = case["as_of"]
    return starts
