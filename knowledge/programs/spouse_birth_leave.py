"""배우자 출산휴가 → 배우자 출산전후휴가 (남녀고용평등법 제18조의2) and its 급여 (고용보험법 제76조①2).

A worker whose spouse gives birth gets 20일 of paid leave (10일 before 2025-02-23), usable within
120일 after the birth (90일 before 2025-02-23) and, from 2026-09-18, also from 50일 before the due
date; up to 3 splits. The employer must pay all days. At a 우선지원대상기업 고용보험 pays 통상임금
for 20 days (5 before 2025-02-23) up to the 고시 cap and the employer pays the excess; at a
대규모기업 the employer pays everything. 급여 needs 피보험 단위기간 180일 (제75조1).

The law applied is the one in force when the leave is used: today for a child already born, the
birth (due) date for a child still expected — with the pre-birth window starting no earlier than
the day that rule took effect.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from knowledge.benefits.daily_pay import split_days
from knowledge.case import Case
from knowledge.common import insured_enough, priority_support
from knowledge.dates import add_days
from knowledge.leave_apply import apply_info, claim_period, penalty_facts, priority_assumed
from knowledge.result import Apply, Benefit, Duration, MonthlyAmount, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, needs_info, not_eligible

ARTICLE = "남녀고용평등법 제18조의2"
PAY_ARTICLE = "고용보험법 제76조 제1항 제2호"
PENALTIES = ("refuse_spouse_birth_leave", "disadvantage_spouse_birth_leave")


def birth_event(case: Case) -> tuple[date | None, bool]:
    """The expected (pregnancy.due_date) or actual (youngest child's) birth date, and whether born."""
    pregnancy = case.pregnancy
    if pregnancy is not None and not pregnancy.ended and pregnancy.due_date is not None:
        return pregnancy.due_date, False
    child = case.youngest_child
    if child is not None and child.birth_date is not None:
        return child.birth_date, True
    return None, False


def use_date(case: Case, birth: date, born: bool) -> date:
    """The day whose law governs the leave: today once born, else the expected birth date."""
    return case.as_of if born else max(case.as_of, birth)


def window_start(law: LawReader, birth: date, on: date) -> date:
    """First usable day: 출산예정일 N일 전 where that rule is already in force on that day, else the birth."""
    before = law.get("spouse_birth_leave.days_before_due", on)
    day = add_days(birth, -before)
    while day < birth and law.get("spouse_birth_leave.days_before_due", day) == 0:
        day = add_days(day, 1)
    return day


def window_end(law: LawReader, birth: date, on: date) -> date:
    """Last usable day: 출산일부터 N일 (출산일 포함이면 N−1일 뒤)."""
    days = law.get("spouse_birth_leave.days_after_birth", on)
    inclusive = law.get("spouse_birth_leave.window_includes_birth_day", on)
    return add_days(birth, days - 1 if inclusive else days)


def _who(case: Case) -> Decision | None:
    if case.worker.gender == "female" and (case.pregnancy is not None or case.children):
        return not_eligible([Reason("배우자가 출산한 근로자가 쓰는 휴가예요. 본인이 출산하면 출산전후휴가를 확인해 주세요", ARTICLE)])
    if case.pregnancy is not None and case.pregnancy.ended:
        return not_eligible([Reason("배우자가 유산·사산했다면 배우자 유산·사산휴가를 확인해 주세요", "남녀고용평등법 제18조의4")])
    return None


def _pay(case: Case, law: LawReader, on: date, days: int, priority: bool, insured: bool) -> tuple[Benefit | None, int]:
    insured_days = law.get("spouse_birth_leave.insured_days", on) if insured else 0
    cap = law.get("spouse_birth_leave.insurance_cap", on)
    wage = case.worker.monthly_wage
    if wage is None:
        benefit = Benefit("고용보험", (MonthlyAmount(1, cap, f"{insured_days}일분 상한"),), cap, "maximum")
        return (benefit if priority and insured_days else None), 0
    split = split_days(wage, days, insured_days, cap, priority, law, on)
    if not split.insurance:
        return None, split.employer
    return Benefit("고용보험", (MonthlyAmount(1, split.insurance, f"{insured_days}일분"),), split.insurance), split.employer


def _reasons(law: LawReader, on: date, days: int, start: date, end: date) -> list[Reason]:
    name = law.get("spouse_birth_leave.name", on)
    return [Reason(f"{name}는 {days}일(모두 유급)이고 {start}부터 {end}까지 쓸 수 있어요",
                   law.source("spouse_birth_leave.days", on))]


def evaluate(case: Case, law: LawReader) -> Decision:
    excluded = _who(case)
    if excluded:
        return excluded
    birth, born = birth_event(case)
    missing = (("pregnancy.due_date",) if birth is None else ()) + (("worker.gender",) if case.worker.gender is None else ())
    if missing:
        return needs_info(missing)
    on = use_date(case, birth, born)
    start = birth if born else window_start(law, birth, on)
    end = window_end(law, birth, on)
    if end < case.as_of:
        return not_eligible([Reason(f"사용 기간({end}까지)이 지났어요", law.source("spouse_birth_leave.days_after_birth", on))])
    days = law.get("spouse_birth_leave.days", on)
    priority = priority_support(case, law, on)
    insured = insured_enough(case, law, on)
    benefit, employer_cost = _pay(case, law, on, days, priority.value is not False, insured.value is not False)
    benefit, assumed = priority_assumed(benefit, priority.value)
    reasons = _reasons(law, on, days, start, end) + [r for r in (priority.reason, insured.reason) if r]
    facts = priority.missing + insured.missing + (("worker.monthly_wage",) if case.worker.monthly_wage is None else ())
    return Decision("eligible", tuple(reasons), facts, benefit=benefit, employer_cost=employer_cost,
                    duration=Duration(max_days=days, paid_days=days),
                    apply=_apply(case, law, on, start, end, benefit is not None),
                    notes=_notes(law, on, priority.value) + assumed)


def _apply(case: Case, law: LawReader, on: date, start: date, end: date, paid: bool) -> Apply:
    """급여 신청 기간 (고용보험법 제75조: 휴가 시작 1개월 후부터 끝난 날 이후 12개월 이내), with the
    usage window kept apart. The leave is taken to start as early as it can (today or the first
    usable day) and to end at the latest on the window's last day; no window without a 급여."""
    usage = apply_info(law, "spouse_birth_leave", on)
    if not paid:
        return replace(usage, usage_window=(start, end))
    claim_from, claim_until = claim_period(law, max(start, case.as_of), end, on)
    return replace(usage, from_date=claim_from, until=claim_until, usage_window=(start, end))


def _notes(law: LawReader, on: date, priority: bool | None) -> tuple[str, ...]:
    notes = [f"최대 {law.get('spouse_birth_leave.splits', on)}번 나누어 쓸 수 있어요.",
             "급여는 휴가를 시작하고 1개월 뒤부터 휴가가 끝난 뒤 12개월 안에 신청해요.",
             "휴가 일수는 근무일 기준으로 세요(주말·휴일 제외)."]
    if priority is False:
        notes.append("대규모기업은 고용보험 급여 없이 회사가 휴가 기간 임금을 전부 줘요.")
    return tuple(notes)


def describe(law: LawReader, on: date) -> dict[str, Any]:
    name = law.get("spouse_birth_leave.name", on)
    days = law.get("spouse_birth_leave.days", on)
    after = law.get("spouse_birth_leave.days_after_birth", on)
    before = law.get("spouse_birth_leave.days_before_due", on)
    window = f"출산예정일 {before}일 전부터 출산일로부터 {after}일 이내" if before else f"출산일로부터 {after}일 이내"
    cap = law.get("spouse_birth_leave.insurance_cap", on)
    return {
        "summary": [
            f"{name}는 {days}일이고 모두 유급이에요.",
            f"{window}에 써야 하고, {law.get('spouse_birth_leave.splits', on)}번까지 나누어 쓸 수 있어요.",
            f"우선지원대상기업이면 고용보험이 {law.get('spouse_birth_leave.insured_days', on)}일분 통상임금을 {cap:,}원까지 주고, 넘는 부분은 회사가 줘요. 대규모기업은 회사가 전부 줘요.",
            "휴가는 회사에 청구하고, 급여는 고용24 또는 고용센터에서 신청해요.",
        ],
        "facts": {"days": days, "paid_days": days, "days_after_birth": after, "days_before_due": before,
                  "splits": law.get("spouse_birth_leave.splits", on), "insurance_cap": cap,
                  "penalties": penalty_facts(law, PENALTIES, on)},
        "basis": f"{ARTICLE}; {PAY_ARTICLE}",
    }


PROGRAM = ProgramSpec("spouse_birth_leave", "배우자 출산(전후)휴가", "worker", evaluate, describe)
