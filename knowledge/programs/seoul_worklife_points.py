"""서울시 중소기업 워라밸 포인트제 (2024-06 시작, 「탄생응원 서울 프로젝트」).

A 중소기업 with a workplace in Seoul (`company.region`) earns points for childbirth, childcare
and work–life measures; the grade (진입형·성장형·선도형) brings Seoul incentives. It ran in 2024
and 2025 (rolling intake); 2026 operation is unconfirmed (UNVERIFIED), so the result carries that
caveat, pointing to 서울시 (not 1350). The rule is 「중소기업기본법」 중소기업: within the 우선지원
headcount the firm counts as one; over it the bot asks `company.priority_support` (local_sme).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.common import Answer
from knowledge.employer_support import check_requirements, local_sme
from knowledge.result import Apply, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

PREFIX = "seoul_worklife_points"


def in_region(case: Case, law: LawReader, on: date, key: str, label: str) -> Answer:
    """회사(본사·사업장) 소재지가 `label`인지 (`company.region` 글자에 지역명이 있는지)."""
    region = case.company.region
    if region is None:
        return Answer(None, missing=("company.region",))
    keyword = law.get(key, on)
    basis = law.source(key, on)
    if keyword in region:
        return Answer(True, Reason(f"{label} 소재 기업이에요", basis))
    return Answer(False, Reason(f"{label} 소재 중소기업만 참여할 수 있어요(회사 소재지: {region})", basis))


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.as_of
    stop, reasons = check_requirements((lambda: in_region(case, law, on, f"{PREFIX}.region_keyword", "서울시"),
                                        lambda: local_sme(case, law, on)))
    contact = law.get(f"{PREFIX}.contact", on)
    if stop:
        return stop.but(contact=contact)
    reasons += [Reason(f"운영 현황: {law.get(f'{PREFIX}.operation', on)}", law.source(f"{PREFIX}.operation", on)),
                Reason(f"등급 {law.get(f'{PREFIX}.grades', on)} / 혜택 {law.get(f'{PREFIX}.incentives', on)}", law.source(f"{PREFIX}.incentives", on))]
    return eligible(reasons, apply=Apply(where="서울시 중소기업 워라밸 포인트제 누리집(주소 미확인) 또는 서울시 120다산콜"),
                    notes=("육아휴직·출산휴가 사용 등 실적이 많을수록 포인트가 쌓이고, 남성 사용은 2배로 쳐요",
                           "인센티브별 금액은 확인되지 않았어요",
                           f"올해 운영 여부와 혜택은 신청 전 {contact}에 꼭 확인해 주세요"),
                    contact=contact)


def describe(law: LawReader, on: date) -> dict[str, Any]:
    return {
        "summary": [
            "서울 소재 중소기업이 출산·육아·워라밸 제도를 운영하면 포인트를 쌓아 등급별 혜택을 받아요.",
            f"등급: {law.get(f'{PREFIX}.grades', on)}.",
            f"운영 현황: {law.get(f'{PREFIX}.operation', on)}.",
        ],
        "facts": {"grades": law.get(f"{PREFIX}.grades", on)},
        "basis": law.source(f"{PREFIX}.operation", on),
    }


PROGRAM = ProgramSpec(PREFIX, "서울시 중소기업 워라밸 포인트제", "service", evaluate, describe)
