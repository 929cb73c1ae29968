"""유산·사산휴가 (근로기준법 제74조 제3항, 시행령 제43조).

Given on the worker's request after a 유산 or 사산 (not for an 인공임신중절 outside 모자보건법
제14조). Length by the week the pregnancy ended, counted from that day: ≤11주 10일 (5일 before
2025-02-23), 12–15주 10일, 16–21주 30일, 22–27주 60일, 28주~ 90일. Paid and insured exactly like
출산전후휴가 (제74조④: first 60일 paid; 고용보험법 제76조①1).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.benefits.maternity_pay import leave_pay
from knowledge.case import Case
from knowledge.common import insured_enough, priority_support
from knowledge.dates import add_days
from knowledge.errors import LawDataError
from knowledge.leave_apply import apply_info, claim_period, penalty_facts, priority_assumed
from knowledge.result import Benefit, Duration, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, needs_info, not_eligible

ARTICLE = "근로기준법 제74조 제3항"
PENALTIES = ("refuse_maternity_leave",)


def days_for_week(week: int, law: LawReader, on: date) -> int:
    """The day table of 시행령 제43조③: the first row whose upper week bound (이하) holds."""
    for max_week, days in law.get("miscarriage_leave.days_by_week", on):
        if max_week is None or week <= max_week:
            return days
    raise LawDataError("knowledge/parameters/miscarriage_leave.yaml", "days_by_week",
                       "마지막 행은 상한 없는(null) 행이어야 해요")


def _who(case: Case) -> Decision | None:
    pregnancy = case.pregnancy
    if pregnancy is None or not pregnancy.ended:
        return not_eligible([Reason("유산·사산휴가는 유산이나 사산을 한 근로자가 청구하는 휴가예요", ARTICLE)])
    if case.worker.gender == "male":
        return not_eligible([Reason("본인이 아닌 배우자의 유산·사산이라면 배우자 유산·사산휴가를 확인해 주세요", ARTICLE)])
    return None


def _missing(case: Case) -> tuple[str, ...]:
    pregnancy = case.pregnancy
    facts = []
    if pregnancy.ended_week is None:
        facts.append("pregnancy.ended_week")
    if case.worker.gender is None:
        facts.append("worker.gender")
    return tuple(facts)


def _pay(case: Case, law: LawReader, start: date, days: int, priority: bool,
         insured: bool) -> tuple[Benefit | None, int]:
    paid = law.get("maternity_leave.paid_days_single", start)
    wage = case.worker.monthly_wage
    pay_wage = wage if wage is not None else law.get("maternity_leave.monthly_cap", start)
    pay = leave_pay(pay_wage, case.worker.weekly_hours, days, paid, priority, insured, law, start)
    if not pay.insurance:
        return None, pay.employer_cost if wage is not None else 0
    basis = "plan" if wage is not None else "maximum"
    return Benefit("고용보험", pay.insurance, pay.insurance_total, basis), pay.employer_cost if wage is not None else 0


def evaluate(case: Case, law: LawReader) -> Decision:
    excluded = _who(case)
    if excluded:
        return excluded
    missing = _missing(case)
    if missing:
        return needs_info(missing)
    start = case.pregnancy.ended_on or case.as_of
    # Today's table first (days only grew over time), so an old event never reads unmodelled dates.
    for on in (case.as_of, start):
        days = days_for_week(case.pregnancy.ended_week, law, on)
        if add_days(start, days) <= case.as_of:
            return not_eligible([Reason(f"유산·사산한 날({start})부터 {days}일이 지나 휴가 기간이 끝났어요", ARTICLE)])
    end = add_days(start, days - 1)
    priority = priority_support(case, law, start)
    insured = insured_enough(case, law, end)
    reasons = [Reason(f"임신 {case.pregnancy.ended_week}주에 유산·사산하면 {days}일을 쉴 수 있어요(유산·사산한 날부터)",
                      law.source("miscarriage_leave.days_by_week", start))]
    reasons += [r for r in (priority.reason, insured.reason) if r]
    benefit, employer_cost = _pay(case, law, start, days, priority.value is not False, insured.value is not False)
    benefit, assumed = priority_assumed(benefit, priority.value)
    paid = min(days, law.get("maternity_leave.paid_days_single", start))
    claim_start = start if priority.value is not False else add_days(start, paid)
    claim_from, claim_until = claim_period(law, claim_start, end, start)
    facts = (("pregnancy.ended_on",) if case.pregnancy.ended_on is None else ()) + priority.missing + insured.missing
    facts += ("worker.monthly_wage",) if case.worker.monthly_wage is None else ()
    return Decision("eligible", tuple(reasons), facts, benefit=benefit, employer_cost=employer_cost,
                    duration=Duration(max_days=days, paid_days=paid),
                    apply=apply_info(law, "miscarriage_leave", start, claim_from, claim_until),
                    notes=("인공임신중절은 모자보건법 제14조의 경우만 해당돼요.",) + assumed)


def describe(law: LawReader, on: date) -> dict[str, Any]:
    table = law.get("miscarriage_leave.days_by_week", on)
    ranges = _table_text(table)
    return {
        "summary": [
            f"유산·사산휴가는 임신 기간에 따라 {ranges}이에요(유산·사산한 날부터).",
            f"출산전후휴가처럼 최초 {law.get('maternity_leave.paid_days_single', on)}일은 유급이고, 우선지원대상기업이면 고용보험이 급여를 줘요.",
            "회사에 의료기관 진단서를 내고 청구해요. 급여는 고용24 또는 고용센터에서 신청해요.",
        ],
        "facts": {"days_by_week": table, "penalties": penalty_facts(law, PENALTIES, on)},
        "basis": f"{ARTICLE}; 근로기준법 시행령 제43조",
    }


def _table_text(table: list[list[Any]]) -> str:
    parts, low = [], 0
    for max_week, days in table:
        span = f"{low}~{max_week}주" if max_week is not None else f"{low}주 이상"
        parts.append(f"{span} {days}일" if low else f"{max_week}주 이내 {days}일")
        low = (max_week or 0) + 1
    return ", ".join(parts)


PROGRAM = ProgramSpec("miscarriage_leave", "유산·사산휴가", "worker", evaluate, describe)
