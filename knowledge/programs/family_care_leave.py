"""가족돌봄휴가 (남녀고용평등법 제22조의2 제2항, 제4항 제2호·제3호).

For urgent care of a family member (질병·사고·노령) or a child's upbringing: up to 10일 a year, by
the day, counted inside the 90-day 가족돌봄휴직. During a 재난 심각 경보 (e.g. a pandemic) it can be
extended by 10일 (한부모 15일). No statutory pay and no 고용보험 benefit (UNVERIFIED).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.family_care_common import care_need
from knowledge.leave_apply import apply_info, penalty_facts
from knowledge.result import Duration, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

ARTICLE = "남녀고용평등법 제22조의2 제2항"
PENALTIES = ("refuse_family_care", "disadvantage_family_care")


def _ground(case: Case, law: LawReader) -> tuple[Decision | None, str]:
    """가족의 질병·사고·노령, or 자녀의 양육 (제22조의2②): a worker with a child needs no other fact."""
    if case.worker.family_care is not True and case.children:
        return None, "자녀 양육으로 긴급히 돌봐야 할 때"
    return care_need(case, law, ARTICLE), "가족을 긴급하게 돌봐야 할 때"


def evaluate(case: Case, law: LawReader) -> Decision:
    decided, why = _ground(case, law)
    if decided:
        return decided
    on = case.as_of
    days = law.get("family_care.leave_days_per_year", on)
    extra_key = "leave_disaster_extra_days_single_parent" if case.worker.single_parent else "leave_disaster_extra_days"
    return eligible([Reason(f"{why} 연 {days}일까지 하루 단위로 쓸 수 있어요",
                            law.source("family_care.leave_days_per_year", on))],
                    duration=Duration(max_days=days, paid_days=0),
                    apply=apply_info(law, "family_care", on),
                    notes=(f"가족돌봄휴직 {law.get('family_care.absence_days_per_year', on)}일에 포함돼요.",
                           law.get("family_care.pay_note", on),
                           f"재난 심각 단계가 선포되면 {law.get(f'family_care.{extra_key}', on)}일 더 쓸 수 있어요."))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    days = law.get("family_care.leave_days_per_year", on)
    return {
        "summary": [
            f"가족돌봄휴가는 가족의 질병·사고·노령이나 자녀 양육으로 긴급히 돌봐야 할 때 연 {days}일까지 하루 단위로 써요.",
            f"가족돌봄휴직 {law.get('family_care.absence_days_per_year', on)}일에 포함돼요. {law.get('family_care.pay_note', on)}.",
            f"대상 가족은 {law.get('family_care.family_members', on)}예요.",
        ],
        "facts": {"days_per_year": days, "family_members": law.get("family_care.family_members", on),
                  "penalties": penalty_facts(law, PENALTIES, on)},
        "basis": ARTICLE,
    }


PROGRAM = ProgramSpec("family_care_leave", "가족돌봄휴가", "worker", evaluate, describe)
