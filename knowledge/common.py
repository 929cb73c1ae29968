"""Rules shared by several programs: 우선지원대상기업, the 180-day insurance test, children's ages,
application windows. Each returns an answer plus the reason (with its article) or the missing fact.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from knowledge.case import Case, Child
from knowledge.dates import add_months, age_in_years, school_grade
from knowledge.result import Apply, Reason
from knowledge.rules import LawReader

SME_EXCEPTION_NOTE = ("상시근로자 수가 기준을 넘어도 「중소기업기본법」상 중소기업(매출액 기준 등)이면 "
                      "우선지원대상기업이에요. 사업장 총괄카드나 1350에서 확인할 수 있어요.")


@dataclass(frozen=True)
class Answer:
    """A yes/no/unknown answer with its reason, or the facts that would decide it."""

    value: bool | None
    reason: Reason | None = None
    missing: tuple[str, ...] = ()


def priority_support(case: Case, law: LawReader, on: date) -> Answer:
    """우선지원대상기업 여부 — asked by a dozen programs per evaluation, answered once (LawReader.memo)."""
    return law.memo(("priority_support", id(case), on), lambda reader: _priority_support(case, reader, on))


def _priority_support(case: Case, law: LawReader, on: date) -> Answer:
    """우선지원대상기업 여부 (고용보험법 시행령 제12조 [별표 1]).

    `company.priority_support` overrides the headcount rule. Otherwise the firm qualifies when its
    상시근로자 수 is at most the industry's threshold. Over the threshold it may still be a
    중소기업 by sales, so the reason says so instead of a flat no.
    """
    company = case.company
    basis = law.source("enterprise.priority_support_headcount", on)
    if company.priority_support is not None:
        label = "우선지원대상기업" if company.priority_support else "대규모기업"
        return Answer(company.priority_support, Reason(f"회사가 {label}이라고 알려 주셨어요", basis))
    if company.headcount is None:
        return Answer(None, missing=("company.headcount", "company.industry"))
    thresholds: dict[str, int] = law.get("enterprise.priority_support_headcount", on)
    if company.industry is None:
        if company.headcount <= min(thresholds.values()):
            return Answer(True, Reason(f"상시근로자 {company.headcount}명: 어느 업종이든 우선지원대상기업이에요", basis))
        if company.headcount > max(thresholds.values()):
            return Answer(False, Reason(f"상시근로자 {company.headcount}명: 인원 기준으로는 대규모기업이에요. {SME_EXCEPTION_NOTE}", basis))
        return Answer(None, missing=("company.industry",))
    limit = thresholds[company.industry]
    if company.headcount <= limit:
        return Answer(True, Reason(f"상시근로자 {company.headcount}명(업종 기준 {limit}명 이하): 우선지원대상기업이에요", basis))
    return Answer(False, Reason(f"상시근로자 {company.headcount}명(업종 기준 {limit}명 초과): 인원 기준으로는 대규모기업이에요. {SME_EXCEPTION_NOTE}", basis))


def insured_enough(case: Case, law: LawReader, on: date) -> Answer:
    """피보험 단위기간 180일 이상 (고용보험법 제70조①, 제73조의2①, 제75조). Jobs are added together."""
    required = law.get("employment_insurance.unit_period_days", on)
    basis = law.source("employment_insurance.unit_period_days", on)
    days = case.worker.insured_days
    if days is None:
        return Answer(None, missing=("worker.insured_days",))
    if days >= required:
        return Answer(True, Reason(f"피보험 단위기간 {days}일(필요 {required}일 이상, 이직 전 기간 합산)", basis))
    return Answer(False, Reason(f"피보험 단위기간이 {days}일로 {required}일에 못 미쳐요(이전 직장 기간도 합산돼요)", basis))


def child_within(child: Child | None, on: date, law: LawReader, max_age_key: str,
                 max_grade_key: str) -> Answer:
    """자녀가 만 N세 이하 또는 초등 M학년 이하인지 (한쪽만 충족해도 대상); once per evaluation and question."""
    key = ("child_within", id(child), on, max_age_key, max_grade_key)
    return law.memo(key, lambda reader: _child_within(child, on, reader, max_age_key, max_grade_key))


def _child_within(child: Child | None, on: date, law: LawReader, max_age_key: str,
                  max_grade_key: str) -> Answer:
    if child is None or child.birth_date is None:
        return Answer(None, missing=("children[0].birth_date",))
    max_age = law.get(max_age_key, on)
    max_grade = law.get(max_grade_key, on)
    basis = law.source(max_age_key, on)
    age = age_in_years(child.birth_date, on)
    grade = school_grade(child.birth_date, on, law.get("school.entry_age", on),
                         law.get("school.year_start_month", on))
    school = school_year_words(grade)
    if age <= max_age or grade <= max_grade:
        reckoned = school if grade < 1 else f"{school} 기준"
        return Answer(True, Reason(f"자녀가 만 {age}세({reckoned})로 만 {max_age}세 또는 초등 {max_grade}학년 이하예요", basis))
    return Answer(False, Reason(f"자녀가 만 {age}세({school})로 만 {max_age}세·초등 {max_grade}학년을 넘었어요", basis))


def school_year_words(grade: int) -> str:
    """A school year counted from 초등 1학년 (school_grade) in the words parents use: 취학 전,
    초등 N학년, 중학교 N학년, 고등학교 N학년 (초·중등교육법: 6, 3 and 3 years)."""
    if grade < 1:
        return "취학 전"
    for school, first, years in (("초등", 1, 6), ("중학교", 7, 3), ("고등학교", 10, 3)):
        if grade < first + years:
            return f"{school} {grade - first + 1}학년"
    return "고등학교 졸업 나이"


def benefit_window(law: LawReader, start: date, end: date, on: date) -> Apply:
    """급여 신청 기간: 시작 1개월 후부터 끝난 날 이후 12개월 이내 (고용보험법 제70조② 등)."""
    after_start = law.get("employment_insurance.apply_from_months_after_start", on)
    after_end = law.get("employment_insurance.apply_until_months_after_end", on)
    return Apply(
        where=law.get("employment_insurance.worker_channel", on),
        from_date=add_months(start, after_start),
        until=add_months(end, after_end),
        steps=("회사가 확인서를 고용센터에 제출해요",
               "근로자가 고용24 또는 고용센터에 급여를 신청해요",
               f"궁금한 점은 고용노동부 고객상담센터({law.get('employment_insurance.hotline', on)})"),
    )
