"""한부모 육아휴직 급여 특례 (고용보험법 시행령 제95조의3 제3항).

A single parent (한부모가족지원법 제4조제1호) on 육아휴직 gets 100% of 통상임금 in months 1–3
with a higher cap (`parental_leave.single_parent_cap_months_1_3`); months 4–6 and 7+ follow the general rule. A single
parent may also take 6개월 more leave (남녀고용평등법 제19조②).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.benefits.parental_leave_pay import GENERAL, SINGLE_PARENT, PayRule, schedule
from knowledge.case import Case
from knowledge.programs.parental_leave import evaluate as parental_leave
from knowledge.programs.parental_leave import leave_months, leave_start, placeholder_wage
from knowledge.result import Benefit, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible, needs_info, not_eligible

CAP_KEY = "parental_leave.single_parent_cap_months_1_3"


def _general_total(case: Case, law: LawReader, start: date) -> int:
    """What the same leave (same wage, same months incl. a part month) pays under the general rule."""
    wage = case.worker.monthly_wage
    if wage is None:  # as in 육아휴직: the maximum, at a wage reaching the 특례 cap
        wage = placeholder_wage(law, start, PayRule(SINGLE_PARENT))
    months, _ = leave_months(case, law, start)
    used = case.worker.parental_leave_used_months or 0
    return sum(m.amount for m in schedule(wage, start, months, used, law, PayRule(GENERAL)))


def evaluate(case: Case, law: LawReader) -> Decision:
    start = leave_start(case)
    basis = law.source(CAP_KEY, start)
    if case.worker.single_parent is None:
        return needs_info(["worker.single_parent"])
    if not case.worker.single_parent:
        return not_eligible([Reason("한부모 가정일 때만 적용되는 특례예요", basis)])
    base = parental_leave(case, law)
    if base.status != "eligible":
        return base
    if base.benefit is None:
        # The 특례 only raises the 육아휴직 급여: no 급여 (180일 미달, 30일 미만) → no 특례 either.
        return not_eligible(base.reasons[-1:])
    extra = base.benefit.total - _general_total(case, law, start)
    reasons = [Reason(f"한부모는 육아휴직 1~3개월 급여 상한이 월 {law.get(CAP_KEY, start):,}원이에요", basis)]
    return eligible(reasons + list(base.reasons), missing_facts=base.missing_facts,
                    benefit=base.benefit, duration=base.duration, apply=base.apply,
                    notes=(f"일반 육아휴직 급여보다 {extra:,}원 많아요", "한부모는 육아휴직을 6개월 더(최대 1년 6개월) 쓸 수 있어요"))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    return {
        "summary": [
            f"한부모 근로자는 육아휴직 1~3개월 급여를 통상임금 100%, 월 최대 {law.get(CAP_KEY, on):,}원 받아요.",
            f"4~6개월은 월 최대 {law.get('parental_leave.cap_months_4_6', on):,}원, 7개월부터는 80%(월 최대 {law.get('parental_leave.cap_months_7_on', on):,}원)예요.",
            f"휴직 기간도 {law.get('parental_leave.extension_months', on)}개월 늘어나요.",
        ],
        "facts": {"cap_months_1_3": law.get(CAP_KEY, on)},
        "basis": "고용보험법 시행령 제95조의3 제3항",
    }


PROGRAM = ProgramSpec("single_parent_leave_bonus", "한부모 육아휴직 급여 특례", "worker", evaluate, describe)
