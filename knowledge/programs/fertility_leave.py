"""난임치료휴가 (남녀고용평등법 제18조의3) and its 급여 (고용보험법 제76조①3).

A worker in 난임치료 (인공수정, 체외수정 등) may take 6일 a year (3일 before 2025-02-23); the first
2일 are paid (1일 before 2025-02-23; 4일 from 2026-11-27, counting days already used that year).
At a 우선지원대상기업 고용보험 pays the paid days (from 2025-02-23) up to the 고시 cap (amount
UNVERIFIED); the employer pays the excess, and everything at a 대규모기업. The employer may move the
date only after consulting the worker, and must keep the request confidential.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.benefits.daily_pay import split_days
from knowledge.case import Case
from knowledge.korean_text import korean_date
from knowledge.leave_apply import apply_info, claim_period, paid_days_outcome, penalty_facts
from knowledge.result import Apply, Benefit, Duration, MonthlyAmount, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, needs_info, not_eligible, truncate

ARTICLE = "남녀고용평등법 제18조의3 제1항"
PENALTIES = ("refuse_fertility_leave", "disadvantage_fertility_leave")


def _pay(case: Case, law: LawReader, on: date, paid: int, priority: bool, insured: bool) -> tuple[Benefit | None, int]:
    insured_days = law.get("fertility_leave.insured_days", on) if insured and priority else 0
    if not insured_days:
        wage = case.worker.monthly_wage
        return None, split_days(wage, paid, 0, 0, False, law, on).employer if wage is not None else 0
    cap = truncate(law.get("fertility_leave.daily_cap", on) * insured_days, law.get("spouse_birth_leave.rounding_unit", on))
    wage = case.worker.monthly_wage
    if wage is None:
        return Benefit("고용보험", (MonthlyAmount(1, cap, f"{insured_days}일분 상한"),), cap, "maximum"), 0
    split = split_days(wage, paid, insured_days, cap, True, law, on)
    return Benefit("고용보험", (MonthlyAmount(1, split.insurance, f"{insured_days}일분"),), split.insurance), split.employer


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.as_of
    treatment = case.worker.fertility_treatment
    if treatment is None:
        return needs_info(("worker.fertility_treatment",))
    if not treatment:
        return not_eligible([Reason("난임치료를 받는 근로자가 쓰는 휴가예요", ARTICLE)])
    days, paid = law.get("fertility_leave.days_per_year", on), law.get("fertility_leave.paid_days", on)
    outcome = paid_days_outcome(case, law, on, paid, _pay)
    benefit, assumed = outcome.benefit, outcome.notes
    reasons = (Reason(f"난임치료휴가는 연 {days}일이고 최초 {paid}일은 유급이에요", law.source("fertility_leave.paid_days", on)),) + outcome.reasons
    return Decision("eligible", reasons, outcome.missing, benefit=benefit, employer_cost=outcome.employer_cost,
                    duration=Duration(max_days=days, paid_days=paid),
                    apply=_apply(law, on, benefit is not None),
                    notes=_coming_change(law, on, paid) + (
                        f"휴가 시작 {law.get('fertility_leave.notice_days', on)}일 전까지 청구해요.",
                        "그해 이미 쓴 날도 유급 일수에 포함돼요.",
                        "회사는 청구 내용을 다른 사람에게 알리면 안 돼요.") + assumed
                    + (("급여 신청 기간은 오늘 휴가를 쓴다고 보고 계산했어요.",) if benefit is not None else ()))


def _coming_change(law: LawReader, on: date, paid: int) -> tuple[str, ...]:
    """A dated note when the paid days are already enacted to change (e.g. 2 → 4 on 2026-11-27)."""
    change = law.stable_until(("fertility_leave.paid_days",), on)
    if change == date.max:
        return ()
    coming = law.get("fertility_leave.paid_days", change)
    return (f"{korean_date(change)}부터는 최초 {coming}일이 유급이에요(지금은 {paid}일, 그해 이미 쓴 날 포함).",)


def _apply(law: LawReader, on: date, paid_by_insurance: bool) -> Apply:
    """급여 신청 기간 (고용보험법 제75조): 휴가 시작 1개월 후부터 끝난 날 이후 12개월 이내.

    The case has no leave date: the window is computed for a leave taken today (a note says so);
    without an insurance 급여 (대규모기업, 180일 미달) only where to ask is given.
    """
    if not paid_by_insurance:
        return apply_info(law, "fertility_leave", on)
    claim_from, claim_until = claim_period(law, on, on, on)
    return apply_info(law, "fertility_leave", on, claim_from, claim_until)


def describe(law: LawReader, on: date) -> dict[str, Any]:
    days, paid = law.get("fertility_leave.days_per_year", on), law.get("fertility_leave.paid_days", on)
    insured = law.get("fertility_leave.insured_days", on)
    pay_line = (f"우선지원대상기업이면 고용보험이 최초 {insured}일분 급여를 줘요(상한은 확인 중이에요)."
                if insured else "고용보험 급여는 없고 유급 일수는 회사가 줘요.")
    return {
        "summary": [
            f"난임치료휴가는 연 {days}일이고, 최초 {paid}일은 유급이에요.",
            pay_line,
            f"휴가 시작 {law.get('fertility_leave.notice_days', on)}일 전까지 회사에 청구해요. 회사는 업무에 큰 지장이 있을 때만 협의해 날짜를 바꿀 수 있어요.",
        ],
        "facts": {"days_per_year": days, "paid_days": paid, "insured_days": insured,
                  "penalties": penalty_facts(law, PENALTIES, on)},
        "basis": f"{ARTICLE}; 고용보험법 제76조 제1항 제3호",
    }


PROGRAM = ProgramSpec("fertility_leave", "난임치료휴가", "worker", evaluate, describe)
