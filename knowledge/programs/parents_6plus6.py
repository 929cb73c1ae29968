"""6+6 부모육아휴직제 (고용보험법 시행령 제95조의3 제1항).

When both parents take 육아휴직 for the same child, each starting within 18 months of birth, the
months they have in common (at most 6) are paid at 100% of 통상임금 with rising caps
(`parents_6plus6.monthly_caps`). Months beyond the common ones follow the general
rule. The first parent is paid under the general rule and receives the difference once the second
parent starts. A single parent cannot use it (한부모 특례 instead).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.benefits.parental_leave_pay import GENERAL, SIX_PLUS_SIX, PayRule, schedule
from knowledge.case import Case
from knowledge.dates import age_in_months
from knowledge.programs.parental_leave import common_months, leave_start
from knowledge.programs.parental_leave import evaluate as parental_leave
from knowledge.result import Benefit, Duration, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible, needs_info, not_eligible

BASIS_KEY = "parents_6plus6.monthly_caps"


def _within_limit(birth: date, start: date, limit: int) -> bool:
    return age_in_months(birth, start) < limit


def _conditions(case: Case, law: LawReader, start: date) -> Decision | None:
    """None when both parents qualify; otherwise the decision saying why not or what is missing."""
    basis = law.source(BASIS_KEY, start)
    if case.worker.single_parent:
        return not_eligible([Reason("한부모는 6+6 대신 한부모 육아휴직 급여 특례를 받아요", basis)])
    child = case.youngest_child
    if child is None or child.birth_date is None:
        return needs_info(["children[0].birth_date"])
    limit = law.get("parents_6plus6.child_max_age_months", start)
    if not _within_limit(child.birth_date, start, limit):
        return not_eligible([Reason(f"자녀가 생후 {limit}개월이 지난 뒤에 시작하는 휴직이에요", basis)])
    spouse_months = case.spouse.parental_leave_months
    if spouse_months is None:
        return needs_info(["spouse.parental_leave_months"])
    if spouse_months <= 0:
        return not_eligible([Reason("배우자도 같은 자녀로 육아휴직을 써야 해요", basis)])
    spouse_start = case.spouse.parental_leave_start
    if spouse_start and not _within_limit(child.birth_date, spouse_start, limit):
        return not_eligible([Reason(f"배우자의 휴직이 생후 {limit}개월이 지난 뒤에 시작해요", basis)])
    return None


def _own_months(case: Case, law: LawReader, start: date) -> tuple[float, str]:
    cap = law.get("parents_6plus6.max_months", start)
    planned = case.plan.parental_leave_months
    return (cap, "maximum") if planned is None else (min(planned, cap), "plan")


def evaluate(case: Case, law: LawReader) -> Decision:
    start = leave_start(case)
    base = parental_leave(case, law)
    if base.status != "eligible":
        return base
    if base.benefit is None:
        # 6+6 only raises the 육아휴직 급여: no 급여 (180일 미달, 30일 미만) → no 6+6 either.
        return not_eligible(base.reasons[-1:])
    blocked = _conditions(case, law, start)
    if blocked is not None:
        return blocked
    months, basis = _own_months(case, law, start)
    common = common_months(case, law, start, months)
    wage = case.worker.monthly_wage
    if wage is None:
        wage, basis = max(law.get(BASIS_KEY, start)), "maximum"
    used = case.worker.parental_leave_used_months or 0
    special = schedule(wage, start, months, used, law, PayRule(SIX_PLUS_SIX, common))
    general = schedule(wage, start, months, used, law, PayRule(GENERAL))
    total = sum(m.amount for m in special)
    extra = total - sum(m.amount for m in general)
    reasons = [Reason(f"부모가 모두 생후 {law.get('parents_6plus6.child_max_age_months', start)}개월 이내에 육아휴직을 시작해요; 함께 쓰는 {common}개월에 특례가 적용돼요", law.source(BASIS_KEY, start))]
    return eligible(reasons, missing_facts=tuple(f for f in ("worker.monthly_wage",) if case.worker.monthly_wage is None),
                    benefit=Benefit("고용보험", special, total, basis),
                    duration=Duration(max_months=law.get("parents_6plus6.max_months", start)),
                    apply=base.apply,
                    notes=(f"일반 육아휴직 급여보다 {extra:,}원 많아요",
                           "먼저 쉰 부모는 일반 기준으로 받다가, 두 번째 부모가 시작하면 차액을 소급해서 받아요"))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    caps = law.get(BASIS_KEY, on)
    return {
        "summary": [
            f"부모가 모두 자녀 생후 {law.get('parents_6plus6.child_max_age_months', on)}개월 이내에 육아휴직을 쓰면 첫 {law.get('parents_6plus6.max_months', on)}개월은 통상임금 100%를 받아요.",
            "월 상한은 " + "·".join(f"{cap // 10000}만" for cap in caps) + "원으로 달마다 올라가요.",
            "두 분이 함께 쓰는 개월 수만큼만 특례가 적용돼요.",
        ],
        "facts": {"monthly_caps": caps, "max_months": law.get("parents_6plus6.max_months", on)},
        "basis": "고용보험법 시행령 제95조의3 제1항",
    }


PROGRAM = ProgramSpec("parents_6plus6", "6+6 부모육아휴직제", "worker", evaluate, describe)
