"""Rules shared by the employer subsidies and support services.

출산육아기 고용안정장려금 (고용보험법 제23조, 시행령 제29조) and 워라밸일자리 장려금 (고용보험법
제25조 area) are paid to 우선지원대상기업 (some also to 중견기업) for one employee's leave or
reduced hours. This module answers the questions they share: does the firm qualify, which leave
does the case plan, how long does it last, which size band applies, and when to claim.

An employer case (role=employer) describes one employee plus the company. For a worker case the
same programs are evaluated on the same facts and shown as information for the worker's
employer (a note says so): the worker cannot apply, but can tell the company.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Callable

from knowledge.case import Case
from knowledge.common import Answer, priority_support
from knowledge.dates import add_days, add_months
from knowledge.result import Apply, MonthlyAmount, Reason
from knowledge.rules import Decision, LawReader, needs_info, not_eligible, truncate

SUBSIDY_ARTICLE = "고용보험법 제23조, 같은 법 시행령 제29조"
PARENTAL_LEAVE = "parental_leave"
REDUCED_HOURS = "reduced_hours"
MATERNITY_LEAVE = "maternity_leave"
LEAVE_LABELS = {PARENTAL_LEAVE: "육아휴직", REDUCED_HOURS: "육아기 근로시간 단축",
                MATERNITY_LEAVE: "출산전후휴가"}
MIDSIZE_CHECK = "중견기업 여부는 중견기업정보마루(midfirm.kr)의 중견기업 확인서로 확인할 수 있어요"


@dataclass(frozen=True)
class LeaveSpan:
    """The employee's leave (or reduced hours) the subsidy is for.

    `basis` is `plan` when the case gives the length, `maximum` when the statutory length is assumed.
    """

    kind: str
    start: date
    months: float
    basis: str

    @property
    def label(self) -> str:
        return LEAVE_LABELS[self.kind]

    @property
    def end(self) -> date:
        """Last day of the leave (start + months − 1 day; a fractional month counts 30 days)."""
        whole = int(self.months)
        return add_days(add_months(self.start, whole), round((self.months - whole) * 30) - 1)

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


def worker_role_notes(case: Case) -> tuple[str, ...]:
    """A worker sees employer programs as information to pass on to the company."""
    if case.role == "worker":
        return ("회사(사업주)가 신청해서 받는 지원이에요. 회사 인사담당자에게 알려 주세요.",)
    return ()


def firm_qualifies(case: Case, law: LawReader, on: date, midsize_ok: bool = False) -> Answer:
    """우선지원대상기업 요건 (고용보험법 시행령 제12조); `midsize_ok` programs also take 중견기업.

    Over the headcount threshold a firm may still be a 중소기업 (common note) or, for programs
    that take 중견기업, a 중견기업: then the answer is open and the bot asks `company.priority_support`.
    """
    answer = priority_support(case, law, on)
    if answer.value is not False or not midsize_ok:
        return answer
    basis = law.source("enterprise.priority_support_headcount", on)
    if case.company.priority_support is False:
        return Answer(False, Reason(f"우선지원대상기업이 아니면 중견기업일 때만 받을 수 있어요. {MIDSIZE_CHECK}", basis))
    return Answer(None, Reason(f"인원 기준으로는 우선지원대상기업이 아니지만, 중소기업이나 중견기업이면 받을 수 있어요. {MIDSIZE_CHECK}", basis),
                  missing=("company.priority_support",))


def gate(answer: Answer, notes: tuple[str, ...] = ()) -> Decision | None:
    """The decision when a yes/no requirement fails or is unknown; None when it is met."""
    reasons = [answer.reason] if answer.reason else []
    if answer.value is None:
        return needs_info(answer.missing, reasons, notes=notes)
    if answer.value is False:
        return not_eligible(reasons, notes=notes)
    return None


def small_firm(case: Case, law: LawReader, on: date) -> Answer:
    """30인 미만 여부: 2026년부터 대체인력·업무분담 지원금이 규모별로 달라요."""
    below = law.get("employer_subsidy.small_firm_headcount_below", on)
    basis = law.source("employer_subsidy.small_firm_headcount_below", on)
    headcount = case.company.headcount
    if headcount is None:
        return Answer(None, missing=("company.headcount",))
    small = headcount < below
    return Answer(small, Reason(f"상시근로자 {headcount}명: {below}인 {'미만' if small else '이상'} 기업 금액이 적용돼요", basis))


def parental_leave_span(case: Case, law: LawReader) -> LeaveSpan | None:
    """The planned 육아휴직, or None when the case plans none."""
    plan = case.plan
    if plan.parental_leave_months is None and plan.parental_leave_start is None:
        return None
    start = plan.parental_leave_start or case.as_of
    if plan.parental_leave_months is None:
        return LeaveSpan(PARENTAL_LEAVE, start, law.get("parental_leave.period_months", start), "maximum")
    return LeaveSpan(PARENTAL_LEAVE, start, plan.parental_leave_months, "plan")


def reduced_hours_span(case: Case, law: LawReader) -> LeaveSpan | None:
    """The planned 근로시간 단축, or None when the case plans none."""
    plan = case.plan
    if plan.reduced_hours_months is None and plan.reduced_hours_start is None and plan.reduced_weekly_hours is None:
        return None
    start = plan.reduced_hours_start or case.as_of
    if plan.reduced_hours_months is None:
        return LeaveSpan(REDUCED_HOURS, start, law.get("employer_subsidy.default_reduced_hours_months", start), "maximum")
    return LeaveSpan(REDUCED_HOURS, start, plan.reduced_hours_months, "plan")


def maternity_span(case: Case, law: LawReader) -> LeaveSpan | None:
    """The planned 출산전후휴가 (90일, 다태아 120일, counted as whole months for the subsidy)."""
    start = case.plan.maternity_leave_start
    if start is None:
        return None
    multiple = bool(case.pregnancy and case.pregnancy.multiple)
    months = law.get("employer_subsidy.maternity_leave_months", start)["multiple" if multiple else "single"]
    return LeaveSpan(MATERNITY_LEAVE, start, months, "plan")


def long_enough(span: LeaveSpan, law: LawReader) -> Answer:
    """지원 요건: 휴직·단축을 30일 이상 허용 (시행령 제29조)."""
    minimum = law.get("employer_subsidy.min_use_days", span.start)
    basis = law.source("employer_subsidy.min_use_days", span.start)
    if span.days >= minimum:
        return Answer(True, Reason(f"{span.label} {span.days}일({minimum}일 이상)을 허용해요", basis))
    return Answer(False, Reason(f"{span.label}이 {span.days}일로 {minimum}일에 못 미쳐 지원 대상이 아니에요", basis))


def monthly_schedule(start: date, months: float, amount_on: Callable[[int, date], int]) -> tuple[MonthlyAmount, ...]:
    """One row per month of support; each month at the law in force on its first day.

    A final part month is paid pro rata (30 days = 1 month), rounded down to the won.
    """
    whole = int(months)
    rows = [MonthlyAmount(index + 1, amount_on(index + 1, add_months(start, index))) for index in range(whole)]
    fraction = months - whole
    if fraction > 0:
        full = amount_on(whole + 1, add_months(start, whole))
        rows.append(MonthlyAmount(whole + 1, truncate(full * fraction), "일할 계산"))
    return tuple(rows)


def employer_apply(law: LawReader, start: date, end: date, steps: tuple[str, ...] = ()) -> Apply:
    """사업주 지원금 신청: 시작 1개월 후부터 3개월 단위, 종료 후 12개월 이내 (지급규정)."""
    on = start
    return Apply(
        where=law.get("employment_insurance.employer_channel", on),
        from_date=add_months(start, law.get("employer_subsidy.claim_from_months_after_start", on)),
        until=add_months(end, law.get("employer_subsidy.claim_until_months_after_end", on)),
        steps=steps + ("3개월 단위로 출산육아기 고용안정장려금 지급신청서를 내요",
                       f"궁금한 점은 고용노동부 고객상담센터({law.get('employment_insurance.hotline', on)})"),
    )


def service_apply(law: LawReader, on: date, where_key: str, steps: tuple[str, ...] = ()) -> Apply:
    """Where a service or local program is reached; no statutory window (dates stay empty)."""
    return Apply(where=law.get(where_key, on), steps=steps)
