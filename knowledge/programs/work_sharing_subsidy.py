"""업무분담 지원금 (출산육아기 고용안정장려금; 고용보험법 제23조, 시행령 제29조, 고용노동부 지침).

New from 2025-01-01. A 우선지원대상기업 that grants 육아휴직 or 육아기 근로시간 단축 of 30일 or
more, designates co-workers (up to 5) to take on the work and pays them an allowance gets a
monthly amount: one amount for all sizes in 2025; from 2026-01-01 the 육아휴직 amount depends on
size (30인 미만 / 이상) while 단축 keeps one amount. Each month uses the law in force on its first
day. Not paid together with 대체인력 지원금 for the same leave and period.

Which leave: the planned 육아휴직 first, else the planned 단축; without a plan, a full 육아휴직.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.common import Answer
from knowledge.employer_support import (PARENTAL_LEAVE, SUBSIDY_ARTICLE, LeaveSpan, check_requirements,
                                        employer_apply, firm_qualifies, long_enough, monthly_schedule,
                                        parental_leave_child, parental_leave_span, plan_missing,
                                        reduced_hours_child, reduced_hours_span, small_firm,
                                        subsidy_benefit, worker_role_notes)
from knowledge.exclusions import exclusion_reason
from knowledge.programs.replacement_worker_subsidy import covered_kind
from knowledge.result import Duration, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

PREFIX = "work_sharing_subsidy"


def shared_leave(case: Case, law: LawReader) -> LeaveSpan:
    plan = case.plan
    if plan.parental_leave_months is None and plan.parental_leave_start is None and \
            (plan.reduced_hours_months is not None or plan.reduced_hours_start is not None):
        return reduced_hours_span(case, law)
    return parental_leave_span(case, law)


def _child_check(case: Case, law: LawReader, span: LeaveSpan) -> Answer:
    if span.kind == PARENTAL_LEAVE:
        return parental_leave_child(case, law, span.start)
    return reduced_hours_child(case, law, span.start)


def _size_known(case: Case, law: LawReader, span: LeaveSpan) -> Answer:
    """30인 미만/이상은 금액을 정할 뿐 요건이 아니에요 (육아휴직만 규모별)."""
    if span.kind != PARENTAL_LEAVE:
        return Answer(True)
    size = small_firm(case, law, span.start)
    return size if size.value is None else Answer(True, size.reason)


def _amount_key(case: Case, law: LawReader, span: LeaveSpan) -> str:
    if span.kind != PARENTAL_LEAVE:
        return f"{PREFIX}.monthly_amount_reduced_hours"
    small = small_firm(case, law, span.start).value
    return f"{PREFIX}.monthly_amount_leave_{'small' if small else 'large'}"


def _exclusion(case: Case, law: LawReader, span: LeaveSpan) -> tuple[list[Reason], tuple[str, ...]]:
    """Not with 대체인력 지원금 for the same leave and period (when the replacement covers this leave)."""
    if covered_kind(case) != span.kind:
        return [], ()
    basis = law.source(f"{PREFIX}.excludes_replacement_same_leave", span.start)
    return [exclusion_reason("replacement_worker_subsidy", "같은 휴직·기간", basis)], ("replacement_worker_subsidy",)


def _notes(case: Case, law: LawReader, span: LeaveSpan) -> tuple[str, ...]:
    notes = [f"업무를 나눠 맡는 동료(최대 {law.get(f'{PREFIX}.max_designees', span.start)}명)를 지정하고 수당을 줘야 해요. 지원금은 지정된 동료 수와 관계없이 합산 금액이에요",
]
    if span.basis == "maximum":
        notes.append("휴직(단축) 기간과 시작일을 알려 주시면 정확히 계산해 드려요")
    return tuple(notes) + worker_role_notes(case)


def evaluate(case: Case, law: LawReader) -> Decision:
    span = shared_leave(case, law)
    stop, reasons = check_requirements((
        lambda: firm_qualifies(case, law, span.start),
        lambda: _child_check(case, law, span),
        lambda: long_enough(span, law),
        lambda: _size_known(case, law, span)), worker_role_notes(case))
    if stop:
        return stop
    key = _amount_key(case, law, span)
    barred, excludes = _exclusion(case, law, span)
    monthly = monthly_schedule(span.start, span.months, lambda index, day: law.get(key, day), law, (key,))
    return eligible(reasons + barred, missing_facts=plan_missing(case, span), benefit=subsidy_benefit(monthly, span.basis),
                    duration=Duration(max_months=span.months), apply=employer_apply(law, span.start, span.end),
                    notes=_notes(case, law, span), excludes=excludes)


def describe(law: LawReader, on: date) -> dict[str, Any]:
    small = law.get(f"{PREFIX}.monthly_amount_leave_small", on)
    large = law.get(f"{PREFIX}.monthly_amount_leave_large", on)
    reduced = law.get(f"{PREFIX}.monthly_amount_reduced_hours", on)
    leave_line = (f"육아휴직 업무분담은 월 {small:,}원이에요." if small == large else
                  f"육아휴직 업무분담은 30인 미만 월 {small:,}원, 30인 이상 월 {large:,}원이에요.")
    return {
        "summary": [
            "육아휴직·육아기 근로시간 단축을 30일 이상 허용하고, 업무를 나눠 맡은 동료에게 수당을 주면 받아요.",
            f"{leave_line} 육아기 근로시간 단축은 월 {reduced:,}원이에요.",
            "같은 기간에 대체인력 지원금과 함께 받을 수는 없어요.",
        ],
        "facts": {"monthly_amount_leave_small": small, "monthly_amount_leave_large": large,
                  "monthly_amount_reduced_hours": reduced},
        "basis": SUBSIDY_ARTICLE,
    }


PROGRAM = ProgramSpec(PREFIX, "업무분담 지원금", "employer", evaluate, describe)
