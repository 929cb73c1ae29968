"""육아기 10시 출근제 지원 (워라밸일자리 장려금; 2026-01-01 시행, worklife.kr 안내).

A 우선지원대상기업 or 중견기업 that lets an employee with a child 만 12세·초6 이하 (6개월 or more of
service at 35h/week or more) work at least 1 hour less every day — to more than 30 and at most
35h/week — with no wage cut gets a monthly amount per employee for up to 1년 (counting any earlier
워라밸 소정근로시간 단축 support for the same worker). Not mandatory for employers, and not paid
for the same period as 육아기 근로시간 단축 지원금.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.common import Answer, child_within
from knowledge.employer_support import (REDUCED_HOURS, LeaveSpan, check_requirements, employer_apply,
                                        firm_qualifies, monthly_schedule, plan_missing, prior_work,
                                        subsidy_benefit, worker_role_notes)
from knowledge.exclusions import exclusion_reason
from knowledge.korean_text import korean_date
from knowledge.result import Duration, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible, not_eligible

PREFIX = "late_start_support"
BASIS = "고용보험법 제25조; 워라밸일자리 장려금(육아기 10시 출근제) 지원 요령"
FORM = "워라밸일자리 장려금 지급신청서"


def in_force(law: LawReader, on: date) -> Answer:
    if law.get(f"{PREFIX}.in_force", on):
        return Answer(True)
    return Answer(False, Reason(f"육아기 10시 출근제 지원은 {korean_date(law.stable_until((f'{PREFIX}.in_force',), on))}부터 시행돼요", law.source(f"{PREFIX}.in_force", on)))


def planned_hours(case: Case, law: LawReader, on: date) -> Answer:
    """단축 후 주 30시간 초과 35시간 이하 (계획이 없으면 제도의 기본형으로 봐요)."""
    hours = case.plan.reduced_weekly_hours
    low = law.get(f"{PREFIX}.reduced_above_weekly_hours", on)
    high = law.get(f"{PREFIX}.reduced_max_weekly_hours", on)
    if hours is None or low < hours <= high:
        return Answer(True)
    return Answer(False, Reason(f"10시 출근제는 주 {low}시간 초과 {high}시간 이하로 매일 1시간 이상 줄이는 제도예요(계획: 주 {hours:g}시간)",
                                law.source(f"{PREFIX}.reduced_max_weekly_hours", on)))


def _months(case: Case, law: LawReader, on: date) -> tuple[float, str]:
    maximum = law.get(f"{PREFIX}.max_months", on)
    planned = case.plan.reduced_hours_months
    return (maximum, "maximum") if planned is None else (min(planned, maximum), "plan")


def long_enough(case: Case, law: LawReader, on: date) -> Answer:
    """최소 1개월 이상 사용."""
    minimum = law.get(f"{PREFIX}.min_months", on)
    months = case.plan.reduced_hours_months
    if months is None or months >= minimum:
        return Answer(True)
    return Answer(False, Reason(f"{minimum}개월 이상 써야 지원돼요(계획: {months:g}개월)", law.source(f"{PREFIX}.min_months", on)))


def _notes(case: Case) -> tuple[str, ...]:
    return ("회사가 취업규칙 등에 제도를 두고 임금을 깎지 않아야 해요. 도입은 회사의 선택이에요",
            "전자 출퇴근 기록이 필요하고, 한 달에 3일 넘게 빠지면 그달은 지원되지 않아요") + worker_role_notes(case)


def evaluate(case: Case, law: LawReader) -> Decision:
    start = case.plan.reduced_hours_start or case.as_of
    started = in_force(law, start)
    if not started.value:
        return not_eligible([started.reason], notes=worker_role_notes(case))
    stop, reasons = check_requirements((
        lambda: firm_qualifies(case, law, start, midsize_ok=True),
        lambda: child_within(case.youngest_child, start, law, f"{PREFIX}.child_max_age_years", f"{PREFIX}.child_max_school_grade"),
        lambda: prior_work(case, law, start, PREFIX),
        lambda: planned_hours(case, law, start),
        lambda: long_enough(case, law, start)), worker_role_notes(case))
    if stop:
        return stop
    months, basis = _months(case, law, start)
    monthly = monthly_schedule(start, months, lambda index, day: law.get(f"{PREFIX}.monthly_amount", day),
                               law, (f"{PREFIX}.monthly_amount",))
    end = LeaveSpan(REDUCED_HOURS, start, months, "plan").end  # a part month counts its days
    missing = plan_missing(case, LeaveSpan(REDUCED_HOURS, start, months, basis))
    barred = exclusion_reason("reduced_hours_subsidy", "같은 기간",
                              law.source(f"{PREFIX}.excludes_reduced_hours_subsidy_same_period", start))
    return eligible(reasons + [barred], missing_facts=missing, benefit=subsidy_benefit(monthly, basis),
                    duration=Duration(max_months=law.get(f"{PREFIX}.max_months", start)),
                    apply=employer_apply(law, start, end, form=FORM), notes=_notes(case),
                    excludes=("reduced_hours_subsidy",))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    if not law.get(f"{PREFIX}.in_force", on):
        return {"summary": [f"육아기 10시 출근제 지원은 {korean_date(law.stable_until((f'{PREFIX}.in_force',), on))}부터 시행돼요."], "facts": {},
                "basis": law.source(f"{PREFIX}.in_force", on)}
    monthly = law.get(f"{PREFIX}.monthly_amount", on)
    return {
        "summary": [
            f"만 {law.get(f'{PREFIX}.child_max_age_years', on)}세·초등 {law.get(f'{PREFIX}.child_max_school_grade', on)}학년 이하 자녀를 둔 근로자가 임금 삭감 없이 매일 1시간 늦게 출근(또는 일찍 퇴근)하게 하면 받아요.",
            f"근로자 1명당 월 {monthly:,}원, 최대 {law.get(f'{PREFIX}.max_months', on)}개월이에요.",
            "우선지원대상기업과 중견기업이 대상이고, 3개월 단위로 고용24에서 신청해요.",
        ],
        "facts": {"monthly_amount": monthly, "max_months": law.get(f"{PREFIX}.max_months", on)},
        "basis": BASIS,
    }


PROGRAM = ProgramSpec(PREFIX, "육아기 10시 출근제", "employer", evaluate, describe)
