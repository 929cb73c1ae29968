"""육아기 근로시간 단축 (남녀고용평등법 제19조의2) and 단축 급여 (고용보험법 제73조의2).

Who: a worker raising a child 만 12세 이하 or 초등 6학년 이하 (만 8세/초2 before 2025-02-23). Hours
after the cut: 15–35 a week. Length: 1년 plus 2 × the unused part of the 1-year 육아휴직 (1 × before
2025-02-23), so at most 3년; blocks of at least 1개월. The employer may refuse only on 대통령령
grounds, narrowed for requests from 2026-09-18 (대체인력 채용 불가 no longer counts). 급여 needs
≥30일 of reduction and 피보험 단위기간 180일 before the start (고용보험법 제73조의2①).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from knowledge.benefits.reduced_hours_pay import month_amount, schedule
from knowledge.case import Case
from knowledge.common import child_within, insured_enough
from knowledge.dates import add_days, add_months
from knowledge.leave_apply import apply_info, claim_period, penalty_facts
from knowledge.result import Benefit, Duration, Reason
from knowledge.rules import Decision, LawReader, PayBasis, ProgramSpec, needs_info, not_eligible, truncate

ARTICLE = "남녀고용평등법 제19조의2"
PREFIX = "childcare_reduced_hours"
PENALTIES = ("refuse_childcare_reduced_hours", "disadvantage_childcare_reduced_hours",
             "no_return_childcare_reduced_hours", "overtime_reduced_hours")


@dataclass(frozen=True)
class Hours:
    """Weekly hours before and after the cut; `assumed` names the facts filled with defaults."""

    before: float
    after: float
    assumed: tuple[str, ...]


def reduction_start(case: Case) -> date:
    return case.plan.reduced_hours_start or case.as_of


def entitlement_months(case: Case, law: LawReader, on: date) -> float:
    """1년 + multiplier × 쓰지 않은 육아휴직 (1년 중) — 제19조의2④."""
    base = law.get(f"{PREFIX}.unused_leave_base_months", on)
    unused = min(max(base - (case.worker.parental_leave_used_months or 0), 0), base)
    return law.get(f"{PREFIX}.base_months", on) + law.get(f"{PREFIX}.unused_leave_multiplier", on) * unused


def weekly_hours(case: Case, law: LawReader, on: date) -> Hours:
    """단축 전 hours (default 40) and 단축 후 hours (default: the deepest cut allowed, for a maximum)."""
    assumed = []
    full_time = law.get("minimum_wage.full_time_weekly_hours", on)
    before = case.worker.weekly_hours
    if before is None:
        before, assumed = full_time, ["worker.weekly_hours"]
    # 단축 전 '소정'근로시간 cannot exceed the statutory 40 hours (근로기준법 제50조①); hours above
    # that are overtime and do not shrink the share of the cut.
    before = min(before, full_time)
    after = case.plan.reduced_weekly_hours
    if after is None:
        after = law.get(f"{PREFIX}.min_weekly_hours", on)
        assumed.append("plan.reduced_weekly_hours")
    return Hours(before, after, tuple(assumed))


def hours_problem(hours: Hours, law: LawReader, on: date) -> Reason | None:
    """단축 후 15~35시간, and fewer hours than before (제19조의2③)."""
    low, high = law.get(f"{PREFIX}.min_weekly_hours", on), law.get(f"{PREFIX}.max_weekly_hours", on)
    basis = law.source(f"{PREFIX}.min_weekly_hours", on)
    if not low <= hours.after <= high:
        return Reason(f"단축 후 근로시간은 주 {low}시간 이상 {high}시간 이하여야 해요(계획: 주 {hours.after:g}시간)", basis)
    if hours.after >= hours.before and "plan.reduced_weekly_hours" in hours.assumed:
        return Reason(f"지금 주 {hours.before:g}시간이라 하한(주 {low}시간)보다 더 줄일 수 없어요", basis)
    if hours.after >= hours.before:
        return Reason(f"지금 주 {hours.before:g}시간보다 적게 일해야 단축이에요", basis)
    return None


def _months(case: Case, entitlement: float) -> tuple[float, str]:
    planned = case.plan.reduced_hours_months
    return (entitlement, "maximum") if planned is None else (min(planned, entitlement), "plan")


def _end(start: date, months: float) -> date:
    whole = int(months)
    return add_days(add_months(start, whole), round((months - whole) * 30) - 1)


def _benefit(case: Case, law: LawReader, hours: Hours, start: date, months: float, basis: str) -> Benefit | None:
    """단축 급여 for the plan (or the maximum); none for a reduction under 30일 (제73조의2①)."""
    if (_end(start, months) - start).days + 1 < law.get(f"{PREFIX}.min_pay_days", start):
        return None
    wage = case.worker.monthly_wage
    if wage is None or hours.assumed:
        basis = "maximum"
    if wage is None:
        wage = law.get(f"{PREFIX}.cap_first_hours", start)
    rows = schedule(wage, hours.before, hours.after, start, months, law)
    return Benefit("고용보험", rows, sum(r.amount for r in rows), basis)


def _notes(case: Case, law: LawReader, hours: Hours, start: date) -> tuple[str, ...]:
    notes = [f"단축 시작 {law.get(f'{PREFIX}.notice_days', start)}일 전까지 회사에 신청하세요.",
             f"회사가 거부할 수 있는 경우: {law.get(f'{PREFIX}.refusal_grounds', case.as_of)}. 거부는 서면으로 알려야 해요.",
             f"나누어 쓸 때 한 번에 {law.get(f'{PREFIX}.min_block_months', start)}개월 이상이에요."]
    if case.worker.monthly_wage is not None:
        paid = truncate(case.worker.monthly_wage * hours.after / hours.before)
        notes.append(f"일한 시간만큼의 임금(월 약 {paid:,}원)은 회사가 줘요.")
    if case.worker.parental_leave_used_months is None:
        notes.append("육아휴직을 쓰지 않았다고 보고 기간을 계산했어요.")
    planned, entitlement = case.plan.reduced_hours_months, entitlement_months(case, law, start)
    if planned is not None and planned > entitlement:
        notes.append(f"쓸 수 있는 기간은 최대 {entitlement:g}개월이라 그만큼만 계산했어요.")
    return tuple(notes)


def _tenure_reason(case: Case, law: LawReader, on: date) -> list[Reason]:
    if case.worker.tenure_months is None:
        return []
    minimum = law.get(f"{PREFIX}.min_tenure_months", on)
    if case.worker.tenure_months < minimum:
        return [Reason(f"계속근로 {minimum}개월 미만이면 회사가 거부할 수 있어요", law.source(f"{PREFIX}.min_tenure_months", on))]
    return []


def evaluate(case: Case, law: LawReader) -> Decision:
    start = reduction_start(case)
    child = child_within(case.youngest_child, start, law, f"{PREFIX}.child_max_age_years", f"{PREFIX}.child_max_school_grade")
    if child.value is None:
        return needs_info(child.missing)
    if not child.value:
        return not_eligible([child.reason])
    hours = weekly_hours(case, law, start)
    problem = hours_problem(hours, law, start)
    if problem:
        return not_eligible([child.reason, problem])
    entitlement = entitlement_months(case, law, start)
    months, basis = _months(case, entitlement)
    end = _end(start, months)
    insured = insured_enough(case, law, start)
    reasons = [child.reason] + _tenure_reason(case, law, start) + ([insured.reason] if insured.reason else [])
    benefit = _benefit(case, law, hours, start, months, basis) if insured.value is not False else None
    missing = insured.missing + (("worker.monthly_wage",) if case.worker.monthly_wage is None else ()) + hours.assumed
    claim_from, claim_until = claim_period(law, start, end, start)
    return Decision("eligible", tuple(reasons), missing, benefit=benefit,
                    duration=Duration(max_months=entitlement),
                    apply=apply_info(law, PREFIX, start, claim_from, claim_until),
                    notes=_notes(case, law, hours, start))


def _pay_line(law: LawReader, on: date, full: float, caps: list[int]) -> str:
    first = law.get(f"{PREFIX}.first_hours", on)
    rates = [round(law.get(f"{PREFIX}.rate_{part}_hours", on) * 100) for part in ("first", "other")]
    example = month_amount(caps[0], full, full - first, law, on)
    return (f"급여: 처음 주 {first}시간 단축분은 통상임금 {rates[0]}%(상한 {caps[0]:,}원), 나머지는 {rates[1]}%(상한 {caps[1]:,}원)를 "
            f"단축 전 시간으로 나눠 줘요. 주 {full}시간→{full - first}시간이면 월 최대 {example:,}원이에요.")


def describe(law: LawReader, on: date) -> dict[str, Any]:
    full = law.get("minimum_wage.full_time_weekly_hours", on)
    low, high = law.get(f"{PREFIX}.min_weekly_hours", on), law.get(f"{PREFIX}.max_weekly_hours", on)
    age, grade = law.get(f"{PREFIX}.child_max_age_years", on), law.get(f"{PREFIX}.child_max_school_grade", on)
    base, multiplier = law.get(f"{PREFIX}.base_months", on), law.get(f"{PREFIX}.unused_leave_multiplier", on)
    longest = base + multiplier * law.get(f"{PREFIX}.unused_leave_base_months", on)
    caps = [law.get(f"{PREFIX}.cap_first_hours", on), law.get(f"{PREFIX}.cap_other_hours", on)]
    notice = law.get(f"{PREFIX}.notice_days", on)
    return {
        "summary": [
            f"만 {age}세 이하 또는 초등 {grade}학년 이하 자녀를 키우면 주 {low}~{high}시간으로 줄여 일할 수 있어요.",
            f"기간은 {base // 12}년에 쓰지 않은 육아휴직의 {multiplier}배를 더해 최대 {longest // 12}년이에요.",
            _pay_line(law, on, full, caps),
            f"단축 시작 {notice}일 전까지 회사에 신청하고, 급여는 고용24에서 신청해요.",
        ],
        "facts": {"child_max_age_years": age, "child_max_school_grade": grade, "weekly_hours": [low, high],
                  "max_months": longest, "caps": caps, "floor": law.get(f"{PREFIX}.floor", on),
                  "refusal_grounds": law.get(f"{PREFIX}.refusal_grounds", on),
                  "penalties": penalty_facts(law, PENALTIES, on)},
        "basis": f"{ARTICLE}; 고용보험법 제73조의2",
    }


def estimate(law: LawReader, start: date, basis: PayBasis) -> Benefit | None:
    """One month's 단축 급여 from `start` for the basis's wage and weekly hours (고용보험법 제73조의2,
    시행령 제104조의2): the monthly amount a worker asking "단축하면 얼마 받아요?" gets while the
    child and the insured period are unknown. None without both hours or for a cut the law does
    not allow (단축 후 15~35시간, fewer than before: 제19조의2③)."""
    if basis.weekly_hours is None or basis.reduced_weekly_hours is None:
        return None
    before = min(basis.weekly_hours, law.get("minimum_wage.full_time_weekly_hours", start))
    hours = Hours(before, basis.reduced_weekly_hours, ())
    if hours_problem(hours, law, start) is not None:
        return None
    rows = schedule(basis.monthly_wage, hours.before, hours.after, start, 1, law)
    return Benefit("고용보험", rows, sum(r.amount for r in rows), "plan")


PROGRAM = ProgramSpec("childcare_reduced_hours", "육아기 근로시간 단축", "worker", evaluate, describe, estimate)
