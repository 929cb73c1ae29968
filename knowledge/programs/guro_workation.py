"""구로구 중소기업 워케이션 지원사업 (구로구·서울경제진흥원, c. 2024).

A 중소기업 located in 구로구 (`company.region`) sends staff on a 3박 4일 workation package; 구로구
pays a fixed share per participating worker and the firm pays a company contribution. Only a
c.2024 source exists; 2025–2026 operation is unconfirmed (UNVERIFIED), said in a reason. The share
is stated in a reason, not as a `benefit` (it is paid to the operator, not the firm).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.employer_support import check_requirements, local_sme, service_apply
from knowledge.programs.seoul_worklife_points import in_region
from knowledge.result import Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

PREFIX = "guro_workation"


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.as_of
    stop, reasons = check_requirements((lambda: in_region(case, law, on, f"{PREFIX}.region_keyword", "구로구"),
                                        lambda: local_sme(case, law, on)))
    contact = law.get(f"{PREFIX}.contact", on)
    if stop:
        return stop.but(contact=contact)
    share = law.get(f"{PREFIX}.per_worker_support", on)
    reasons += [Reason(f"구로구가 참가 근로자 1명당 {share:,}원을 부담해요(기업당 최대 {law.get(f'{PREFIX}.max_workers_per_firm', on)}명, 기업부담금 별도)",
                       law.source(f"{PREFIX}.per_worker_support", on)),
                Reason("2024년 자료만 있어 2025~2026년에도 운영하는지는 확인되지 않았어요", law.source(f"{PREFIX}.per_worker_support", on))]
    return eligible(reasons, apply=service_apply(law, on, f"{PREFIX}.channel",
                                                 ("서울기업 워케이션 누리집에서 지역 프로그램을 확인해요",
                                                  "참가자를 모아 서류를 내고 기업부담금을 내면 확정돼요")),
                    notes=(f"올해 운영 여부와 지원 금액은 신청 전 {contact}에 꼭 확인해 주세요",), contact=contact)


def describe(law: LawReader, on: date) -> dict[str, Any]:
    return {
        "summary": [
            "구로구 소재 중소기업 직원이 3박 4일 워케이션(숙박·업무공간·지역 프로그램)을 할 수 있게 지원해요.",
            f"구로구가 1명당 {law.get(f'{PREFIX}.per_worker_support', on):,}원을 내고 나머지는 서울경제진흥원과 기업이 부담해요.",
            "2024년 자료만 있어 지금 운영하는지는 확인이 필요해요.",
        ],
        "facts": {"per_worker_support": law.get(f"{PREFIX}.per_worker_support", on)},
        "basis": law.source(f"{PREFIX}.per_worker_support", on),
    }


PROGRAM = ProgramSpec(PREFIX, "구로구 중소기업 워케이션", "service", evaluate, describe)
