"""가족돌봄휴직 (남녀고용평등법 제22조의2 제1항, 제4항 제1호).

When a family member needs care because of illness, accident or old age: up to 90일 a year, in
blocks of at least 30일. The employer may refuse only on 대통령령 grounds (e.g. 대체인력 채용이
불가능, 정상적인 사업 운영에 중대한 지장) and must give the reason in writing. Unpaid unless the
company pays (UNVERIFIED); the period counts as service.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.family_care_common import care_need
from knowledge.leave_apply import apply_info, penalty_facts
from knowledge.result import Duration, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible

ARTICLE = "남녀고용평등법 제22조의2 제1항"
PENALTIES = ("refuse_family_care", "disadvantage_family_care")


def evaluate(case: Case, law: LawReader) -> Decision:
    decided = care_need(case, law, ARTICLE)
    if decided:
        return decided
    on = case.as_of
    days, block = law.get("family_care.absence_days_per_year", on), law.get("family_care.absence_min_block_days", on)
    return eligible([Reason(f"가족의 질병·사고·노령으로 돌봐야 하면 연 {days}일까지 휴직할 수 있어요(한 번에 {block}일 이상)",
                            law.source("family_care.absence_days_per_year", on))],
                    duration=Duration(max_days=days, paid_days=0),
                    apply=apply_info(law, "family_care", on),
                    notes=(law.get("family_care.pay_note", on), "휴직 기간도 근속기간에 포함돼요."))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    days, block = law.get("family_care.absence_days_per_year", on), law.get("family_care.absence_min_block_days", on)
    return {
        "summary": [
            f"가족돌봄휴직은 가족의 질병·사고·노령으로 돌봐야 할 때 연 {days}일까지 쓸 수 있고, 나누어 쓰면 한 번에 {block}일 이상이에요.",
            f"{law.get('family_care.pay_note', on)}.",
            "회사가 허용하지 않으면 사유를 서면으로 알려야 해요.",
        ],
        "facts": {"days_per_year": days, "min_block_days": block,
                  "family_members": law.get("family_care.family_members", on),
                  "penalties": penalty_facts(law, PENALTIES, on)},
        "basis": ARTICLE,
    }


PROGRAM = ProgramSpec("family_care_absence", "가족돌봄휴직", "worker", evaluate, describe)
