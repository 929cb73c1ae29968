"""서울시 중소기업 재택근무 지원 (서울형 시범사업, 2021).

Seoul paid most of the cost of remote-work solutions (그룹웨어, 근태관리, 화상회의 …) for Seoul
SMEs in a 2021 pilot. No later round has been found, so every case is `not_eligible` with that
reason (UNVERIFIED) and points to the national programs that continue.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.result import Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible, not_eligible

PREFIX = "seoul_remote_work_support"
ALTERNATIVES = "재택근무 시스템은 일·생활균형 인프라 지원, 재택근무 인건비는 유연근무 장려금을 확인해 보세요"


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.as_of
    amount = law.get(f"{PREFIX}.pilot_amount", on)
    history = Reason(f"2021년 시범사업(기업당 최대 {amount:,}원 솔루션 비용 지원)이었어요", law.source(f"{PREFIX}.pilot_amount", on))
    if law.get(f"{PREFIX}.running", on):
        return eligible([history])
    return not_eligible([Reason("2021년 이후 모집이 확인되지 않아 지금은 신청할 수 없어요", law.source(f"{PREFIX}.running", on)), history],
                        notes=(ALTERNATIVES,))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    return {
        "summary": [
            f"서울시가 2021년 중소기업의 재택근무 솔루션 비용을 기업당 최대 {law.get(f'{PREFIX}.pilot_amount', on):,}원(90%) 지원한 시범사업이에요.",
            "2021년 이후 모집은 확인되지 않았어요.",
            ALTERNATIVES + ".",
        ],
        "facts": {"running": law.get(f"{PREFIX}.running", on)},
        "basis": law.source(f"{PREFIX}.running", on),
    }


PROGRAM = ProgramSpec(PREFIX, "서울시 중소기업 재택근무 지원", "service", evaluate, describe)
