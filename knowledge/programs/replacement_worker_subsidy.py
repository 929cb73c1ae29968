"""대체인력 지원금 (출산육아기 고용안정장려금; 고용보험법 제23조, 시행령 제29조①3·④, 지급규정 별표5).

A 우선지원대상기업 that grants 30일 or more of 출산전후휴가, 육아휴직 or 육아기 근로시간 단축 and
hires a replacement (from up to 2개월 before the start, kept 30일 or more) gets a monthly amount
for the handover months before, the leave itself and, for 육아휴직 from 2026-01-01, up to 1개월
after the return. From 2026-01-01 the leave amount depends on size (30인 미만 / 이상); 단축 has one
amount. Each month is at most 80% of the wage paid to the replacement. No support for an employee
whose employer took the 육아휴직 지원금 특례 (knowledge.exclusions).

Dating: each month uses the amount in force on its first day, so a 2025 hire whose support runs
past 2026-01-01 gets 120만 for the 2025 months and the 2026 amount after. The source (worklife.kr)
does not say whether the hire date or the month decides; this choice is the parameter
`amount_dated_by_month` (grade C), read only when the support spans an amount change, so such a
result carries its caveat and a note.

Which leave: the planned 육아휴직 first, else the planned 단축, else the planned 출산전후휴가;
without any plan, a full 육아휴직 (basis `maximum`).
"""
from __future__ import annotations

import math
from datetime import date
from typing import Any, Callable

from knowledge.case import Case
from knowledge.common import Answer
from knowledge.dates import add_days, add_months
from knowledge.employer_support import (MATERNITY_LEAVE, PARENTAL_LEAVE, REDUCED_HOURS, SUBSIDY_ARTICLE,
                                        LeaveSpan, check_requirements, employer_apply, firm_qualifies,
                                        long_enough, maternity_span, monthly_schedule, parental_leave_child,
                                        parental_leave_span, plan_missing, reduced_hours_child,
                                        reduced_hours_span, small_firm, subsidy_benefit, worker_role_notes)
from knowledge.exclusions import exclusion_reason
from knowledge.korean_text import korean_date
from knowledge.programs.parental_leave_subsidy import special_case
from knowledge.result import Duration, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible, truncate

PREFIX = "replacement_worker_subsidy"


def covered_kind(case: Case) -> str:
    """Which leave the replacement covers (see the module docstring for the order); reads no law."""
    plan = case.plan
    if plan.parental_leave_months is not None or plan.parental_leave_start is not None:
        return PARENTAL_LEAVE
    if plan.reduced_hours_months is not None or plan.reduced_hours_start is not None:
        return REDUCED_HOURS
    return MATERNITY_LEAVE if plan.maternity_leave_start is not None else PARENTAL_LEAVE


def covered_leave(case: Case, law: LawReader) -> LeaveSpan:
    """The leave the replacement covers."""
    kind = covered_kind(case)
    if kind == REDUCED_HOURS:
        return reduced_hours_span(case, law)
    return (maternity_span(case, law) if kind == MATERNITY_LEAVE else None) or parental_leave_span(case, law)


def exclusions(case: Case, law: LawReader, span: LeaveSpan) -> tuple[list[Reason], tuple[str, ...]]:
    """Subsidies barred together with this one: the 육아휴직 지원금 특례 (for the whole period) and
    업무분담 지원금 (same leave and period). See knowledge.exclusions."""
    reasons, ids = [], []
    if span.kind == PARENTAL_LEAVE and special_case(case, law, span):
        reasons.append(exclusion_reason("parental_leave_subsidy", "특례를 받으면 이 근로자의 휴직 기간 전체에 대체인력 지원 없음",
                                        law.source(f"{PREFIX}.excluded_after_special", span.start)))
        ids.append("parental_leave_subsidy")
    key = "work_sharing_subsidy.excludes_replacement_same_leave"
    if span.kind != MATERNITY_LEAVE and law.defined_on(key, span.start):
        reasons.append(exclusion_reason("work_sharing_subsidy", "같은 휴직·기간", law.source(key, span.start)))
        ids.append("work_sharing_subsidy")
    return reasons, tuple(ids)


def _child_check(case: Case, law: LawReader, span: LeaveSpan) -> Answer:
    if span.kind == PARENTAL_LEAVE:
        return parental_leave_child(case, law, span.start)
    if span.kind == REDUCED_HOURS:
        return reduced_hours_child(case, law, span.start)
    return Answer(True)


def _size(case: Case, law: LawReader, span: LeaveSpan) -> Answer:
    """30인 미만/이상 (휴가·휴직만 규모별 금액)."""
    return Answer(True) if span.kind == REDUCED_HOURS else small_firm(case, law, span.start)


def _size_known(case: Case, law: LawReader, span: LeaveSpan) -> Answer:
    """The size band is a fact to know, not a condition: both bands are paid."""
    size = _size(case, law, span)
    return size if size.value is None else Answer(True, size.reason)


def _wage_floor(case: Case, law: LawReader, on: date) -> Answer:
    """대체인력 월평균 보수가 하한 미만이면 제외 (지급규정)."""
    wage = case.plan.replacement_monthly_wage
    floor = law.get(f"{PREFIX}.min_replacement_wage", on)
    if wage is None or wage >= floor:
        return Answer(True)
    return Answer(False, Reason(f"대체인력 월 보수 {wage:,}원이 {floor:,}원 미만이라 지원 대상이 아니에요", law.source(f"{PREFIX}.min_replacement_wage", on)))


def wanted_handover_months(case: Case, law: LawReader, span: LeaveSpan) -> int:
    """인수인계 기간: 휴직 전 최대 2개월 (계획이 없으면 최대로 가정), whole months."""
    maximum = law.get(f"{PREFIX}.max_months_before", span.start)
    planned = case.plan.replacement_hire_months_before
    return int(maximum if planned is None else min(planned, maximum))


def handover_months(case: Case, law: LawReader, span: LeaveSpan) -> int:
    """The handover months that fall inside the modelled period (coverage.modelled_from).

    Earlier months are left out rather than guessed; a note says so.
    """
    months = wanted_handover_months(case, law, span)
    first = date.fromisoformat(law.get("coverage.modelled_from", span.start))
    while months and add_months(span.start, -months) < first:
        months -= 1
    return months


def after_return_months(case: Case, law: LawReader, span: LeaveSpan) -> float:
    """육아휴직 복귀 후 지원 개월 (2026-01-01부터 최대 1개월; 복귀일의 법 기준)."""
    if span.kind != PARENTAL_LEAVE:
        return 0
    maximum = law.get(f"{PREFIX}.max_months_after_return", add_days(span.end, 1))
    planned = case.plan.replacement_kept_months_after
    return maximum if planned is None else min(planned, maximum)


def _tier_amount(law: LawReader, span: LeaveSpan, small: bool | None) -> Callable[[date], int]:
    key = tier_key(span, small)
    return lambda day: law.get(key, day)


def tier_key(span: LeaveSpan, small: bool | None) -> str:
    """The monthly amount parameter: 단축 has one amount, leave amounts depend on size."""
    if span.kind == REDUCED_HOURS:
        return f"{PREFIX}.monthly_amount_reduced_hours"
    return f"{PREFIX}.monthly_amount_leave_{'small' if small else 'large'}"


def amount_keys(case: Case, span: LeaveSpan, small: bool | None) -> tuple[str, ...]:
    """The parameters a month's amount reads (its tier, and the wage limit when a wage is given)."""
    return (tier_key(span, small),) + ((f"{PREFIX}.wage_cap_rate",) if case.plan.replacement_monthly_wage is not None else ())


def month_amount(case: Case, law: LawReader, span: LeaveSpan, small: bool | None) -> Callable[[int, date], int]:
    """Each month: the tier amount in force that month, at most 80% of the replacement's wage."""
    tier = _tier_amount(law, span, small)
    wage = case.plan.replacement_monthly_wage

    def amount(index: int, day: date) -> int:
        if wage is None:
            return tier(day)
        return min(tier(day), truncate(wage * law.get(f"{PREFIX}.wage_cap_rate", day)))
    return amount


def _reasons(case: Case, law: LawReader, span: LeaveSpan, before: float, after: float) -> list[Reason]:
    basis = law.source(f"{PREFIX}.max_months_before", span.start)
    months = f"휴직 전 {before:g}개월 + {span.label} {span.months:g}개월" + (f" + 복귀 후 {after:g}개월" if after else "")
    reasons = [Reason(f"지원 기간: {months}", basis)]
    if case.plan.replacement_monthly_wage is not None:
        rate = law.get(f"{PREFIX}.wage_cap_rate", span.start)
        reasons.append(Reason(f"매달 대체인력 임금({case.plan.replacement_monthly_wage:,}원)의 {round(rate * 100)}%까지만 지원돼요",
                              law.source(f"{PREFIX}.wage_cap_rate", span.start)))
    return reasons


def open_replacement_facts(case: Case, span: LeaveSpan) -> tuple[str, ...]:
    """Replacement plan facts the case lacks (then the months and wage limit are assumed at most)."""
    fields = ("plan.replacement_hire_months_before", "plan.replacement_kept_months_after",
              "plan.replacement_monthly_wage")
    if span.kind != PARENTAL_LEAVE:
        fields = tuple(f for f in fields if f != "plan.replacement_kept_months_after")
    return tuple(f for f in fields if getattr(case.plan, f.split(".")[1]) is None)


def _missing(case: Case, span: LeaveSpan) -> tuple[str, ...]:
    """Plan facts still open. The replacement's hiring is the employer's: a worker is not asked."""
    if case.role == "worker":
        return plan_missing(case, span)
    return plan_missing(case, span) + open_replacement_facts(case, span)


def dating_note(law: LawReader, span: LeaveSpan, small: bool | None, hire: date, months: float) -> tuple[str, ...]:
    """A note (and the grade-C parameter, hence a caveat) when the support spans an amount change."""
    key = tier_key(span, small)
    last_month = add_months(hire, max(math.ceil(months) - 1, 0))
    change = law.stable_until((key,), hire)
    if change > last_month or not law.get(f"{PREFIX}.amount_dated_by_month", hire):
        return ()
    return (f"{korean_date(change)}에 지원 금액이 바뀌어, 그 전 달은 이전 금액, 그 뒤 달은 새 금액으로 "
            f"계산했어요. 채용일 기준으로 한 금액을 적용하는지는 고용노동부 고객상담센터({law.get('employment_insurance.hotline', hire)})에 확인해 주세요",)


def _notes(case: Case, law: LawReader, hire: date, dropped: bool) -> tuple[str, ...]:
    share = law.get(f"{PREFIX}.paid_during_share", hire)
    timing = ("매 3개월 전액 지급돼요(2026년 이후 채용)" if share >= 1 else
              f"{round(share * 100)}%는 매 3개월, 나머지는 휴직이 끝나고 1개월 이상 고용을 유지한 뒤 한 번에 받아요")
    cut = ("2025년 이전의 인수인계 기간은 이 안내에서 계산하지 않았어요",) if dropped else ()
    return (timing, "대체인력은 사업주의 배우자·직계 존비속이 아니어야 하고 고용보험에 가입해야 해요",
            "대체인력 채용 3개월 전부터 1년 후까지 고용조정(감원)이 있으면 받을 수 없어요",
            "국가·지자체·공공기관, 유흥·사행 업종, 체불·중대재해로 명단이 공개된 사업주는 제외돼요") + cut + worker_role_notes(case)


def evaluate(case: Case, law: LawReader) -> Decision:
    span = covered_leave(case, law)
    stop, reasons = check_requirements((
        lambda: firm_qualifies(case, law, span.start),
        lambda: _child_check(case, law, span),
        lambda: long_enough(span, law),
        lambda: _wage_floor(case, law, span.start),
        lambda: _size_known(case, law, span)), worker_role_notes(case))
    if stop:
        return stop
    small = _size(case, law, span).value
    before, after = handover_months(case, law, span), after_return_months(case, law, span)
    hire = add_months(span.start, -before)
    monthly = monthly_schedule(hire, before + span.months + after, month_amount(case, law, span, small),
                               law, amount_keys(case, span, small))
    missing = _missing(case, span)
    estimated = missing or open_replacement_facts(case, span)
    dropped = before < wanted_handover_months(case, law, span)
    barred, excludes = exclusions(case, law, span)
    return eligible(reasons + _reasons(case, law, span, before, after) + barred, missing_facts=missing, excludes=excludes,
                    benefit=subsidy_benefit(monthly, "maximum" if estimated else "plan"),
                    duration=Duration(max_months=before + span.months + after),
                    apply=employer_apply(law, span.start, span.end),
                    notes=_notes(case, law, hire, dropped) + dating_note(law, span, small, hire, before + span.months + after))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    small = law.get(f"{PREFIX}.monthly_amount_leave_small", on)
    large = law.get(f"{PREFIX}.monthly_amount_leave_large", on)
    reduced = law.get(f"{PREFIX}.monthly_amount_reduced_hours", on)
    after = law.get(f"{PREFIX}.max_months_after_return", on)
    return {
        "summary": [
            f"출산전후휴가·육아휴직 대체인력: 30인 미만 월 {small:,}원, 30인 이상 월 {large:,}원이에요. 육아기 근로시간 단축은 월 {reduced:,}원이에요.",
            f"휴직 전 최대 {law.get(f'{PREFIX}.max_months_before', on)}개월 인수인계 기간" + (f"과 육아휴직 복귀 후 {after}개월" if after else "") + "도 지원돼요.",
            f"매달 대체인력 임금의 {round(law.get(f'{PREFIX}.wage_cap_rate', on) * 100)}%까지만 지원되고, 육아휴직 지원금 특례를 받은 근로자에게는 지원되지 않아요.",
        ],
        "facts": {"monthly_amount_leave_small": small, "monthly_amount_leave_large": large,
                  "monthly_amount_reduced_hours": reduced, "max_months_after_return": after},
        "basis": SUBSIDY_ARTICLE,
    }


PROGRAM = ProgramSpec(PREFIX, "대체인력 지원금", "employer", evaluate, describe)
