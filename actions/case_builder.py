"""Slots → Case JSON (shared/API.md §1), and the reverse map the questionnaire needs.

The bot keeps one slot per case fact. Entity values arrive as strings ("42", "2027-03-01"), buttons send
JSON values, and a person may answer "몰라요" (stored as UNKNOWN); this module turns all of that
into the engine's Case JSON and nothing else. It holds no law values: the one calendar rule it
needs (school entry age) is read from the knowledge base.
"""
from __future__ import annotations

import os
from datetime import date, datetime, timedelta, timezone
from typing import Any, Callable, Iterable

from knowledge.dates import add_months

UNKNOWN = "unknown"
"""Slot value for a fact the person does not know: the form moves on and the case omits it."""

CONDITION_SLOTS = {
    "single_parent": "single_parent",
    "multiple_pregnancy": "multiple_pregnancy",
    "high_risk_pregnancy": "high_risk_pregnancy",
    "premature": "premature",
    "disabled_child": "disabled_child",
    "fertility_treatment": "fertility_treatment",
    "family_care": "family_care",
}
"""`condition` entity value → boolean slot it sets to true."""

PREGNANCY_ENDINGS = ("miscarriage", "stillbirth")

# Case field path → slot. Paths are the engine's `missing_facts` spelling.
FACT_SLOTS: dict[str, str] = {
    "role": "role",
    "worker.gender": "gender",
    "worker.monthly_wage": "monthly_wage",
    "worker.weekly_hours": "weekly_hours",
    "worker.insured_days": "insured_days",
    "worker.tenure_months": "tenure_months",
    "worker.single_parent": "single_parent",
    "worker.parental_leave_used_months": "leave_used_months",
    "worker.fertility_treatment": "fertility_treatment",
    "worker.family_care": "family_care",
    "pregnancy.weeks": "pregnancy_weeks",
    "pregnancy.due_date": "due_date",
    "pregnancy.high_risk": "high_risk_pregnancy",
    "pregnancy.multiple": "multiple_pregnancy",
    "pregnancy.ended": "pregnancy_ended",
    "children[0].birth_date": "child_birth_date",
    "children[0].disabled": "disabled_child",
    "children[0].premature": "premature",
    "spouse.parental_leave_months": "spouse_leave_months",
    "spouse.parental_leave_start": "spouse_leave_start",
    "company.headcount": "headcount",
    "company.industry": "industry",
    "company.priority_support": "priority_support",
    "plan.parental_leave_months": "plan_leave_months",
    "plan.parental_leave_start": "plan_leave_start",
    "plan.reduced_weekly_hours": "plan_reduced_hours",
    "plan.reduced_hours_months": "plan_reduced_months",
    "plan.reduced_hours_start": "plan_reduced_start",
    "plan.maternity_leave_start": "plan_maternity_start",
}

DAYS_PER_INSURED_MONTH = 30
"""People answer 고용보험 가입 기간 in months; the case counts days (calendar-month approximation)."""


AS_OF_ENV = "WORKLIFE_AS_OF"
# Korean law dates are Korean calendar dates; KST has no daylight saving time.
KOREA_TIME = timezone(timedelta(hours=9), "KST")


def advice_date() -> date:
    """The date whose law applies: WORKLIFE_AS_OF when set (demos, tests), otherwise today in
    Korea (the server may run in UTC, nine hours behind)."""
    configured = os.environ.get(AS_OF_ENV, "").strip()
    return date.fromisoformat(configured) if configured else datetime.now(KOREA_TIME).date()


def slot_for_fact(path: str) -> str | None:
    """The slot asked for a missing fact path (`children.0.x` and `children[0].x` both work)."""
    return FACT_SLOTS.get(path.replace("children.0.", "children[0]."))


def _known(value: Any) -> bool:
    return value is not None and value != UNKNOWN and value != ""


def to_int(value: Any) -> int | None:
    """An entity/button value as an integer, or None when it is not a number."""
    number = to_number(value)
    return None if number is None else int(round(number))


def to_number(value: Any) -> float | None:
    """An entity or button value as a number ("42", 2.5, "1,200"); None when not numeric."""
    if isinstance(value, bool) or not _known(value):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    try:
        return float(str(value).replace(",", "").strip())
    except ValueError:
        return None


def to_bool(value: Any) -> bool | None:
    """A yes/no slot value (true/false, "true"/"false")."""
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return None


def to_iso_date(value: Any) -> str | None:
    """An ISO date string, or None when the value is not a real date."""
    if not _known(value):
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        return None


def _months_number(value: Any) -> float | int | None:
    number = to_number(value)
    if number is None:
        return None
    return int(number) if number == int(number) else number


def _insured_days(value: Any) -> int | None:
    months = to_number(value)
    return None if months is None else int(round(months * DAYS_PER_INSURED_MONTH))


def birth_date_from_age(months: int, as_of: date) -> str:
    """A child `months` old (만) on `as_of` was born about `months` months earlier."""
    return add_months(as_of, -months).isoformat()


def birth_date_from_grade(grade: int, as_of: date) -> str | None:
    """The earliest birth date consistent with 초등 `grade` on `as_of` (None before school).

    A child born in year Y enters 1학년 in March of Y + entry_age (초·중등교육법 제13조); the
    knowledge base holds entry_age and the school-year start month.
    """
    if grade < 1:
        return None
    from knowledge.law import default_law  # the knowledge base loads its data lazily
    law = default_law()
    entry_age = law.at("school.entry_age", as_of).value
    start_month = law.at("school.year_start_month", as_of).value
    school_year = as_of.year if as_of.month >= start_month else as_of.year - 1
    return date(school_year - entry_age - grade + 1, 1, 1).isoformat()


def _child(slots: dict[str, Any], as_of: date) -> dict[str, Any]:
    child: dict[str, Any] = {}
    birth = to_iso_date(slots.get("child_birth_date"))
    age = to_int(slots.get("child_age_months"))
    grade = to_int(slots.get("child_grade"))
    if birth is None and age is not None:
        birth = birth_date_from_age(age, as_of)
    if birth is None and grade is not None:
        birth = birth_date_from_grade(grade, as_of)
    _put(child, "birth_date", birth)
    _put(child, "disabled", to_bool(slots.get("disabled_child")))
    _put(child, "premature", to_bool(slots.get("premature")))
    return child


def _put(section: dict[str, Any], key: str, value: Any) -> None:
    if value is not None:
        section[key] = value


Converter = Callable[[Any], Any]
SECTION_FIELDS: dict[str, tuple[tuple[str, str, Converter], ...]] = {
    "worker": (
        ("gender", "gender", lambda v: v if v in ("female", "male") else None),
        ("monthly_wage", "monthly_wage", to_int),
        ("weekly_hours", "weekly_hours", _months_number),
        ("insured_days", "insured_days", _insured_days),
        ("tenure_months", "tenure_months", _months_number),
        ("single_parent", "single_parent", to_bool),
        ("parental_leave_used_months", "leave_used_months", _months_number),
        ("fertility_treatment", "fertility_treatment", to_bool),
        ("family_care", "family_care", to_bool),
    ),
    "pregnancy": (
        ("due_date", "due_date", to_iso_date),
        ("high_risk", "high_risk_pregnancy", to_bool),
        ("multiple", "multiple_pregnancy", to_bool),
    ),
    "spouse": (
        ("parental_leave_months", "spouse_leave_months", _months_number),
        ("parental_leave_start", "spouse_leave_start", to_iso_date),
    ),
    "company": (
        ("headcount", "headcount", to_int),
        ("industry", "industry", lambda v: v if _known(v) else None),
        ("priority_support", "priority_support", to_bool),
    ),
    "plan": (
        ("parental_leave_months", "plan_leave_months", _months_number),
        ("parental_leave_start", "plan_leave_start", to_iso_date),
        ("reduced_weekly_hours", "plan_reduced_hours", _months_number),
        ("reduced_hours_months", "plan_reduced_months", _months_number),
        ("reduced_hours_start", "plan_reduced_start", to_iso_date),
        ("maternity_leave_start", "plan_maternity_start", to_iso_date),
    ),
}


def _section(slots: dict[str, Any], name: str) -> dict[str, Any]:
    section: dict[str, Any] = {}
    for key, slot, convert in SECTION_FIELDS[name]:
        _put(section, key, convert(slots.get(slot)))
    return section


def _pregnancy(slots: dict[str, Any]) -> dict[str, Any]:
    """Pregnancy facts; a pregnancy that ended keeps its week as `ended_week`."""
    pregnancy = _section(slots, "pregnancy")
    weeks = to_int(slots.get("pregnancy_weeks"))
    ended = slots.get("pregnancy_ended")
    if ended in PREGNANCY_ENDINGS:
        pregnancy["ended"] = ended
        _put(pregnancy, "ended_week", weeks)
    else:
        _put(pregnancy, "weeks", weeks)
    return pregnancy


def case_from_slots(slots: dict[str, Any], as_of: date | None = None) -> dict[str, Any]:
    """The Case JSON (shared/API.md §1) for the facts gathered so far; `role` defaults to worker."""
    as_of = as_of or advice_date()
    role = slots.get("role") if slots.get("role") in ("worker", "employer") else "worker"
    case: dict[str, Any] = {"as_of": as_of.isoformat(), "role": role}
    for name in ("worker", "spouse", "company", "plan"):
        section = _section(slots, name)
        if section:
            case[name] = section
    pregnancy = _pregnancy(slots)
    if pregnancy:
        case["pregnancy"] = pregnancy
    child = _child(slots, as_of)
    if child:
        case["children"] = [child]
    return case


def facts_from_slots(slots: dict[str, Any]) -> list[dict[str, Any]]:
    """The facts the person gave, as [{path, value, slot}] in the engine's path spelling."""
    facts = []
    case = case_from_slots(slots)
    for path, slot in FACT_SLOTS.items():
        value = slots.get(slot)
        if _known(value):
            # The case's own value where the slot was converted (insured period asked in months).
            facts.append({"path": path, "value": case_value(case, path, value), "slot": slot})
    for slot, path in (("child_age_months", "children[0].age_months"),
                       ("child_grade", "children[0].school_grade")):
        if _known(slots.get(slot)):
            facts.append({"path": path, "value": slots[slot], "slot": slot})
    return facts


def case_value(case: dict[str, Any], path: str, default: Any) -> Any:
    """The value at a case path (`worker.insured_days`, `children[0].birth_date`), else `default`."""
    node: Any = case
    for part in path.replace("[", ".").replace("]", "").split("."):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            return default
    return node


def slots_for_facts(paths: Iterable[str]) -> list[str]:
    """The slots to ask, in the engine's order, once each, skipping facts the bot cannot ask."""
    ordered: list[str] = []
    for path in paths:
        slot = slot_for_fact(path)
        if slot is not None and slot not in ordered:
            ordered.append(slot)
    return ordered
