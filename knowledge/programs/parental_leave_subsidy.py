"""육아휴직 지원금 (출산육아기 고용안정장려금; 고용보험법 제23조, 시행령 제29조).

A 우선지원대상기업 that grants an employee 육아휴직 of 30일 or more gets a fixed monthly amount
per employee. 특례: for a child 만 12개월 이하 (or leave during pregnancy) and 3개월 or more of
consecutive leave, the first 3 months pay a higher amount (lowered for leave used from
2026-01-01), then the normal amount. Amounts are dated per month of leave, so a leave that spans
the change date gets each month's own value. An employer that takes the 특례 gets no 대체인력
지원금 for that employee. Half is paid every 3 months, half after 6개월 of retention after return.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.dates import age_in_months
from knowledge.employer_support import (SUBSIDY_ARTICLE, LeaveSpan, check_requirements, employer_apply, firm_qualifies,
                                        long_enough, monthly_schedule, parental_leave_child, subsidy_benefit,
                                        parental_leave_span, plan_missing, worker_role_notes)
from knowledge.exclusions import exclusion_reason
from knowledge.result import Duration, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

PREFIX = "parental_leave_subsidy"


def special_case(case: Case, law: LawReader, span: LeaveSpan) -> Reason | None:
    """특례 요건: 자녀 만 12개월 이하 (임신 중 휴직 포함) and 3개월 이상 연속 휴직."""
    on = span.start
    if span.months < law.get(f"{PREFIX}.special_min_consecutive_months", on):
        return None
    max_age = law.get(f"{PREFIX}.special_child_max_age_months", on)
    basis = law.source(f"{PREFIX}.special_first_months_amount", on)
    child = case.youngest_child
    if child is not None and child.birth_date is not None:
        age = age_in_months(child.birth_date, on)
        if age <= max_age:
            return Reason(f"자녀가 휴직 시작 때 생후 {age}개월(만 {max_age}개월 이하)이라 특례가 적용돼요", basis)
        return None
    if case.pregnancy is not None and not case.pregnancy.ended:
        return Reason("임신 중 육아휴직이라 특례가 적용돼요", basis)
    return None


def month_amount(law: LawReader, special: bool) -> Any:
    """A function giving the subsidy for month `index` starting on `day` (특례 첫 개월들 vs 기본 월액)."""
    def amount(index: int, day: date) -> int:
        if special and index <= law.get(f"{PREFIX}.special_first_months", day):
            return law.get(f"{PREFIX}.special_first_months_amount", day)
        return law.get(f"{PREFIX}.monthly_amount", day)
    return amount


def _notes(case: Case, law: LawReader, span: LeaveSpan, special: bool) -> tuple[str, ...]:
    on = span.start
    share = law.get(f"{PREFIX}.paid_during_share", on)
    notes = [f"{round(share * 100)}%는 휴직 중 3개월 단위로, 나머지는 복귀 후 {law.get(f'{PREFIX}.retention_months_after_return', on)}개월 이상 고용을 유지하면 받아요",
             "출산전후휴가와 겹치는 기간은 지원 기간에서 빠져요"]
    incentive = law.get(f"{PREFIX}.male_incentive_monthly", on) if case.worker.gender == "male" else None
    if incentive:
        notes.append(f"사업장의 {law.get(f'{PREFIX}.male_incentive_max_cases', on)}번째까지의 남성 육아휴직이면 월 {incentive:,}원이 더 붙는다는 안내가 있지만 확인되지 않았어요(합계에 넣지 않았어요)")
    if span.basis == "maximum":
        notes.append("휴직 기간과 시작일을 알려 주시면 정확히 계산해 드려요")
    return tuple(notes) + worker_role_notes(case)


def evaluate(case: Case, law: LawReader) -> Decision:
    span = parental_leave_span(case, law)
    stop, reasons = check_requirements((
        lambda: firm_qualifies(case, law, span.start),
        lambda: parental_leave_child(case, law, span.start),
        lambda: long_enough(span, law)), worker_role_notes(case))
    if stop:
        return stop
    special = special_case(case, law, span)
    excludes: tuple[str, ...] = ()
    if special:
        reasons.append(special)
        # 특례를 받으면 그 근로자에 대한 대체인력 지원금은 휴직 기간 전체에 걸쳐 받을 수 없어요 (지급규정).
        reasons.append(exclusion_reason("replacement_worker_subsidy", "특례를 받으면 이 근로자의 휴직 기간 전체",
                                        law.source("replacement_worker_subsidy.excluded_after_special", span.start)))
        excludes = ("replacement_worker_subsidy",)
    monthly = monthly_schedule(span.start, span.months, month_amount(law, special is not None))
    benefit = subsidy_benefit(monthly, span.basis)
    return eligible(reasons, missing_facts=plan_missing(case, span), benefit=benefit,
                    duration=Duration(max_months=span.months),
                    apply=employer_apply(law, span.start, span.end),
                    notes=_notes(case, law, span, special is not None), excludes=excludes)


def describe(law: LawReader, on: date) -> dict[str, Any]:
    monthly = law.get(f"{PREFIX}.monthly_amount", on)
    special = law.get(f"{PREFIX}.special_first_months_amount", on)
    first = law.get(f"{PREFIX}.special_first_months", on)
    return {
        "summary": [
            f"우선지원대상기업이 근로자에게 30일 이상 육아휴직을 허용하면 월 {monthly:,}원을 받아요.",
            f"생후 {law.get(f'{PREFIX}.special_child_max_age_months', on)}개월 이내 자녀로 {law.get(f'{PREFIX}.special_min_consecutive_months', on)}개월 이상 연속 휴직하면 첫 {first}개월은 월 {special:,}원(특례)이에요.",
            f"{round(law.get(f'{PREFIX}.paid_during_share', on) * 100)}%는 휴직 중에, 나머지는 복귀 후 {law.get(f'{PREFIX}.retention_months_after_return', on)}개월 고용을 유지하면 받아요.",
            "특례를 받으면 그 근로자에 대한 대체인력 지원금은 받을 수 없어요.",
        ],
        "facts": {"monthly_amount": monthly, "special_first_months_amount": special, "special_first_months": first},
        "basis": SUBSIDY_ARTICLE,
    }


PROGRAM = ProgramSpec(PREFIX, "육아휴직 지원금", "employer", evaluate, describe)
