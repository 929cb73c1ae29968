"""출산전후휴가 (근로기준법 제74조) and 출산전후휴가 급여 (고용보험법 제75조·제76조).

Who: a pregnant (or just delivered) female worker. Length 90일, 다태아 120일, and from 2025-02-23
미숙아 100일 (births on or after that day); at least 45일 (다태아 60일) must fall after the birth, so
the earliest start is 44일 (59일) before the due date. The first 60일 (다태아 75일) are paid by the
employer, less what the insurance pays (제74조④). 고용보험 pays a 우선지원대상기업's worker for the
whole leave, a 대규모기업's worker only for the days after 60 (75) (제76조①1), up to the monthly
cap in force on the leave start date. 급여 needs 피보험 단위기간 180일 by the leave's end (제75조1).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.benefits.maternity_pay import leave_pay, minimum_wage_monthly
from knowledge.case import Case
from knowledge.common import Answer, insured_enough, priority_support
from knowledge.dates import add_days
from knowledge.leave_apply import apply_info, claim_period, penalty_facts, priority_assumed
from knowledge.result import Benefit, Duration, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, needs_info, not_eligible

ARTICLE = "근로기준법 제74조 제1항"
PAY_ARTICLE = "고용보험법 제76조 제1항 제1호"
PENALTIES = ("refuse_maternity_leave", "no_return_maternity_leave", "dismissal_maternity_leave",
             "maternity_paperwork")


def is_multiple(case: Case) -> bool:
    """다태아: 쌍둥이 이상 임신, or two children born on the same day."""
    if case.pregnancy is not None and case.pregnancy.multiple:
        return True
    child = case.youngest_child
    if child is None or child.birth_date is None:
        return False
    return sum(1 for c in case.children if c.birth_date == child.birth_date) > 1


def birth_event(case: Case) -> tuple[date | None, bool, tuple[str, ...]]:
    """The (expected) birth date, whether the child is born, or the fact still needed."""
    pregnancy = case.pregnancy
    if pregnancy is not None and not pregnancy.ended:
        if pregnancy.due_date is None:
            return None, False, ("pregnancy.due_date",)
        return pregnancy.due_date, False, ()
    child = case.youngest_child
    if child is not None and child.birth_date is not None:
        return child.birth_date, True, ()
    return None, False, ("pregnancy.due_date",)


def leave_kind(case: Case) -> str:
    """다태아 (`multiple`), 미숙아 (`premature`, once born) or 단태아 (`single`)."""
    if is_multiple(case):
        return "multiple"
    child = case.youngest_child
    if case.pregnancy is None and child is not None and child.premature:
        return "premature"
    return "single"


def leave_days(kind: str, law: LawReader, birth: date) -> tuple[int, int]:
    """(휴가 일수, 유급 일수) as in force on the birth date (미숙아 100일: births from 2025-02-23)."""
    paid_key = "paid_days_multiple" if kind == "multiple" else "paid_days_single"
    return law.get(f"maternity_leave.days_{kind}", birth), law.get(f"maternity_leave.{paid_key}", birth)


def _length_reason(kind: str, days: int, law: LawReader, birth: date) -> Reason:
    label = {"multiple": "다태아", "premature": "미숙아", "single": "단태아"}[kind]
    after_key = "post_birth_min_days_multiple" if kind == "multiple" else "post_birth_min_days"
    after = law.get(f"maternity_leave.{after_key}", birth)
    return Reason(f"{label} 출산전후휴가는 {days}일이에요(출산 후 {after}일 이상)",
                  law.source(f"maternity_leave.days_{kind}", birth))


def earliest_start(law: LawReader, birth: date, multiple: bool) -> date:
    """출산예정일 44일 전 (다태아 59일 전): the first start that leaves 45 (60) days after the birth."""
    key = "earliest_start_days_before_due_multiple" if multiple else "earliest_start_days_before_due"
    return add_days(birth, -law.get(f"maternity_leave.{key}", birth))


def born_already(case: Case) -> bool:
    return case.pregnancy is None or bool(case.pregnancy.ended)


def leave_start(case: Case, law: LawReader, birth: date, born: bool, multiple: bool) -> date:
    """Planned start, else the earliest start, not before today for a child still expected."""
    if case.plan.maternity_leave_start is not None:
        return case.plan.maternity_leave_start
    earliest = earliest_start(law, birth, multiple)
    return earliest if born else max(earliest, case.as_of)


def _who(case: Case, law: LawReader) -> Decision | None:
    """Not for a pregnancy that ended (→ 유산·사산휴가) or a male worker (→ 배우자 출산휴가)."""
    pregnancy = case.pregnancy
    if pregnancy is not None and pregnancy.ended:
        return not_eligible([Reason("임신이 유산·사산으로 끝났다면 출산전후휴가 대신 유산·사산휴가를 쓸 수 있어요",
                                    "근로기준법 제74조 제3항")])
    if case.worker.gender == "male":
        return not_eligible([Reason("출산전후휴가는 임신·출산한 근로자 본인이 써요. "
                                    "배우자라면 배우자 출산휴가를 확인해 주세요", ARTICLE)])
    return None


def _leave_over(case: Case, law: LawReader, birth: date, born: bool) -> Decision | None:
    """A birth (or a due date) longer ago than the longest leave (다태아 120일, as in force today).

    Checked with today's law before anything is read at the birth date, so an old birth never
    reaches dates the knowledge base does not model. A due date that far back cannot belong to a
    pregnancy still going on: the child's birth date is what to ask for.
    """
    longest = law.get("maternity_leave.days_multiple", case.as_of)
    if add_days(birth, longest) > case.as_of:
        return None
    if not born:
        return not_eligible([Reason(f"출산예정일({birth})부터 {longest}일이 지났어요. "
                                    "출산했다면 자녀 생년월일을 알려 주세요", ARTICLE)])
    months = law.get("employment_insurance.apply_until_months_after_end", case.as_of)
    return not_eligible([Reason(f"출산일({birth})부터 {longest}일이 지나 휴가 기간이 끝났어요. "
                                f"급여를 아직 신청하지 않았다면 휴가가 끝난 뒤 {months}개월 안에 신청할 수 있어요", ARTICLE)])


def _payer_split(case: Case, law: LawReader, start: date) -> tuple[bool, list[Reason], list[str]]:
    """우선지원대상기업 여부; unknown → computed as 우선지원 with the company facts asked."""
    priority = priority_support(case, law, start)
    reasons = [priority.reason] if priority.reason else []
    return priority.value is not False, reasons, list(priority.missing)


def _pay(case: Case, law: LawReader, start: date, days: int, paid: int, priority: bool,
         insured: Answer) -> tuple[Benefit | None, int]:
    wage = case.worker.monthly_wage
    basis = "plan" if wage is not None else "maximum"
    pay_wage = wage if wage is not None else law.get("maternity_leave.monthly_cap", start)
    pay = leave_pay(pay_wage, case.worker.weekly_hours, days, paid, priority, insured.value is not False, law, start)
    employer_cost = pay.employer_cost if wage is not None else 0
    if not pay.insurance:
        return None, employer_cost
    return Benefit("고용보험", pay.insurance, pay.insurance_total, basis), employer_cost


def _notes(case: Case, law: LawReader, birth: date, start: date, priority: bool, paid: int,
           insured: Answer) -> tuple[str, ...]:
    notes = [f"휴가 중 최초 {paid}일은 유급이에요(고용보험 급여만큼 회사 부담이 줄어요)."]
    if not priority:
        notes.append(f"대규모기업은 최초 {paid}일을 회사가 통상임금으로 주고, 나머지를 고용보험이 줘요.")
    if insured.value is False:
        required = law.get("employment_insurance.unit_period_days", start)
        notes.append(f"피보험 단위기간이 모자라도 휴가는 쓸 수 있어요. "
                     f"휴가가 끝나는 날까지 {required}일을 채우면 급여도 받을 수 있어요.")
    if case.worker.monthly_wage is None:
        notes.append("월 통상임금을 알려 주시면 정확히 계산해 드려요(지금은 상한액 기준이에요).")
    if _multiple_missing(case):
        multiple = law.get("maternity_leave.days_multiple", birth)
        notes.append(f"한 아기 기준으로 계산했어요. 쌍둥이 이상이면 {multiple}일이에요.")
    if case.pregnancy is not None:
        premature = law.get("maternity_leave.days_premature", birth)
        notes.append(f"미숙아를 낳으면 {premature}일이에요(휴가가 끝나기 전에 회사에 증빙 제출).")
    if not born_already(case) and start < earliest_start(law, birth, case.pregnancy.multiple is True):
        notes.append("출산 후 휴가가 충분히 남도록 시작일을 출산예정일에 더 가깝게 잡는 게 좋아요.")
    return tuple(notes)


def _multiple_missing(case: Case) -> list[str]:
    """A pregnancy not yet known as single or multiple: figures are for one baby (단태아) and the
    bot refines them by asking (다태아 → 120일), as it does for the wage."""
    pregnancy = case.pregnancy
    if pregnancy is not None and not pregnancy.ended and pregnancy.multiple is None:
        return ["pregnancy.multiple"]
    return []


def evaluate(case: Case, law: LawReader) -> Decision:
    excluded = _who(case, law)
    if excluded:
        return excluded
    birth, born, missing = birth_event(case)
    if birth is None or case.worker.gender is None:
        gender = ("worker.gender",) if case.worker.gender is None else ()
        return needs_info(missing + gender)
    over = _leave_over(case, law, birth, born)
    if over:
        return over
    kind = leave_kind(case)
    days, paid = leave_days(kind, law, birth)
    if born and add_days(birth, days) <= case.as_of:
        return not_eligible([Reason(f"출산일({birth})부터 {days}일이 지나 휴가 기간이 끝났어요", ARTICLE)])
    start = leave_start(case, law, birth, born, kind == "multiple")
    end = add_days(start, days - 1)
    reasons = [_length_reason(kind, days, law, birth)]
    priority, priority_reasons, missing_company = _payer_split(case, law, start)
    known = None if missing_company else priority
    insured = insured_enough(case, law, end)
    reasons += priority_reasons + ([insured.reason] if insured.reason else [])
    benefit, employer_cost = _pay(case, law, start, days, paid, priority, insured)
    benefit, assumed = priority_assumed(benefit, known)
    claim_from, claim_until = claim_period(law, start if priority else add_days(start, paid), end, start)
    wage_missing = ["worker.monthly_wage"] if case.worker.monthly_wage is None else []
    missing_all = missing_company + list(insured.missing) + wage_missing + _multiple_missing(case)
    return Decision("eligible", tuple(reasons), tuple(missing_all), benefit=benefit, employer_cost=employer_cost,
                    duration=Duration(max_days=days, paid_days=paid),
                    apply=apply_info(law, "maternity_leave", start, claim_from, claim_until),
                    notes=_notes(case, law, birth, start, priority, paid, insured) + assumed)


def _values(law: LawReader, on: date) -> dict[str, Any]:
    """The figures a direct answer quotes, by name."""
    names = ("days_single", "days_premature", "days_multiple", "paid_days_single", "paid_days_multiple",
             "post_birth_min_days", "post_birth_min_days_multiple", "monthly_cap", "days_per_month")
    values = {name: law.get(f"maternity_leave.{name}", on) for name in names}
    values["monthly_floor"] = minimum_wage_monthly(None, law, on)
    values["insured_days"] = law.get("employment_insurance.unit_period_days", on)
    values["claim_from"] = law.get("employment_insurance.apply_from_months_after_start", on)
    values["claim_until"] = law.get("employment_insurance.apply_until_months_after_end", on)
    return values


def describe(law: LawReader, on: date) -> dict[str, Any]:
    v = _values(law, on)
    return {
        "summary": [
            f"출산전후휴가는 {v['days_single']}일이에요(다태아 {v['days_multiple']}일, 미숙아 {v['days_premature']}일). "
            f"출산 후 {v['post_birth_min_days']}일(다태아 {v['post_birth_min_days_multiple']}일) 이상이 남도록 써야 해요.",
            f"최초 {v['paid_days_single']}일(다태아 {v['paid_days_multiple']}일)은 유급이에요. 우선지원대상기업은 고용보험이 "
            f"휴가 전체를, 대규모기업은 회사가 {v['paid_days_single']}일·고용보험이 나머지를 줘요.",
            f"고용보험 급여는 월 통상임금 기준, {v['days_per_month']}일에 {v['monthly_cap']:,}원까지예요"
            f"(하한 최저임금 {v['monthly_floor']:,}원).",
            f"피보험 단위기간 {v['insured_days']}일이 필요하고, 휴가 시작 {v['claim_from']}개월 뒤부터 "
            f"끝난 뒤 {v['claim_until']}개월 안에 고용24에서 신청해요.",
        ],
        "facts": {"days": v["days_single"], "days_multiple": v["days_multiple"], "days_premature": v["days_premature"],
                  "paid_days": v["paid_days_single"], "paid_days_multiple": v["paid_days_multiple"],
                  "monthly_cap": v["monthly_cap"], "monthly_floor": v["monthly_floor"],
                  "penalties": penalty_facts(law, PENALTIES, on)},
        "basis": f"{ARTICLE}; {PAY_ARTICLE}",
    }


PROGRAM = ProgramSpec("maternity_leave", "출산전후휴가", "worker", evaluate, describe)
