"""인재채움뱅크 (옛 대체인력뱅크; 고용노동부 위탁 권역별 운영기관).

Free recruitment and matching of replacement workers for firms whose staff take 출산전후휴가,
육아휴직 or 육아기 근로시간 단축. Open to every firm (no size rule), so every case is
`eligible`; the cash support for the replacement is the separate 대체인력 지원금.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.employer_support import service_apply
from knowledge.result import Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

PREFIX = "talent_bank"


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.as_of
    cost = law.get(f"{PREFIX}.cost", on)
    reasons = [Reason("출산휴가·육아휴직·육아기 단축을 쓰는 직원의 대체인력을 " + ("무료로" if cost == 0 else f"{cost:,}원에") + " 찾아 줘요",
                      law.source(f"{PREFIX}.cost", on)),
               Reason(f"운영기관: {law.get(f'{PREFIX}.operators', on)}", law.source(f"{PREFIX}.operators", on))]
    notes = ("대체인력을 채용하면 대체인력 지원금도 함께 확인하세요",)
    if case.role == "worker":
        notes += ("회사가 이용하는 서비스예요. 회사에 알려 주세요.",)
    return eligible(reasons, apply=service_apply(law, on, f"{PREFIX}.channel",
                                                 ("누리집이나 권역 인재채움뱅크에 구인 신청을 해요",)), notes=notes)


def describe(law: LawReader, on: date) -> dict[str, Any]:
    return {
        "summary": [
            "출산휴가·육아휴직·육아기 단축을 쓰는 직원의 대체인력을 무료로 찾아 주는 서비스예요.",
            f"신청: {law.get(f'{PREFIX}.channel', on)}.",
            "대체인력 채용 비용 지원은 별도의 대체인력 지원금으로 받아요.",
        ],
        "facts": {"cost": law.get(f"{PREFIX}.cost", on)},
        "basis": law.source(f"{PREFIX}.cost", on),
    }


PROGRAM = ProgramSpec(PREFIX, "인재채움뱅크", "service", evaluate, describe)
