"""유연근무 장려금 (일·가정 양립 환경개선 지원; 고용보험법 제25조 area).

A 중소·중견기업 whose workers (35–40h/week, electronic attendance records) use 선택근무,
재택·원격근무 or 시차출퇴근 gets a monthly amount per worker, more for workers with a child 만 12세·
초6 이하. The 2025 press figures and the 2026 page have different structures (both graded C), so
the program lists the year's table as reasons with a caveat and pays no single `benefit`: the
amount depends on the type and the number of workers, which the case does not carry.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.common import child_within
from knowledge.employer_support import check_requirements, firm_qualifies, worker_role_notes
from knowledge.result import Apply, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

PREFIX = "flexible_work_incentive"
BASIS = "고용보험법 제25조; 일·가정 양립 환경개선 지원 사업 지침"


def amount_lines(table: dict[str, int]) -> str:
    return ", ".join(f"{kind} 월 {amount:,}원" for kind, amount in table.items())


def _child_band(case: Case, law: LawReader, on: date) -> str:
    child = case.youngest_child
    if child is None or child.birth_date is None:
        return "general"
    within = child_within(child, on, law, f"{PREFIX}.child_max_age_years", f"{PREFIX}.child_max_school_grade")
    return "childcare" if within.value else "general"


def _amount_reason(case: Case, law: LawReader, on: date) -> Reason:
    table = law.get(f"{PREFIX}.monthly_by_type", on)
    band = _child_band(case, law, on)
    who = "육아기 자녀를 둔 근로자" if band == "childcare" else "근로자"
    return Reason(f"{who} 1명당 {amount_lines(table[band])}까지예요", law.source(f"{PREFIX}.monthly_by_type", on))


def _notes(case: Case, law: LawReader, on: date) -> tuple[str, ...]:
    return ("2025년 보도와 2026년 안내의 지원 구조가 달라요. 신청 전 올해 지침을 고용센터(1350)에 확인하세요",
            f"지원 인원은 전년 말 피보험자의 30%, 최대 {law.get(f'{PREFIX}.max_supported_workers', on)}명이고 같은 사업장에서 이미 지원받은 근로자는 다시 지원되지 않아요",
            "주 35~40시간 근로자가 대상이고 전자 출퇴근 기록이 필요해요") + worker_role_notes(case)


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.as_of
    stop, reasons = check_requirements((lambda: firm_qualifies(case, law, on, midsize_ok=True),), worker_role_notes(case))
    if stop:
        return stop
    apply = Apply(where=law.get("employment_insurance.employer_channel", on),
                  steps=("유연근무를 도입하고 전자 출퇴근 기록을 남겨요", "3개월 단위로 고용24에서 신청해요"))
    return eligible(reasons + [_amount_reason(case, law, on)], apply=apply, notes=_notes(case, law, on))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    table = law.get(f"{PREFIX}.monthly_by_type", on)
    return {
        "summary": [
            "중소·중견기업이 선택근무·재택원격근무·시차출퇴근을 쓰게 하면 근로자 1명당 매달 지원돼요.",
            f"일반 근로자: {amount_lines(table['general'])}.",
            f"육아기 자녀를 둔 근로자: {amount_lines(table['childcare'])}.",
            "연도별 안내의 구조가 달라 신청 전 확인이 필요해요.",
        ],
        "facts": {"monthly_by_type": table},
        "basis": BASIS,
    }


PROGRAM = ProgramSpec(PREFIX, "유연근무 장려금", "employer", evaluate, describe)
