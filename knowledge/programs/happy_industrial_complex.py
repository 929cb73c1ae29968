"""워라밸 행복산단 지원사업 (고용노동부, 2024-07-23 시범; 2026년 메뉴 「산단 행복일터 지원」).

Concentrated 일·가정 양립 promotion, visits, consulting and replacement-worker help for firms in
the pilot industrial complexes (서울디지털산업단지, 구미산업단지), via `company.industrial_complex`.
The 2025 expansion and the 2026 content are unconfirmed (UNVERIFIED); no money is paid.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.common import Answer
from knowledge.employer_support import check_requirements, service_apply
from knowledge.korean_text import topic_particle
from knowledge.result import Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

PREFIX = "happy_industrial_complex"


def pilot_complex(name: str, complexes: dict[str, list[str]]) -> str | None:
    """The pilot complex a user's wording names (spaces ignored), or None."""
    compact = name.replace(" ", "").lower()
    for official, aliases in complexes.items():
        if any(alias.replace(" ", "").lower() in compact for alias in aliases):
            return official
    return None


def in_pilot(case: Case, law: LawReader, on: date) -> Answer:
    name = case.company.industrial_complex
    if name is None:
        return Answer(None, missing=("company.industrial_complex",))
    complexes = law.get(f"{PREFIX}.pilot_complexes", on)
    basis = law.source(f"{PREFIX}.pilot_complexes", on)
    found = pilot_complex(name, complexes)
    if found:
        return Answer(True, Reason(f"{found}{topic_particle(found)} 시범 산업단지예요", basis))
    return Answer(False, Reason(f"시범 산업단지({', '.join(complexes)})가 아니에요. 다른 산단으로의 확대는 확인되지 않았어요", basis))


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.as_of
    stop, reasons = check_requirements((lambda: in_pilot(case, law, on),))
    if stop:
        return stop
    status = Reason(f"{law.get(f'{PREFIX}.operation', on)}", law.source(f"{PREFIX}.operation", on))
    return eligible(reasons + [status],
                    apply=service_apply(law, on, f"{PREFIX}.channel", ("고용센터에 산단 일·가정 양립 지원을 문의해요",)),
                    notes=("찾아가는 설명회·컨설팅·대체인력 연계 서비스이고, 돈으로 받는 지원은 아니에요",))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    return {
        "summary": [
            f"시범 산업단지({', '.join(law.get(f'{PREFIX}.pilot_complexes', on))}) 입주 기업에 일·가정 양립 제도를 집중 안내하고 컨설팅해요.",
            "고용센터·산단공단·인재채움뱅크가 함께 찾아가 대체인력과 지원금을 연결해 줘요.",
            f"운영 현황: {law.get(f'{PREFIX}.operation', on)}.",
        ],
        "facts": {"pilot_complexes": list(law.get(f"{PREFIX}.pilot_complexes", on))},
        "basis": law.source(f"{PREFIX}.pilot_complexes", on),
    }


PROGRAM = ProgramSpec(PREFIX, "워라밸 행복산단", "service", evaluate, describe)
