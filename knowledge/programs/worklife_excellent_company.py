"""대한민국 일·생활 균형 우수기업 (2024년부터; 근무혁신 인센티브제의 후속).

Selected jointly by 고용노동부 and partner bodies on 유연근무, 근로시간 단축, 휴가 사용 and
일·육아 병행. Open to firms of any size (large firms too) at least 2 years after business start;
공공기관·공기업 and firms recently named for 임금체불 or 중대재해 are excluded. Benefits (loan-rate
preference, inspection exemption, procurement points …) last 3 years. The 2026 round is
unconfirmed, so the program says so and carries the UNVERIFIED window.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.result import Apply, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

PREFIX = "worklife_excellent_company"


def _window(law: LawReader, on: date) -> tuple[Apply, Reason]:
    window = law.get(f"{PREFIX}.application_window", on)
    basis = law.source(f"{PREFIX}.application_window", on)
    where = law.get(f"{PREFIX}.channel", on)
    if not window:
        return Apply(where=where), Reason(f"{on.year}년 모집 공고는 아직 확인되지 않았어요. 노사발전재단 공고를 확인하세요", basis)
    start, until = date.fromisoformat(window["from"]), date.fromisoformat(window["until"])
    if until < on:
        return Apply(where=where), Reason(f"{start.year}년 모집({start}~{until})은 끝났어요. 다음 공고를 기다려 주세요", basis)
    return Apply(where=where, from_date=start, until=until), Reason(f"{start.year}년 모집 기간: {start}~{until}", basis)


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.as_of
    apply, window_reason = _window(law, on)
    years = law.get(f"{PREFIX}.min_years_in_business", on)
    reasons = [Reason(f"사업 시작 후 {years}년이 지난 사업장이면 규모와 관계없이 신청할 수 있어요(공공기관·공기업 제외)",
                      law.source(f"{PREFIX}.min_years_in_business", on)),
               Reason(f"선정되면 {law.get(f'{PREFIX}.validity_years', on)}년간 혜택: {law.get(f'{PREFIX}.benefits', on)}",
                      law.source(f"{PREFIX}.benefits", on)),
               window_reason]
    notes = ("최근 3년 안에 임금체불 명단 공개, 중대재해 등으로 공표된 기업은 제외돼요",)
    if case.role == "worker":
        notes += ("회사가 신청하는 선정 제도예요. 회사에 알려 주세요.",)
    return eligible(reasons, apply=apply, notes=notes)


def describe(law: LawReader, on: date) -> dict[str, Any]:
    return {
        "summary": [
            "유연근무·근로시간 단축·휴가 사용·일육아 병행을 잘하는 기업을 정부가 선정해요(2024년부터).",
            f"사업 시작 후 {law.get(f'{PREFIX}.min_years_in_business', on)}년이 지난 기업이면 대기업도 신청할 수 있어요.",
            f"혜택({law.get(f'{PREFIX}.validity_years', on)}년): {law.get(f'{PREFIX}.benefits', on)}.",
        ],
        "facts": {"min_years_in_business": law.get(f"{PREFIX}.min_years_in_business", on)},
        "basis": law.source(f"{PREFIX}.min_years_in_business", on),
    }


PROGRAM = ProgramSpec(PREFIX, "대한민국 일·생활 균형 우수기업", "employer", evaluate, describe)
