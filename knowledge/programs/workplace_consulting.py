"""일터혁신 상생컨설팅 / 유연근무 종합 컨설팅 (노사발전재단; 2025년 통합).

Free consulting for workplaces with 20 or more workers on wages, working hours, flexible work and
workplace culture, 5–20 weeks with a consultant. Whether the 2024 유연근무 종합 컨설팅 was merged
into it is not confirmed (noted).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.common import Answer
from knowledge.employer_support import check_requirements, service_apply
from knowledge.result import Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

PREFIX = "workplace_consulting"


def big_enough(case: Case, law: LawReader, on: date) -> Answer:
    minimum = law.get(f"{PREFIX}.min_headcount", on)
    basis = law.source(f"{PREFIX}.min_headcount", on)
    headcount = case.company.headcount
    if headcount is None:
        return Answer(None, missing=("company.headcount",))
    if headcount >= minimum:
        return Answer(True, Reason(f"상시근로자 {headcount}명으로 {minimum}명 이상 사업장이라 신청할 수 있어요", basis))
    return Answer(False, Reason(f"상시근로자 {minimum}명 이상 사업장이 대상이에요(지금 {headcount}명). 일·육아 동행 플래너나 고용센터 상담을 이용해 보세요", basis))


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.as_of
    stop, reasons = check_requirements((lambda: big_enough(case, law, on),))
    if stop:
        return stop
    free = law.get(f"{PREFIX}.cost", on) == 0
    return eligible(reasons + [Reason("컨설턴트가 5~20주 동안 유연근무·근로시간·조직문화 개선을 도와줘요" + ("(무료)" if free else ""),
                                      law.source(f"{PREFIX}.cost", on))],
                    apply=service_apply(law, on, f"{PREFIX}.channel", ("일터혁신 플랫폼에서 신청서를 내요", "예산이 떨어지면 일찍 마감될 수 있어요")),
                    notes=("2024년 유연근무 종합 컨설팅이 이 사업에 합쳐졌는지는 확인되지 않았어요",))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    return {
        "summary": [
            f"상시근로자 {law.get(f'{PREFIX}.min_headcount', on)}명 이상 사업장에 유연근무·근로시간·조직문화 컨설팅을 무료로 해 줘요.",
            "노사발전재단과 민간 컨설팅 기관이 5~20주 동안 진단하고 개선안을 함께 만들어요.",
            f"신청: {law.get(f'{PREFIX}.channel', on)}.",
        ],
        "facts": {"min_headcount": law.get(f"{PREFIX}.min_headcount", on)},
        "basis": law.source(f"{PREFIX}.min_headcount", on),
    }


PROGRAM = ProgramSpec(PREFIX, "일터혁신·유연근무 컨설팅", "service", evaluate, describe)
