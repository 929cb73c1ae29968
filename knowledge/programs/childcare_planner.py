"""일·육아 동행 플래너 (고용노동부, 2024-07-02 시범).

Designated 고용센터 staff find 중소기업 from insurance data, visit them and design a leave or
flexible-work plan, linking 인재채움뱅크 and consulting. Launched in 13 고용센터; the 2025
nationwide rollout and 2026 operation are unconfirmed, so every answer says so (UNVERIFIED).
Free; no money is paid (`benefit` null). 우선지원대상기업 stands in for "중소기업".
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.employer_support import check_requirements, firm_qualifies, service_apply
from knowledge.result import Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

PREFIX = "childcare_planner"


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.as_of
    stop, reasons = check_requirements((lambda: firm_qualifies(case, law, on),))
    if stop:
        return stop
    status = Reason(f"{law.get(f'{PREFIX}.operation', on)}. 지금도 운영하는지는 확인되지 않았어요",
                    law.source(f"{PREFIX}.operation", on))
    return eligible(reasons + [status], apply=service_apply(law, on, f"{PREFIX}.channel",
                                                           ("고용센터에 일·육아 지원 상담을 요청해요",
                                                            "휴직·유연근무 계획과 대체인력 연계를 함께 설계해요")),
                    notes=("무료이고, 돈으로 받는 지원은 아니에요",))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    return {
        "summary": [
            "고용센터 전담자가 중소기업을 찾아가 육아휴직·유연근무 활용 계획을 함께 짜 주는 서비스예요.",
            "대체인력이 필요하면 인재채움뱅크, 유연근무는 컨설팅으로 연결해 줘요.",
            f"운영 현황: {law.get(f'{PREFIX}.operation', on)}(이후 운영은 미확인).",
        ],
        "facts": {"operation": law.get(f"{PREFIX}.operation", on)},
        "basis": law.source(f"{PREFIX}.operation", on),
    }


PROGRAM = ProgramSpec(PREFIX, "일·육아 동행 플래너", "service", evaluate, describe)
