"""배우자 유산·사산휴가 (남녀고용평등법 제18조의4, 2026-09-18 신설) and 고용보험법 제76조①4.

A worker whose spouse has a 유산 or 사산 (not an 인공임신중절 outside 모자보건법 제14조) may claim up
to 5일 within 20일 of the event; the first 3일 are paid. At a 우선지원대상기업 고용보험 pays those
3 days up to the 고시 cap (amount UNVERIFIED) and the employer the excess; elsewhere the employer.
The rule applies to events on or after 2026-09-18.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.benefits.daily_pay import split_days
from knowledge.case import Case
from knowledge.dates import add_days
from knowledge.leave_apply import apply_info, paid_days_outcome, penalty_facts
from knowledge.result import Benefit, Duration, MonthlyAmount, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, needs_info, not_eligible, truncate

ARTICLE = "남녀고용평등법 제18조의4"
PENALTIES = ("refuse_spouse_miscarriage_leave", "disadvantage_spouse_miscarriage_leave")


def _who(case: Case) -> Decision | None:
    pregnancy = case.pregnancy
    if pregnancy is None or not pregnancy.ended:
        return not_eligible([Reason("배우자가 유산·사산한 경우에 청구하는 휴가예요", ARTICLE)])
    if case.worker.gender == "female":
        return not_eligible([Reason("본인의 유산·사산이라면 유산·사산휴가를 확인해 주세요", "근로기준법 제74조 제3항")])
    return None


def claim_deadline(law: LawReader, event: date) -> date:
    """유산·사산한 날부터 20일 (당일 포함이면 19일 뒤)."""
    days = law.get("spouse_miscarriage_leave.claim_within_days", event)
    inclusive = law.get("spouse_miscarriage_leave.window_includes_event_day", event)
    return add_days(event, days - 1 if inclusive else days)


def _pay(case: Case, law: LawReader, on: date, paid: int, priority: bool, insured: bool) -> tuple[Benefit | None, int]:
    cap = truncate(law.get("spouse_miscarriage_leave.daily_cap", on) * paid, law.get("spouse_birth_leave.rounding_unit", on))
    wage = case.worker.monthly_wage
    if wage is None:
        benefit = Benefit("고용보험", (MonthlyAmount(1, cap, f"{paid}일분 상한"),), cap, "maximum")
        return (benefit if priority and insured else None), 0
    split = split_days(wage, paid, paid if insured else 0, cap, priority, law, on)
    if not split.insurance:
        return None, split.employer
    return Benefit("고용보험", (MonthlyAmount(1, split.insurance, f"{paid}일분"),), split.insurance), split.employer


def evaluate(case: Case, law: LawReader) -> Decision:
    excluded = _who(case)
    if excluded:
        return excluded
    missing = (("pregnancy.ended_on",) if case.pregnancy.ended_on is None else ()) + \
        (("worker.gender",) if case.worker.gender is None else ())
    if missing:
        return needs_info(missing)
    event = case.pregnancy.ended_on
    if not law.get("spouse_miscarriage_leave.in_force", event):
        starts = law.get("spouse_miscarriage_leave.start_date", case.as_of)
        return not_eligible([Reason(f"배우자 유산·사산휴가는 {starts} 이후 유산·사산부터 쓸 수 있어요",
                                    law.source("spouse_miscarriage_leave.in_force", event))])
    until = claim_deadline(law, event)
    if until < case.as_of:
        return not_eligible([Reason(f"청구 기한({until}까지)이 지났어요", law.source("spouse_miscarriage_leave.claim_within_days", event))])
    days, paid = law.get("spouse_miscarriage_leave.days", event), law.get("spouse_miscarriage_leave.paid_days", event)
    outcome = paid_days_outcome(case, law, event, paid, _pay)
    reasons = (Reason(f"{days}일까지 쉴 수 있고 최초 {paid}일은 유급이에요({until}까지 청구)", law.source("spouse_miscarriage_leave.days", event)),) + outcome.reasons
    return Decision("eligible", reasons, outcome.missing, benefit=outcome.benefit, employer_cost=outcome.employer_cost,
                    duration=Duration(max_days=days, paid_days=paid),
                    apply=apply_info(law, "spouse_miscarriage_leave", event, event, until),
                    notes=("고용보험 급여 상한(고시 제2026-67호)은 아직 확인 중이에요.",) + outcome.notes)


def describe(law: LawReader, on: date) -> dict[str, Any]:
    if not law.get("spouse_miscarriage_leave.in_force", on):
        return {"summary": [f"배우자 유산·사산휴가는 {law.get('spouse_miscarriage_leave.start_date', on)}부터 시행돼요."],
                "facts": {"in_force": False}, "basis": ARTICLE}
    days, paid = law.get("spouse_miscarriage_leave.days", on), law.get("spouse_miscarriage_leave.paid_days", on)
    within = law.get("spouse_miscarriage_leave.claim_within_days", on)
    return {
        "summary": [
            f"배우자가 유산·사산하면 {days}일까지 쉴 수 있고, 최초 {paid}일은 유급이에요.",
            f"유산·사산한 날부터 {within}일 안에 회사에 청구해야 해요.",
            f"우선지원대상기업이면 고용보험이 {paid}일분 급여를 줘요(상한은 확인 중이에요).",
        ],
        "facts": {"in_force": True, "days": days, "paid_days": paid, "claim_within_days": within,
                  "penalties": penalty_facts(law, PENALTIES, on)},
        "basis": f"{ARTICLE}; 고용보험법 제76조 제1항 제4호",
    }


PROGRAM = ProgramSpec("spouse_miscarriage_leave", "배우자 유산·사산휴가", "worker", evaluate, describe)
