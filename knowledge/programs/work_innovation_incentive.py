"""근무혁신 인센티브제 (고용노동부·노사발전재단, 2019–2023).

중소·중견기업 carried out a 3-month 근무혁신 plan and were graded SS/S/A. The scheme ran
2019–2023 and was replaced from 2024 by 「대한민국 일·생활 균형 우수기업」 (program
`worklife_excellent_company`): every case is `not_eligible`, naming the successor.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.result import Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, not_eligible

PREFIX = "work_innovation_incentive"
SUCCESSOR = "2019~2023년에 운영되고 끝났어요. 2024년부터는 「대한민국 일·생활 균형 우수기업」 선정으로 바뀌었어요"


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.as_of
    reason = Reason(SUCCESSOR, law.source(f"{PREFIX}.running", on))
    return not_eligible([reason], notes=("일·생활 균형 우수기업 항목에서 신청 요건과 혜택을 확인해 보세요",))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    return {
        "summary": [
            "중소·중견기업이 3개월간 근무혁신 계획을 실천하면 평가해 우수기업으로 선정하던 제도예요.",
            SUCCESSOR + ".",
        ],
        "facts": {"running": law.get(f"{PREFIX}.running", on)},
        "basis": law.source(f"{PREFIX}.running", on),
    }


PROGRAM = ProgramSpec(PREFIX, "근무혁신 인센티브제", "employer", evaluate, describe)
