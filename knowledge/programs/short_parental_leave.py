"""단기 육아휴직 (남녀고용평등법 제19조 제6항~제9항, 2026-08-20 시행).

For a child 만 8세 이하 or 초등 2학년 이하, when the child's 기관 closes, during 방학 or when the
child is ill: 1주 or 2주, once a year. It counts toward the total 육아휴직 period but not toward
the split count. 급여 is paid from 7 days of 단기 육아휴직 (고용보험법 제70조①), pro rata by day.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.benefits.parental_leave_pay import GENERAL, PayRule, month_amount
from knowledge.case import Case
from knowledge.common import benefit_window, child_within, insured_enough
from knowledge.dates import add_days
from knowledge.korean_text import korean_date
from knowledge.programs.parental_leave import entitlement_months
from knowledge.result import Benefit, Duration, MonthlyAmount, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible, needs_info, not_eligible, truncate

IN_FORCE = "short_parental_leave.in_force"


def _amount(case: Case, law: LawReader, on: date, days: int) -> tuple[int, str]:
    wage = case.worker.monthly_wage
    basis = "plan"
    if wage is None:
        wage, basis = law.get("parental_leave.cap_months_1_3", on), "maximum"
    index = int(case.worker.parental_leave_used_months or 0) + 1
    monthly = month_amount(wage, index, on, law, PayRule(GENERAL))
    return truncate(monthly * days / law.get("short_parental_leave.days_per_month", on)), basis


def _usable_days(case: Case, law: LawReader, on: date) -> int:
    """Whole weeks (1 or 2) that still fit in the worker's remaining 육아휴직 (제19조⑥: counted in the total)."""
    remaining_months = entitlement_months(case, law, on) - (case.worker.parental_leave_used_months or 0)
    remaining_days = round(remaining_months * law.get("short_parental_leave.days_per_month", on), 6)
    weeks = min(law.get("short_parental_leave.max_weeks", on), int(remaining_days // 7))
    return max(weeks, 0) * 7


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.plan.parental_leave_start or case.as_of
    if not law.get(IN_FORCE, on):
        return not_eligible([Reason(f"단기 육아휴직은 {korean_date(law.stable_until((IN_FORCE,), on))}부터 쓸 수 있어요", law.source(IN_FORCE, on))])
    child = child_within(case.youngest_child, on, law, "parental_leave.child_max_age_years",
                         "parental_leave.child_max_school_grade")
    if child.value is None:
        return needs_info(child.missing)
    if not child.value:
        return not_eligible([child.reason])
    days = _usable_days(case, law, on)
    if days <= 0:
        return not_eligible([child.reason, Reason("단기 육아휴직도 전체 육아휴직 기간에 포함돼요. 남은 육아휴직이 1주도 안 돼요",
                                                  law.source("parental_leave.period_months", on))])
    insured = insured_enough(case, law, on)
    reasons = [child.reason, Reason("어린이집·학교 휴원, 방학, 자녀가 아플 때 1주 또는 2주, 1년에 한 번 쓸 수 있어요", law.source("short_parental_leave.max_weeks", on))]
    duration = Duration(max_days=days)
    if insured.value is False:
        return eligible(reasons + [insured.reason], duration=duration, notes=("휴직은 쓸 수 있지만 급여는 받을 수 없어요",))
    amount, basis = _amount(case, law, on, days)
    benefit = Benefit("고용보험", (MonthlyAmount(1, amount, f"{days}일"),), amount, basis)
    missing = tuple(f for f in ("worker.monthly_wage",) if case.worker.monthly_wage is None) + insured.missing
    return eligible(reasons, missing_facts=missing, benefit=benefit, duration=duration,
                    apply=benefit_window(law, on, add_days(on, days - 1), on),
                    notes=(f"회사에 시작 {law.get('short_parental_leave.notice_days', on)}일 전까지(방학 사유는 30일 전) 신청하세요",
                           "전체 육아휴직 기간에는 포함되지만 분할 횟수에는 들어가지 않아요"))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    if not law.get(IN_FORCE, on):
        return {"summary": [f"단기 육아휴직은 {korean_date(law.stable_until((IN_FORCE,), on))}부터 시행돼요."], "facts": {}, "basis": law.source(IN_FORCE, on)}
    return {
        "summary": [
            f"만 {law.get('parental_leave.child_max_age_years', on)}세·초등 {law.get('parental_leave.child_max_school_grade', on)}학년 이하 자녀의 방학·휴원·질병 때 1주 또는 2주를 1년에 {law.get('short_parental_leave.times_per_year', on)}번 쓸 수 있어요.",
            f"{law.get('short_parental_leave.min_paid_days', on)}일 이상 쓰면 육아휴직 급여를 일할로 받아요.",
            "전체 육아휴직 기간에 포함되지만 분할 횟수에는 들어가지 않아요.",
        ],
        "facts": {"max_weeks": law.get("short_parental_leave.max_weeks", on)},
        "basis": "남녀고용평등법 제19조 제6항",
    }


PROGRAM = ProgramSpec("short_parental_leave", "단기 육아휴직", "worker", evaluate, describe)
