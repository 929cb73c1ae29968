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

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Callable, Iterable

from knowledge.case import Case
from knowledge.common import Answer, child_within, priority_support
from knowledge.dates import add_days, add_months
from knowledge.korean_text import subject_particle
from knowledge.result import Apply, Benefit, MonthlyAmount, Reason, month_row
from knowledge.rules import Decision, LawReader, needs_info, not_eligible, truncate

SUBSIDY_ARTICLE = "고용보험법 제23조, 같은 법 시행령 제29조"
PARENTAL_LEAVE = "parental_leave"
REDUCED_HOURS = "reduced_hours"
MATERNITY_LEAVE = "maternity_leave"
LEAVE_LABELS = {PARENTAL_LEAVE: "육아휴직", REDUCED_HOURS: "육아기 근로시간 단축",
                MATERNITY_LEAVE: "출산전후휴가"}
MIDSIZE_CHECK = "중견기업 여부는 중견기업 확인서로 확인하고, 고용센터(1350)에 문의해 주세요"


@dataclass(frozen=True)
class LeaveSpan:
    """The employee's leave (or reduced hours) the subsidy is for.

    `basis` is `plan` when the case gives the length, `maximum` when the statutory length is assumed.
    """

    kind: str
    start: date
    months: float
    basis: str
    # Last day of the leave (start + months − 1 day; a fractional month counts 30 days), and days.
    end: date = field(init=False, compare=False)
    days: int = field(init=False, compare=False)

    @property
    def label(self) -> str:
        return LEAVE_LABELS[self.kind]

    def __post_init__(self) -> None:
        # End and length computed once (a plain attribute is cheaper than a cached_property,
        # which takes a lock on first use in Python 3.10): every subsidy reads them.
        whole = int(self.months)
        end = add_days(add_months(self.start, whole), round((self.months - whole) * 30) - 1)
        object.__setattr__(self, "end", end)
        object.__setattr__(self, "days", (end - self.start).days + 1)


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


SME_ACT = "중소기업기본법 제2조"


def local_sme(case: Case, law: LawReader, on: date) -> Answer:
    """「중소기업기본법」상 중소기업 여부 (local programs are for 중소기업, not 우선지원대상기업).

    Within the 우선지원 headcount the firm is taken as a 중소기업. Over it, a firm may still be a
    중소기업 by sales: the answer is open and the bot asks `company.priority_support` (every
    중소기업 is a 우선지원대상기업, so a 'no' there means 'not a 중소기업').
    """
    answer = priority_support(case, law, on)
    if answer.value is not False:
        return answer
    if case.company.priority_support is False:
        return Answer(False, Reason("「중소기업기본법」상 중소기업만 참여할 수 있어요(대규모기업이라고 알려 주셨어요)", SME_ACT))
    return Answer(None, Reason("상시근로자 수가 우선지원 인원 기준을 넘지만, 「중소기업기본법」상 중소기업(매출액 기준 등)이면 "
                               "참여할 수 있어요. 중소기업 확인서로 확인해 주세요", SME_ACT),
                  missing=("company.priority_support",))


def check_requirements(checks: Iterable[Callable[[], Answer]],
                       notes: tuple[str, ...] = ()) -> tuple[Decision | None, list[Reason]]:
    """Run yes/no requirements in order: the first failed one decides `not_eligible`; unknown ones
    are collected into one `needs_info` (missing facts in the order asked). Otherwise (None, reasons).
    """
    reasons: list[Reason] = []
    missing: list[str] = []
    for check in checks:
        answer = check()
        if answer.value is False:
            return not_eligible([answer.reason] if answer.reason else [], notes=notes), reasons
        missing += [fact for fact in answer.missing if fact not in missing]
        if answer.reason:
            reasons.append(answer.reason)
    if missing:
        return needs_info(missing, reasons, notes=notes), reasons
    return None, reasons


def small_firm(case: Case, law: LawReader, on: date) -> Answer:
    """30인 미만 여부: 2026년부터 대체인력·업무분담 지원금이 규모별로 달라요."""
    below = law.get("employer_subsidy.small_firm_headcount_below", on)
    basis = law.source("employer_subsidy.small_firm_headcount_below", on)
    headcount = case.company.headcount
    if headcount is None:
        return Answer(None, missing=("company.headcount",))
    small = headcount < below
    return Answer(small, Reason(f"상시근로자 {headcount}명: {below}인 {'미만' if small else '이상'} 기업 금액이 적용돼요", basis))


def parental_leave_span(case: Case, law: LawReader) -> LeaveSpan:
    """The planned 육아휴직; without a plan, the full statutory 1년 from `as_of` (basis `maximum`)."""
    return law.memo(("parental_leave_span", id(case)), lambda reader: _parental_leave_span(case, reader))


def _parental_leave_span(case: Case, law: LawReader) -> LeaveSpan:
    plan = case.plan
    start = plan.parental_leave_start or case.as_of
    if plan.parental_leave_months is None:
        return LeaveSpan(PARENTAL_LEAVE, start, law.get("parental_leave.period_months", start), "maximum")
    return LeaveSpan(PARENTAL_LEAVE, start, plan.parental_leave_months, "plan")


def reduced_hours_span(case: Case, law: LawReader) -> LeaveSpan:
    """The planned 근로시간 단축; without a plan, the basic 1년 from `as_of` (basis `maximum`)."""
    plan = case.plan
    start = plan.reduced_hours_start or case.as_of
    if plan.reduced_hours_months is None:
        return LeaveSpan(REDUCED_HOURS, start, law.get("childcare_reduced_hours.base_months", start), "maximum")
    return LeaveSpan(REDUCED_HOURS, start, plan.reduced_hours_months, "plan")


PLAN_FIELDS = {PARENTAL_LEAVE: ("plan.parental_leave_months", "plan.parental_leave_start"),
               REDUCED_HOURS: ("plan.reduced_hours_months", "plan.reduced_hours_start"),
               MATERNITY_LEAVE: ("plan.maternity_leave_start",)}
LEAVE_PLAN_FIELDS = ("parental_leave_months", "parental_leave_start", "reduced_hours_months",
                     "reduced_hours_start", "reduced_weekly_hours", "maternity_leave_start")


def has_leave_plan(case: Case) -> bool:
    """Whether the case plans any leave or reduction at all."""
    return any(getattr(case.plan, name) is not None for name in LEAVE_PLAN_FIELDS)


def plan_missing(case: Case, span: LeaveSpan) -> tuple[str, ...]:
    """Plan fields that would turn a `maximum` estimate into the employee's own plan.

    Asked when this kind of leave is partly planned, or when nothing is planned yet; not when
    the case plans another kind of leave (then this program is only a what-if).
    """
    fields = PLAN_FIELDS[span.kind]
    missing = tuple(f for f in fields if getattr(case.plan, f.split(".")[1]) is None)
    partly_planned = len(missing) < len(fields) or (
        span.kind == REDUCED_HOURS and case.plan.reduced_weekly_hours is not None)
    if partly_planned or not has_leave_plan(case):
        return missing
    return ()


def maternity_span(case: Case, law: LawReader) -> LeaveSpan | None:
    """The planned 출산전후휴가 (90일, 다태아 120일, counted as whole months for the subsidy)."""
    start = case.plan.maternity_leave_start
    if start is None:
        return None
    multiple = bool(case.pregnancy and case.pregnancy.multiple)
    months = law.get("employer_subsidy.maternity_leave_months", start)["multiple" if multiple else "single"]
    return LeaveSpan(MATERNITY_LEAVE, start, months, "plan")


def long_enough(span: LeaveSpan, law: LawReader) -> Answer:
    """지원 요건: 휴직·단축을 30일 이상 허용 (시행령 제29조); once per evaluation and span."""
    return law.memo(("long_enough", span), lambda reader: _long_enough(span, reader))


def _long_enough(span: LeaveSpan, law: LawReader) -> Answer:
    minimum = law.get("employer_subsidy.min_use_days", span.start)
    basis = law.source("employer_subsidy.min_use_days", span.start)
    if span.days >= minimum:
        return Answer(True, Reason(f"{span.label} {span.days}일({minimum}일 이상)을 허용해요", basis))
    return Answer(False, Reason(f"{span.label}{subject_particle(span.label)} {span.days}일로 {minimum}일에 못 미쳐 지원 대상이 아니에요", basis))


monthly_row = month_row  # shared immutable rows (see knowledge.result)


@lru_cache(maxsize=1024)
def month_starts(start: date, count: int) -> tuple[date, ...]:
    """First days of `count` consecutive support months (shared by every subsidy of a case)."""
    return tuple(add_months(start, index) for index in range(count))


def monthly_schedule(start: date, months: float, amount_on: Callable[[int, date], int],
                     law: LawReader | None = None, keys: tuple[str, ...] = ()) -> tuple[MonthlyAmount, ...]:
    """One row per month of support; each month at the law in force on its first day.

    A final part month is paid pro rata (30 days = 1 month), rounded down to the won. When the
    amount depends only on the parameters `keys` (not on the month's rank), it is computed once
    per law period (`LawReader.stable_until`) instead of once per month.
    """
    whole = int(months)
    days = month_starts(start, whole + 1)
    amounts: list[int] = []
    valid_until = start
    for index in range(whole + (1 if months > whole else 0)):
        if law is None or days[index] >= valid_until:
            amount = amount_on(index + 1, days[index])
            valid_until = law.stable_until(keys, days[index]) if law is not None else valid_until
        amounts.append(amount)
    rows = [monthly_row(index + 1, amounts[index]) for index in range(whole)]
    if months > whole:
        rows.append(monthly_row(whole + 1, truncate(amounts[whole] * (months - whole)), "일할 계산"))
    return tuple(rows)


def employer_apply(law: LawReader, start: date, end: date, steps: tuple[str, ...] = (),
                   form: str = "출산육아기 고용안정장려금 지급신청서") -> Apply:
    """사업주 지원금 신청: 시작 1개월 후부터 3개월 단위, 종료 후 12개월 이내 (지급규정).

    Several subsidies of one case cover the same leave: built once per evaluation (LawReader.memo).
    """
    return law.memo(("employer_apply", start, end, steps, form),
                    lambda reader: _employer_apply(reader, start, end, steps, form))


def _employer_apply(law: LawReader, start: date, end: date, steps: tuple[str, ...], form: str) -> Apply:
    on = start
    return Apply(
        where=law.get("employment_insurance.employer_channel", on),
        from_date=add_months(start, law.get("employer_subsidy.claim_from_months_after_start", on)),
        until=add_months(end, law.get("employer_subsidy.claim_until_months_after_end", on)),
        steps=steps + (f"3개월 단위로 {form}를 내요",
                       f"궁금한 점은 고용노동부 고객상담센터({law.get('employment_insurance.hotline', on)})"),
    )


def service_apply(law: LawReader, on: date, where_key: str, steps: tuple[str, ...] = ()) -> Apply:
    """Where a service or local program is reached; no statutory window (dates stay empty)."""
    return Apply(where=law.get(where_key, on), steps=steps)


def parental_leave_child(case: Case, law: LawReader, on: date) -> Answer:
    """육아휴직을 쓸 수 있는 자녀인지: 만 8세·초2 이하 자녀, 또는 임신 중인 근로자 (남녀고용평등법 제19조①)."""
    child = case.youngest_child
    pregnancy = case.pregnancy
    if (child is None or child.birth_date is None) and pregnancy is not None and not pregnancy.ended \
            and case.worker.gender != "male":
        return Answer(True, Reason("임신 중인 근로자의 육아휴직이에요", law.source("parental_leave.child_max_age_years", on)))
    return child_within(child, on, law, "parental_leave.child_max_age_years", "parental_leave.child_max_school_grade")


def reduced_hours_child(case: Case, law: LawReader, on: date) -> Answer:
    """육아기 근로시간 단축을 쓸 수 있는 자녀인지 (남녀고용평등법 제19조의2①: 2025-02-23부터 만 12세·초6 이하)."""
    return child_within(case.youngest_child, on, law, "childcare_reduced_hours.child_max_age_years",
                        "childcare_reduced_hours.child_max_school_grade")


def subsidy_benefit(monthly: tuple[MonthlyAmount, ...], basis: str) -> Benefit:
    """사업주 지원금: paid by 고용보험 to the employer."""
    return Benefit("고용보험(사업주 지원금)", monthly, sum(m.amount for m in monthly), basis)


def prior_work(case: Case, law: LawReader, on: date, prefix: str, check_tenure: bool = True) -> Answer:
    """워라밸일자리 장려금 공통 요건: 시작 전 계속근로 N개월 이상, 주 35시간 이상 근무."""
    min_tenure = law.get(f"{prefix}.min_prior_tenure_months", on)
    min_hours = law.get(f"{prefix}.min_prior_weekly_hours", on)
    basis = law.source(f"{prefix}.min_prior_weekly_hours", on)
    tenure, hours = case.worker.tenure_months, case.worker.weekly_hours
    missing = tuple(f for f, v in (("worker.tenure_months", tenure if check_tenure else 0),
                                   ("worker.weekly_hours", hours)) if v is None)
    if check_tenure and tenure is not None and tenure < min_tenure:
        return Answer(False, Reason(f"근속 {tenure:g}개월로 {min_tenure}개월에 못 미쳐요", basis))
    if hours is not None and hours < min_hours:
        return Answer(False, Reason(f"지금 주 {hours:g}시간 근무라 주 {min_hours}시간 이상 요건에 못 미쳐요", basis))
    if missing:
        return Answer(None, missing=missing)
    return Answer(True, Reason(f"주 {min_hours}시간 이상 근무" + (f", 근속 {min_tenure}개월 이상" if check_tenure else "") + " 요건을 갖췄어요", basis))
