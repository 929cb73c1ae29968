"""A personal plan (시기별 활용안): one step after the other, each priced by the engine.

Where the person gave no dates, the steps follow each other: 출산전후휴가 from the engine's own
default start, 육아휴직 from the day after it ends (or from the advice date when the child is
born), 육아기 근로시간 단축 after the 육아휴직. The planned case is evaluated again, so every
amount in the plan is the engine's, for the dates in the plan.
"""
from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from knowledge.dates import add_months
from knowledge.result import ELIGIBLE, ProgramResult, Result

PLAN_STEPS = ("pregnancy_reduced_hours", "maternity_leave", "spouse_birth_leave",
              "parental_leave", "childcare_reduced_hours")
"""Programs that are steps of a plan, in life order. Variants of 육아휴직 pay (6+6, 한부모 특례,
단기 육아휴직) are already inside the 육아휴직 amounts, so they are not separate steps."""

START_FIELD = {"parental_leave": "parental_leave_start", "childcare_reduced_hours": "reduced_hours_start",
               "maternity_leave": "maternity_leave_start"}


def _eligible(result: Result, program_id: str) -> ProgramResult | None:
    matches = [p for p in result.programs if p.id == program_id and p.status == ELIGIBLE]
    return matches[0] if matches else None


def maternity_default_start(case: dict[str, Any]) -> date | None:
    """The engine's default 출산전후휴가 start for this case (earliest start, not before today)."""
    from knowledge import parse_case
    from knowledge.law import default_law
    from knowledge.rules import LawReader
    try:
        from knowledge.programs.maternity_leave import leave_start
    except ImportError:  # the engine moved its default; the plan then shows no maternity date
        return None
    parsed = parse_case(case)
    pregnancy, child = parsed.pregnancy, parsed.youngest_child
    birth = pregnancy.due_date if pregnancy and pregnancy.due_date else (child.birth_date if child else None)
    if birth is None:
        return None
    multiple = bool(pregnancy and pregnancy.multiple)
    return leave_start(parsed, LawReader(default_law()), birth, pregnancy is None, multiple)


def _months_of(program: ProgramResult | None) -> int:
    return len(program.benefit.monthly) if program and program.benefit else 0


def planned_case(case: dict[str, Any], result: Result) -> dict[str, Any]:
    """The case with the missing plan dates filled in, one step after the other."""
    plan = dict(case.get("plan", {}))
    maternity = _eligible(result, "maternity_leave")
    if maternity and "maternity_leave_start" not in plan:
        start = maternity_default_start(case)
        if start is not None:
            plan["maternity_leave_start"] = start.isoformat()
    if maternity and "parental_leave_start" not in plan and plan.get("maternity_leave_start"):
        days = maternity.duration.max_days if maternity.duration and maternity.duration.max_days else 0
        after = date.fromisoformat(plan["maternity_leave_start"]) + timedelta(days=days)
        plan["parental_leave_start"] = after.isoformat()
    leave = _eligible(result, "parental_leave")
    if leave and "reduced_hours_start" not in plan:
        leave_start = date.fromisoformat(plan.get("parental_leave_start", case["as_of"]))
        plan["reduced_hours_start"] = add_months(leave_start, _months_of(leave)).isoformat()
    return {**case, "plan": plan} if plan else case


def plan_starts(case: dict[str, Any], result: Result) -> dict[str, str]:
    """Program id → ISO start date for the plan steps that apply."""
    plan = case.get("plan", {})
    starts: dict[str, str] = {}
    for program_id in PLAN_STEPS:
        if _eligible(result, program_id) is None:
            continue
        field = START_FIELD.get(program_id)
        if field and plan.get(field):
            starts[program_id] = plan[field]
        elif program_id in ("pregnancy_reduced_hours", "parental_leave"):
            starts[program_id] = case["as_of"]
    return starts
