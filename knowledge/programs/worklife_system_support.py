"""일·생활균형 시스템(인프라) 지원: 유연근무용 근태관리·보안 시스템 구축비 (고용노동부 사업).

For 중소·중견기업 that buy attendance or security systems for flexible work, after the 고용센터
approves a plan; 2-year use obligation. The 2025 ceiling (press) and the 2026 page (80% of cost up
to a lower ceiling, plus usage fees for firms under 30) conflict; both are graded C. The amount
depends on the firm's investment, which the case does not carry, so `benefit` is null.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.employer_support import check_requirements, firm_qualifies, worker_role_notes
from knowledge.result import Apply, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

PREFIX = "worklife_system_support"
BASIS = "고용노동부 일·생활균형 시스템 지원 사업 지침"


def ceiling_text(law: LawReader, on: date) -> str:
    ceiling = law.get(f"{PREFIX}.max_amount", on)
    rate = law.get(f"{PREFIX}.cost_share_rate", on)
    share = f"투자비의 {round(rate * 100)}%, " if rate else ""
    return f"{share}최대 {ceiling:,}원"


def _reasons(case: Case, law: LawReader, on: date) -> list[Reason]:
    basis = law.source(f"{PREFIX}.max_amount", on)
    reasons = [Reason(f"유연근무용 근태관리·보안 시스템 구축비를 {ceiling_text(law, on)}까지 지원해요", basis)]
    headcount = case.company.headcount
    if headcount is not None and headcount >= law.get("employer_subsidy.small_firm_headcount_below", on):
        return reasons
    fee = law.get(f"{PREFIX}.small_firm_usage_fee_yearly", on)
    if fee:
        reasons.append(Reason(f"30인 미만 기업은 근태관리 시스템 이용료를 연 {fee:,}원까지 지원받아요", law.source(f"{PREFIX}.small_firm_usage_fee_yearly", on)))
    return reasons


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.as_of
    notes = worker_role_notes(case)
    stop, reasons = check_requirements((lambda: firm_qualifies(case, law, on, midsize_ok=True),), notes)
    if stop:
        return stop
    apply = Apply(where=law.get("employment_insurance.employer_channel", on),
                  steps=("구축 전에 관할 고용센터에 계획서를 내고 승인받아요", "승인 뒤 들어간 비용만 인정돼요"))
    return eligible(reasons + _reasons(case, law, on), apply=apply,
                    notes=(f"{law.get(f'{PREFIX}.use_obligation_years', on)}년간 사용해야 하고 PC·노트북·건물·교육비는 제외돼요",
                           "2025년 보도와 2026년 안내의 한도가 달라요. 신청 전 고용센터(1350)에 확인하세요") + notes)


def describe(law: LawReader, on: date) -> dict[str, Any]:
    return {
        "summary": [
            "중소·중견기업이 재택·원격근무 등 유연근무용 근태관리·보안 시스템을 도입할 때 비용을 지원해요.",
            f"지원 한도: {ceiling_text(law, on)}.",
            "구축 전에 고용센터 승인을 받아야 하고, 연도별 한도가 달라 확인이 필요해요.",
        ],
        "facts": {"max_amount": law.get(f"{PREFIX}.max_amount", on)},
        "basis": BASIS,
    }


PROGRAM = ProgramSpec(PREFIX, "일·생활균형 인프라 지원", "employer", evaluate, describe)
