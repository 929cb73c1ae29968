"""육아휴직 (남녀고용평등법 제19조) and its 급여 (고용보험법 제70조, 시행령 제95조).

Who: a worker raising a child 만 8세 이하 or 초등 2학년 이하, a pregnant worker, and from
2026-09-18 a male worker whose pregnant spouse is at risk of 유산·조산 (제19조①). Length 1년, plus
6개월 for 한부모, parents of a disabled child, or when both parents each take 3개월 or more
(제19조②, from 2025-02-23). The employer may refuse only if the worker has served under 6개월
(시행령 제10조). 급여 needs 피보험 단위기간 180일 (고용보험법 제70조①).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.benefits.parental_leave_pay import GENERAL, SINGLE_PARENT, SIX_PLUS_SIX, PayRule, schedule
from knowledge.case import Case
from knowledge.common import Answer, benefit_window, child_within, insured_enough
from knowledge.dates import add_days, add_months, age_in_months
from knowledge.korean_text import korean_date
from knowledge.result import Benefit, Duration, Reason
from knowledge.rules import Decision, LawReader, PayBasis, ProgramSpec, eligible, needs_info, not_eligible

ARTICLE = "남녀고용평등법 제19조 제1항"
SPOUSE_PREGNANCY = "parental_leave_spouse_pregnancy.in_force"


def leave_start(case: Case) -> date:
    return case.plan.parental_leave_start or case.as_of


def _spouse_is_pregnant(case: Case) -> bool:
    return case.worker.gender == "male" and case.pregnancy is not None and not case.pregnancy.ended


def _pregnancy_ground(case: Case, law: LawReader, on: date) -> Answer:
    """임신 중인 근로자 본인, 또는 (2026-09-18부터) 유산·조산 위험이 있는 임신한 배우자를 돌보는 남성 근로자."""
    pregnancy = case.pregnancy
    if pregnancy is None or pregnancy.ended:
        return Answer(False)
    if case.worker.gender == "female":
        return Answer(True, Reason("임신 중인 근로자는 육아휴직을 쓸 수 있어요(분할 횟수에 포함 안 돼요)", ARTICLE))
    if case.worker.gender is None:
        return Answer(None, missing=("worker.gender",))
    if not law.get("parental_leave_spouse_pregnancy.in_force", on):
        return Answer(False, Reason(f"배우자 임신 중 남성 육아휴직은 {korean_date(law.stable_until((SPOUSE_PREGNANCY,), on))}부터 가능해요", law.source(SPOUSE_PREGNANCY, on)))
    basis = law.source("parental_leave_spouse_pregnancy.in_force", on)
    if pregnancy.high_risk is None:
        return Answer(None, missing=("pregnancy.high_risk",))
    if pregnancy.high_risk:
        return Answer(True, Reason("유산·조산 위험이 있는 임신한 배우자를 돌보기 위한 육아휴직이에요", basis))
    return Answer(False, Reason("배우자 임신 중 남성 육아휴직은 유산·조산 위험 진단이 있을 때만 쓸 수 있어요", basis))


def _who_qualifies(case: Case, law: LawReader, on: date) -> Answer:
    by_pregnancy = _pregnancy_ground(case, law, on)
    if by_pregnancy.value:
        return by_pregnancy
    if not case.children and case.pregnancy is not None:
        if by_pregnancy.reason or by_pregnancy.missing:
            return by_pregnancy
        # An ended pregnancy is no ground; only a child can be, whatever the gender.
        return Answer(None, missing=("children[0].birth_date",) if case.worker.gender else ("worker.gender",))
    return child_within(case.youngest_child, on, law, "parental_leave.child_max_age_years",
                        "parental_leave.child_max_school_grade")


def extension_applies(case: Case, law: LawReader, start: date) -> Reason | None:
    """1년 6개월로 늘어나는 경우 (제19조②); once per evaluation and start date (see _extension)."""
    return law.memo(("parental_leave.extension", id(case), start), lambda reader: _extension(case, reader, start))


def _extension(case: Case, law: LawReader, start: date) -> Reason | None:
    """1년 6개월로 늘어나는 경우 (제19조②): 한부모, 장애아동 부모, 부모 각각 3개월 이상.

    Read at the last day of the basic 1년 from `start`: the extension also covers a leave already
    in progress when it took effect (부칙 제20521호 제4조), e.g. one started in January 2025.
    """
    on = add_days(add_months(start, law.get("parental_leave.period_months", start)), -1)
    extra = law.get("parental_leave.extension_months", on)
    if not extra:
        return None
    basis = law.source("parental_leave.extension_months", on)
    child = case.youngest_child
    if case.worker.single_parent:
        return Reason(f"한부모는 {extra}개월을 더 쓸 수 있어요", basis)
    if child is not None and child.disabled:
        return Reason(f"장애아동의 부모는 {extra}개월을 더 쓸 수 있어요", basis)
    minimum = law.get("parental_leave.extension_min_months_each_parent", on)
    planned = case.plan.parental_leave_months
    # The worker's own months count every block for the child: those already used plus the plan.
    own = None if planned is None else planned + (case.worker.parental_leave_used_months or 0)
    spouse = case.spouse.parental_leave_months or 0
    if spouse >= minimum and (own is None or own >= minimum):
        return Reason(f"부모가 각각 {minimum}개월 이상 쓰면 각자 {extra}개월을 더 쓸 수 있어요", basis)
    return None


def entitlement_months(case: Case, law: LawReader, on: date) -> float:
    extension = extension_applies(case, law, on)
    base = law.get("parental_leave.period_months", on)
    return base + law.get("parental_leave.extension_months", add_days(add_months(on, base), -1)) if extension else base


def pay_rule(case: Case, law: LawReader, start: date, months: float) -> tuple[PayRule, Reason | None]:
    """한부모 특례 or 6+6 (시행령 제95조의3), else the general rule."""
    if case.worker.single_parent:
        return PayRule(SINGLE_PARENT), Reason(
            "한부모 육아휴직 급여 특례가 적용돼요(1~3개월 상한 상향)", law.source("parental_leave.single_parent_cap_months_1_3", start))
    common = six_plus_six_common_months(case, law, start, months)
    if common:
        return PayRule(SIX_PLUS_SIX, common), Reason(
            f"6+6 부모육아휴직제: 두 분이 함께 쓰는 {common}개월은 특례 상한이 적용돼요", law.source("parents_6plus6.monthly_caps", start))
    return PayRule(GENERAL), None


def six_plus_six_common_months(case: Case, law: LawReader, start: date, months: float) -> int:
    """6+6이 적용되는 개월 수: 두 부모 모두 생후 18개월 이내에 시작한 경우, 겹치는 개월(최대 6)."""
    spouse_months = case.spouse.parental_leave_months or 0
    child = case.youngest_child
    if not spouse_months or child is None or child.birth_date is None:
        return 0
    limit = law.get("parents_6plus6.child_max_age_months", start)
    spouse_start = case.spouse.parental_leave_start or start
    if age_in_months(child.birth_date, start) >= limit or age_in_months(child.birth_date, spouse_start) >= limit:
        return 0
    return common_months(case, law, start, months)


def common_months(case: Case, law: LawReader, start: date, months: float) -> int:
    """Months both parents have in common, counted over the worker's whole leave (earlier blocks
    included, since pay bands count every month of leave for the child), at most 6."""
    own_total = (case.worker.parental_leave_used_months or 0) + months
    return int(min(own_total, case.spouse.parental_leave_months or 0, law.get("parents_6plus6.max_months", start)))


def leave_months(case: Case, law: LawReader, start: date) -> tuple[float, str]:
    remaining = entitlement_months(case, law, start) - (case.worker.parental_leave_used_months or 0)
    planned = case.plan.parental_leave_months
    if planned is None:
        return max(remaining, 0), "maximum"
    return min(planned, max(remaining, 0)), "plan"


def _end_date(start: date, months: float) -> date:
    whole = int(months)
    end = add_months(start, whole)
    return add_days(end, round((months - whole) * 30) - 1)


def placeholder_wage(law: LawReader, start: date, rule: PayRule) -> int:
    """A 통상임금 that reaches every cap of the rule (for the maximum entitlement), read from that
    rule's own values only, so an unknown wage cites no parameter of another rule."""
    if rule.kind == SIX_PLUS_SIX:
        return max(law.get("parents_6plus6.monthly_caps", start))
    if rule.kind == SINGLE_PARENT:
        return law.get("parental_leave.single_parent_cap_months_1_3", start)
    return law.get("parental_leave.cap_months_1_3", start)


def _benefit(case: Case, law: LawReader, start: date, months: float, basis: str) -> tuple[Benefit, list[Reason]]:
    rule, reason = pay_rule(case, law, start, months)
    wage = case.worker.monthly_wage
    if wage is None:
        wage, basis = placeholder_wage(law, start, rule), "maximum"
    monthly = schedule(wage, start, months, case.worker.parental_leave_used_months or 0, law, rule)
    benefit = Benefit("고용보험", monthly, sum(m.amount for m in monthly), basis)
    return benefit, [reason] if reason else []


def evaluate(case: Case, law: LawReader) -> Decision:
    """The 육아휴직 decision, computed once per evaluation: 6+6 and the 한부모 특례 build on it."""
    return law.memo(("parental_leave", id(case)), lambda reader: _evaluate(case, reader))


def _evaluate(case: Case, law: LawReader) -> Decision:
    start = leave_start(case)
    who = _who_qualifies(case, law, start)
    if who.value is False:
        return not_eligible([who.reason] if who.reason else [])
    if who.value is None:
        return needs_info(who.missing)
    reasons = [who.reason]
    months, basis = leave_months(case, law, start)
    if months <= 0:
        return not_eligible([Reason("이 자녀에 대한 육아휴직 기간을 모두 사용했어요", law.source("parental_leave.period_months", start))])
    extension = extension_applies(case, law, start)
    if extension:
        reasons.append(extension)
    reasons += _tenure_reasons(case, law, start)
    insured = insured_enough(case, law, start)
    end = _end_date(start, months)
    duration = Duration(max_months=entitlement_months(case, law, start))
    missing = [f for f in ("worker.monthly_wage",) if case.worker.monthly_wage is None] + list(insured.missing)
    if insured.value is False:
        return eligible(reasons + [insured.reason], duration=duration,
                        notes=("휴직은 쓸 수 있지만 급여는 받을 수 없어요",))
    too_short = _too_short_for_pay(law, start, end)
    if too_short:
        return eligible(reasons + [too_short], duration=duration,
                        notes=("휴직은 쓸 수 있지만 급여는 받을 수 없어요",))
    benefit, pay_reasons = _benefit(case, law, start, months, basis)
    if insured.reason:
        pay_reasons.append(insured.reason)
    return Decision("eligible", tuple(reasons + pay_reasons), tuple(missing), benefit=benefit,
                    duration=duration, apply=benefit_window(law, start, end, start),
                    notes=_notes(case, law, start, benefit))


def _too_short_for_pay(law: LawReader, start: date, end: date) -> Reason | None:
    """급여는 육아휴직을 30일 이상 부여받아야 나와요 (고용보험법 제70조①; 단기 육아휴직은 별도)."""
    minimum = law.get("parental_leave.min_paid_leave_days", start)
    days = (end - start).days + 1
    if days >= minimum:
        return None
    return Reason(f"이번 휴직은 {days}일이라 {minimum}일 이상이어야 나오는 육아휴직 급여는 없어요",
                  law.source("parental_leave.min_paid_leave_days", start))


def _tenure_reasons(case: Case, law: LawReader, on: date) -> list[Reason]:
    minimum = law.get("parental_leave.min_tenure_months", on)
    tenure = case.worker.tenure_months
    if tenure is not None and tenure < minimum:
        return [Reason(f"계속근로 {minimum}개월 미만이면 회사가 거부할 수 있어요(급여 요건과는 별개)", law.source("parental_leave.min_tenure_months", on))]
    return []


def _notes(case: Case, law: LawReader, start: date, benefit: Benefit) -> tuple[str, ...]:
    notes = [f"회사에 휴직 시작 {law.get('parental_leave.notice_days', start)}일 전까지 신청하세요",
             f"최대 {law.get('parental_leave.splits', start)}번 나누어 쓸 수 있어요"]
    if benefit.basis == "maximum":
        notes.append("월 통상임금과 사용 기간을 알려 주시면 정확히 계산해 드려요")
    return tuple(notes)


def describe(law: LawReader, on: date) -> dict[str, Any]:
    caps = [law.get(f"parental_leave.cap_months_{band}", on) for band in ("1_3", "4_6", "7_on")]
    return {
        "summary": [
            f"만 {law.get('parental_leave.child_max_age_years', on)}세 이하 또는 초등 {law.get('parental_leave.child_max_school_grade', on)}학년 이하 자녀를 키우는 근로자가 쓸 수 있어요.",
            f"기간은 {law.get('parental_leave.period_months', on)}개월이고, 부모 모두 3개월 이상 쓰거나 한부모·장애아동 부모면 {law.get('parental_leave.extension_months', on)}개월 더 쓸 수 있어요.",
            f"급여는 월 통상임금 기준 1~3개월 100%(상한 {caps[0]:,}원), 4~6개월 100%(상한 {caps[1]:,}원), 7개월부터 80%(상한 {caps[2]:,}원)예요.",
            f"하한은 월 {law.get('parental_leave.floor', on):,}원이고, 피보험 단위기간 {law.get('employment_insurance.unit_period_days', on)}일이 필요해요.",
        ],
        "facts": {"period_months": law.get("parental_leave.period_months", on),
                  "caps": caps, "floor": law.get("parental_leave.floor", on)},
        "basis": ARTICLE,
    }


def estimate(law: LawReader, start: date, basis: PayBasis) -> Benefit:
    """급여 for the basis's 통상임금 over the basic period from `start` under the general rule
    (고용보험법 시행령 제95조 제1항): what a worker asking "얼마 나와요?" gets before the child and
    the insured period are known. 6+6 and the 한부모 특례 need the case, so they are not assumed."""
    months = law.get("parental_leave.period_months", start)
    monthly = schedule(basis.monthly_wage, start, months, 0, law, PayRule(GENERAL))
    return Benefit("고용보험", monthly, sum(m.amount for m in monthly), "plan")


PROGRAM = ProgramSpec("parental_leave", "육아휴직", "worker", evaluate, describe, estimate)
