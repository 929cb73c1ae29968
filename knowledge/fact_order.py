"""The order in which a conversation should ask for missing facts.

Facts that decide eligibility for many programs come first (who the child is, the company's size),
then what decides the amount (wage), then the plan. Field paths are those of the Case JSON.
"""
from __future__ import annotations

_COMMON = (
    "children[0].birth_date",
    "pregnancy.weeks",
    "pregnancy.ended_week",
    "pregnancy.ended_on",
    "pregnancy.due_date",
    "pregnancy.high_risk",
    "pregnancy.multiple",
    "worker.gender",
    "company.headcount",
    "company.industry",
    # Asked when the headcount is over the threshold: the firm may still be a 중소·중견기업.
    "company.priority_support",
    "worker.insured_days",
    "worker.tenure_months",
    "worker.monthly_wage",
    "worker.weekly_hours",
    "worker.single_parent",
    "worker.fertility_treatment",
    "worker.family_care",
    "spouse.parental_leave_months",
    "spouse.parental_leave_start",
    "plan.parental_leave_months",
    "plan.parental_leave_start",
    "plan.reduced_weekly_hours",
    "plan.reduced_hours_months",
    "plan.reduced_hours_start",
    "plan.maternity_leave_start",
    "plan.replacement_hire_months_before",
    "plan.replacement_kept_months_after",
    "plan.replacement_monthly_wage",
    "company.region",
    "company.industrial_complex",
)
# An employer is asked about the company first: it decides which subsidies exist at all.
_EMPLOYER_FIRST = ("company.headcount", "company.industry", "company.priority_support")

FACT_ORDER: dict[str, tuple[str, ...]] = {
    "worker": _COMMON,
    "employer": _EMPLOYER_FIRST + tuple(f for f in _COMMON if f not in _EMPLOYER_FIRST),
}
