"""육아기 근로시간 단축 지원금 (출산육아기 고용안정장려금; 고용보험법 제23조, 시행령 제29조).

A 우선지원대상기업 that lets an employee with a child 만 12세·초6 이하 (만 8세·초2 before
2025-02-23) reduce working hours for 30일 or more gets a fixed monthly amount per employee, dated
per month. Not paid for the same period as 육아기 10시 출근제 지원 (워라밸일자리 장려금).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.employer_support import (SUBSIDY_ARTICLE, LeaveSpan, check_requirements, employer_apply,
                                        firm_qualifies, long_enough, monthly_schedule, plan_missing,
                                        reduced_hours_child, reduced_hours_span, subsidy_benefit,
                                        worker_role_notes)
from knowledge.exclusions import exclusion_reason
from knowledge.result import Duration, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

PREFIX = "reduced_hours_subsidy"


def _exclusion(law: LawReader, span: LeaveSpan) -> tuple[list[Reason], tuple[str, ...]]:
    """Not with 육아기 10시 출근제 지원 for the same period (from 2026-01-01, when that exists)."""
    key = "late_start_support.excludes_reduced_hours_subsidy_same_period"
    if not law.defined_on(key, span.start):
        return [], ()
    return [exclusion_reason("late_start_support", "같은 기간", law.source(key, span.start))], ("late_start_support",)


def _notes(case: Case, span: LeaveSpan) -> tuple[str, ...]:
    notes: list[str] = []
    if span.basis == "maximum":
        notes.append("단축 기간과 시작일을 알려 주시면 정확히 계산해 드려요")
    return tuple(notes) + worker_role_notes(case)


def evaluate(case: Case, law: LawReader) -> Decision:
    span = reduced_hours_span(case, law)
    stop, reasons = check_requirements((
        lambda: firm_qualifies(case, law, span.start),
        lambda: reduced_hours_child(case, law, span.start),
        lambda: long_enough(span, law)), worker_role_notes(case))
    if stop:
        return stop
    monthly = monthly_schedule(span.start, span.months, lambda index, day: law.get(f"{PREFIX}.monthly_amount", day),
                               law, (f"{PREFIX}.monthly_amount",))
    barred, excludes = _exclusion(law, span)
    return eligible(reasons + barred, excludes=excludes, missing_facts=plan_missing(case, span), benefit=subsidy_benefit(monthly, span.basis),
                    duration=Duration(max_months=span.months), apply=employer_apply(law, span.start, span.end),
                    notes=_notes(case, span))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    monthly = law.get(f"{PREFIX}.monthly_amount", on)
    incentive = law.get(f"{PREFIX}.first_case_incentive_monthly", on)
    extra = f" 사업장의 첫 단축(3번째까지)이면 월 {incentive:,}원이 더 붙는다는 안내가 있어요." if incentive else ""
    return {
        "summary": [
            f"우선지원대상기업이 육아기 근로시간 단축을 30일 이상 허용하면 근로자 1명당 월 {monthly:,}원을 받아요.{extra}",
            f"대상 자녀는 만 {law.get('childcare_reduced_hours.child_max_age_years', on)}세 또는 초등 {law.get('childcare_reduced_hours.child_max_school_grade', on)}학년 이하예요.",
            "3개월 단위로 고용24 기업지원금 메뉴나 관할 고용센터에 신청해요.",
        ],
        "facts": {"monthly_amount": monthly},
        "basis": SUBSIDY_ARTICLE,
    }


PROGRAM = ProgramSpec(PREFIX, "육아기 근로시간 단축 지원금", "employer", evaluate, describe)
