"""워라밸+4.5 프로젝트 (2026; 주 4.5일제·실근로시간 단축, worklife.kr 안내).

A 우선지원대상기업 with 20 or more workers that cuts actual working hours with no pay cut, and
signs up through 노사발전재단, gets a monthly amount per worker for 1년: a partial cut (under 2
hours a week) or a full cut (2 hours or more), with higher amounts for 20–49인 firms, a bonus for
preferred industries or non-capital regions, and an amount per new hire. The case does not say
which cut, so `benefit` is null and the reasons give the firm's band.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.common import Answer
from knowledge.employer_support import check_requirements, firm_qualifies, worker_role_notes
from knowledge.result import Apply, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible, not_eligible

PREFIX = "worklife_45_project"
BASIS = "고용노동부 워라밸+4.5 프로젝트 사업 안내"


def big_enough(case: Case, law: LawReader, on: date) -> Answer:
    minimum = law.get(f"{PREFIX}.min_headcount", on)
    headcount = case.company.headcount
    if headcount is None:
        return Answer(None, missing=("company.headcount",))
    if headcount >= minimum:
        return Answer(True)
    return Answer(False, Reason(f"상시근로자 {minimum}명 이상 사업장이 대상이에요(지금 {headcount}명)", law.source(f"{PREFIX}.min_headcount", on)))


def band_reason(case: Case, law: LawReader, on: date) -> Reason:
    large_from = law.get(f"{PREFIX}.large_band_from", on)
    band = "from_50" if case.company.headcount >= large_from else "from_20"
    amounts = law.get(f"{PREFIX}.monthly_by_band", on)[band]
    label = f"{large_from}인 이상" if band == "from_50" else f"{large_from}인 미만"
    return Reason(f"{label} 사업장: 근로자 1명당 부분 단축(주 2시간 미만) 월 {amounts['partial']:,}원, "
                  f"전면 단축 월 {amounts['full']:,}원, 신규 채용 1명당 월 {amounts['new_hire']:,}원이에요",
                  law.source(f"{PREFIX}.monthly_by_band", on))


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.as_of
    notes = worker_role_notes(case)
    if not law.get(f"{PREFIX}.in_force", on):
        return not_eligible([Reason("워라밸+4.5 프로젝트는 2026년 사업이에요", law.source(f"{PREFIX}.in_force", on))], notes=notes)
    stop, reasons = check_requirements((lambda: big_enough(case, law, on),
                                        lambda: firm_qualifies(case, law, on)), notes)
    if stop:
        return stop
    bonus = law.get(f"{PREFIX}.preferred_bonus_monthly", on)
    apply = Apply(where=law.get(f"{PREFIX}.channel", on),
                  steps=("노사발전재단에 참여를 신청하고 실근로시간 단축 계획을 세워요", "임금 삭감 없이 시간을 줄여야 해요"))
    return eligible(reasons + [band_reason(case, law, on)], apply=apply,
                    notes=(f"우대 업종이나 비수도권 기업은 월 {bonus:,}원이 더 붙어요",
                           f"지원 기간은 {law.get(f'{PREFIX}.support_months', on)}개월이에요") + notes)


def describe(law: LawReader, on: date) -> dict[str, Any]:
    if not law.get(f"{PREFIX}.in_force", on):
        return {"summary": ["워라밸+4.5 프로젝트는 2026년 사업이에요."], "facts": {}, "basis": BASIS}
    bands = law.get(f"{PREFIX}.monthly_by_band", on)
    return {
        "summary": [
            "임금 삭감 없이 실근로시간을 줄이거나 주 4.5일제를 하는 우선지원대상기업을 지원해요.",
            f"50인 이상: 부분 단축 월 {bands['from_50']['partial']:,}원, 전면 단축 월 {bands['from_50']['full']:,}원(1명당).",
            f"20~49인: 부분 단축 월 {bands['from_20']['partial']:,}원, 전면 단축 월 {bands['from_20']['full']:,}원(1명당).",
            "노사발전재단을 통해 참여를 신청해요.",
        ],
        "facts": {"monthly_by_band": bands, "min_headcount": law.get(f"{PREFIX}.min_headcount", on)},
        "basis": BASIS,
    }


PROGRAM = ProgramSpec(PREFIX, "워라밸+4.5 프로젝트", "employer", evaluate, describe)
