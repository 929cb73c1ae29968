"""워라밸일자리 장려금 — 소정근로시간 단축 (고용보험법 제25조 area; worklife.kr 안내).

A 우선지원대상기업 or 중견기업 whose employee (6개월 or more of service at 35h/week or more; no
service rule for a pregnancy reason) cuts contractual hours to 15–30h/week for family care,
health, retirement preparation or study gets an allowance (간접노무비) per month, plus a
wage-compensation amount when the employer tops up the lost wage beyond the pro-rata share, for up
to 1년. The total assumes that top-up (the maximum); a note gives the amount without it.
A 육아기 단축 (법정) is supported by 육아기 근로시간 단축 지원금 instead; no double support.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.common import Answer
from knowledge.employer_support import (REDUCED_HOURS, LeaveSpan, check_requirements, employer_apply,
                                        firm_qualifies, monthly_schedule, plan_missing, prior_work,
                                        subsidy_benefit, worker_role_notes)
from knowledge.result import Duration, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

PREFIX = "worklife_hours_incentive"
BASIS = "고용보험법 제25조; 워라밸일자리 장려금 지원 요령"
FORM = "워라밸일자리 장려금 지급신청서"


def planned_hours(case: Case, law: LawReader, on: date) -> Answer:
    """단축 후 주 15시간 이상 30시간 이하."""
    low = law.get(f"{PREFIX}.reduced_min_weekly_hours", on)
    high = law.get(f"{PREFIX}.reduced_max_weekly_hours", on)
    basis = law.source(f"{PREFIX}.reduced_max_weekly_hours", on)
    hours = case.plan.reduced_weekly_hours
    if hours is None and case.plan.reduced_hours_months is None and case.plan.reduced_hours_start is None:
        return Answer(True, Reason(f"주 {low}~{high}시간으로 줄이면 받을 수 있어요", basis))
    if hours is None:
        return Answer(None, missing=("plan.reduced_weekly_hours",))
    if low <= hours <= high:
        return Answer(True, Reason(f"주 {hours:g}시간으로 줄여 주 {low}~{high}시간 요건에 맞아요", basis))
    extra = f" 주 {high}시간 넘게 일하면서 매일 1시간씩 줄이는 경우라면 육아기 10시 출근제 지원을 알아보세요." if hours > high else ""
    return Answer(False, Reason(f"단축 후 주 {hours:g}시간은 주 {low}~{high}시간 범위를 벗어나요.{extra}", basis))


def _months(case: Case, law: LawReader, on: date) -> float:
    """Planned months, at most the 1-year limit (the full year without a plan)."""
    maximum = law.get(f"{PREFIX}.max_months", on)
    planned = case.plan.reduced_hours_months
    return maximum if planned is None else min(planned, maximum)


def long_enough(case: Case, law: LawReader, on: date, pregnant: bool) -> Answer:
    """최소 1개월 이상 단축 (임신 사유는 2주 이상)."""
    months = case.plan.reduced_hours_months
    if months is None:
        return Answer(True)
    if pregnant:
        weeks = law.get(f"{PREFIX}.pregnancy_min_weeks", on)
        days = LeaveSpan(REDUCED_HOURS, on, months, "plan").days
        if days >= weeks * 7:
            return Answer(True)
        return Answer(False, Reason(f"임신 사유 단축은 {weeks}주 이상 써야 지원돼요", law.source(f"{PREFIX}.pregnancy_min_weeks", on)))
    minimum = law.get(f"{PREFIX}.min_months", on)
    if months >= minimum:
        return Answer(True)
    return Answer(False, Reason(f"{minimum}개월 이상 써야 지원돼요(계획: {months:g}개월)", law.source(f"{PREFIX}.min_months", on)))


def _notes(case: Case, law: LawReader, on: date) -> tuple[str, ...]:
    incentive = law.get(f"{PREFIX}.incentive_monthly", on)
    compensation = law.get(f"{PREFIX}.wage_compensation_monthly", on)
    share = law.get(f"{PREFIX}.headcount_share_cap", on)
    return (f"합계는 임금감소액 보전금(월 {compensation:,}원)을 포함한 최대액이에요. 회사가 줄어든 임금 외에 {compensation:,}원 이상 더 보전하지 않으면 월 {incentive:,}원만 받아요",
            "육아기 근로시간 단축(법정)으로 처리하면 육아기 근로시간 단축 지원금 대상이고, 같은 기간 중복 지원은 안 돼요",
            f"지원 인원은 전년 말 피보험자 수의 {round(share * 100)}%까지예요",
            "전자 출퇴근 기록이 필요해요") + worker_role_notes(case)


def evaluate(case: Case, law: LawReader) -> Decision:
    start = case.plan.reduced_hours_start or case.as_of
    pregnant = case.pregnancy is not None and not case.pregnancy.ended
    stop, reasons = check_requirements((
        lambda: firm_qualifies(case, law, start, midsize_ok=True),
        lambda: prior_work(case, law, start, PREFIX, check_tenure=not pregnant),
        lambda: planned_hours(case, law, start),
        lambda: long_enough(case, law, start, pregnant)), worker_role_notes(case))
    if stop:
        return stop
    months = _months(case, law, start)
    keys = (f"{PREFIX}.incentive_monthly", f"{PREFIX}.wage_compensation_monthly")
    monthly = monthly_schedule(start, months, lambda index, day: law.get(keys[0], day) + law.get(keys[1], day),
                               law, keys)
    end = LeaveSpan(REDUCED_HOURS, start, months, "plan").end  # a part month counts its days
    missing = plan_missing(case, LeaveSpan(REDUCED_HOURS, start, months, "maximum"))
    return eligible(reasons, missing_facts=missing, benefit=subsidy_benefit(monthly, "maximum"),
                    duration=Duration(max_months=law.get(f"{PREFIX}.max_months", start)),
                    apply=employer_apply(law, start, end, form=FORM), notes=_notes(case, law, start))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    incentive = law.get(f"{PREFIX}.incentive_monthly", on)
    compensation = law.get(f"{PREFIX}.wage_compensation_monthly", on)
    return {
        "summary": [
            f"우선지원대상기업·중견기업이 근로자의 소정근로시간을 주 {law.get(f'{PREFIX}.reduced_min_weekly_hours', on)}~{law.get(f'{PREFIX}.reduced_max_weekly_hours', on)}시간으로 줄여 주면 받아요.",
            f"장려금 월 {incentive:,}원에, 임금 감소분을 더 보전하면 보전금 월 {compensation:,}원이 붙어요(최대 {law.get(f'{PREFIX}.max_months', on)}개월).",
            f"단축 전 {law.get(f'{PREFIX}.min_prior_tenure_months', on)}개월 이상, 주 {law.get(f'{PREFIX}.min_prior_weekly_hours', on)}시간 이상 일한 근로자가 대상이에요.",
        ],
        "facts": {"incentive_monthly": incentive, "wage_compensation_monthly": compensation},
        "basis": BASIS,
    }


PROGRAM = ProgramSpec(PREFIX, "워라밸일자리 장려금(소정근로시간 단축)", "employer", evaluate, describe)
