"""Checks for each fact slot: a normalised value, or None when the value cannot be true.

Upper bounds are the knowledge base's plausibility limits (knowledge/input_limits.yaml), so a
wage with three extra zeros or a negative wage is re-asked instead of computed.
"""
from __future__ import annotations

from datetime import date
from typing import Any, Callable

from knowledge.case import INDUSTRIES
from knowledge.input_limits import limit

from actions.case_builder import FACT_SLOTS, UNKNOWN, to_bool, to_iso_date, to_number

Checker = Callable[[Any, date], Any]

MAX_CHILD_AGE_MONTHS = 240  # law-data-ok: plausibility (a "child" older than 20 is a typo)
MAX_SCHOOL_GRADE = 6  # law-data-ok: elementary school has six grades


def _path_of(slot: str) -> str:
    return next(path for path, name in FACT_SLOTS.items() if name == slot)


def positive(slot: str, allow_zero: bool = False) -> Checker:
    """A number above zero (or at least zero) and within the plausibility limit of its case field."""
    def check(value: Any, as_of: date) -> float | None:
        number = to_number(value)
        upper = limit(_path_of(slot))
        if number is None or number < 0 or (number == 0 and not allow_zero):
            return None
        if upper is not None and number > upper:
            return None
        return int(number) if number == int(number) else number
    return check


def insured_months(value: Any, as_of: date) -> float | None:
    """고용보험 가입 기간, answered in months (the case counts days)."""
    number = to_number(value)
    return None if number is None or number < 0 else number


def within(lower: float, upper: float) -> Checker:
    def check(value: Any, as_of: date) -> float | None:
        number = to_number(value)
        if number is None or not lower <= number <= upper:
            return None
        return int(number) if number == int(number) else number
    return check


def past_date(value: Any, as_of: date) -> str | None:
    """A real date on or before the advice date (a child already born)."""
    iso = to_iso_date(value)
    return iso if iso and date.fromisoformat(iso) <= as_of else None


def any_date(value: Any, as_of: date) -> str | None:
    return to_iso_date(value)


def industry(value: Any, as_of: date) -> str | None:
    return value if value in INDUSTRIES else None


def yes_no(value: Any, as_of: date) -> bool | None:
    return to_bool(value)


def choice(*allowed: str) -> Checker:
    def check(value: Any, as_of: date) -> str | None:
        return value if value in allowed else None
    return check


CHECKS: dict[str, Checker] = {
    "role": choice("worker", "employer"),
    "gender": choice("female", "male"),
    "monthly_wage": positive("monthly_wage"),
    "headcount": positive("headcount"),
    "weekly_hours": positive("weekly_hours"),
    "insured_days": insured_months,
    "tenure_months": positive("tenure_months", allow_zero=True),
    "leave_used_months": positive("leave_used_months", allow_zero=True),
    "pregnancy_weeks": within(1, limit("pregnancy.weeks") or 0),
    "due_date": any_date,
    "child_birth_date": past_date,
    "child_age_months": within(0, MAX_CHILD_AGE_MONTHS),
    "child_grade": within(0, MAX_SCHOOL_GRADE),
    "industry": industry,
    "pregnancy_ended": choice("miscarriage", "stillbirth"),
    "spouse_leave_months": positive("spouse_leave_months"),
    "spouse_leave_start": any_date,
    "plan_leave_months": positive("plan_leave_months"),
    "plan_leave_start": any_date,
    "plan_reduced_hours": positive("plan_reduced_hours"),
    "plan_reduced_months": positive("plan_reduced_months"),
    "plan_reduced_start": any_date,
    "plan_maternity_start": any_date,
}
for _flag in ("single_parent", "multiple_pregnancy", "high_risk_pregnancy", "premature",
              "disabled_child", "fertility_treatment", "family_care", "priority_support"):
    CHECKS[_flag] = yes_no

RE_ASK_KEY = {"spouse_leave_months": "months", "plan_leave_months": "months",
              "plan_reduced_months": "months", "plan_reduced_hours": "hours",
              "spouse_leave_start": "date", "plan_leave_start": "date",
              "plan_reduced_start": "date", "plan_maternity_start": "date"}
"""Slots that share a re-ask wording (actions.messages.RE_ASK)."""


def check_slot(slot: str, value: Any, as_of: date) -> tuple[bool, Any]:
    """(ok, normalised value). UNKNOWN ("몰라요") and None are accepted as they are."""
    if value is None or value == UNKNOWN or slot not in CHECKS:
        return True, value
    normalised = CHECKS[slot](value, as_of)
    return normalised is not None, normalised
