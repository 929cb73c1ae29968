"""가족돌봄 등 근로시간 단축 (남녀고용평등법 제22조의3).

For family care, the worker's own health, retirement preparation at 55+, or study: 15–30 hours a
week, for 1년 plus up to 2년 more when there is a reasonable reason (not for study). The case only
records the family-care ground, so without it the answer names the other grounds.
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.leave_apply import apply_info, penalty_facts
from knowledge.result import Duration, Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible, needs_info, not_eligible

ARTICLE = "남녀고용평등법 제22조의3 제1항"
PENALTIES = ("disadvantage_family_care",)


def evaluate(case: Case, law: LawReader) -> Decision:
    on = case.as_of
    need = case.worker.family_care
    if need is None:
        return needs_info(("worker.family_care",))
    if not need:
        grounds = law.get("family_care.reduced_grounds", on)
        return not_eligible([Reason(f"가족돌봄 사유가 없다면 다른 사유({grounds})가 있을 때 신청할 수 있어요", ARTICLE)])
    low, high = law.get("family_care.reduced_min_weekly_hours", on), law.get("family_care.reduced_max_weekly_hours", on)
    base, extra = law.get("family_care.reduced_base_months", on), law.get("family_care.reduced_extension_months", on)
    return eligible([Reason(f"가족을 돌보기 위해 주 {low}~{high}시간으로 줄여 일할 수 있어요",
                            law.source("family_care.reduced_min_weekly_hours", on))],
                    duration=Duration(max_months=base + extra),
                    apply=apply_info(law, "family_care", on),
                    notes=(f"기간은 {base}개월이고, 합리적 이유가 있으면 {extra}개월 더 쓸 수 있어요.",
                           "단축 급여(고용보험)는 없고, 일한 시간만큼 임금을 받아요."))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    low, high = law.get("family_care.reduced_min_weekly_hours", on), law.get("family_care.reduced_max_weekly_hours", on)
    base, extra = law.get("family_care.reduced_base_months", on), law.get("family_care.reduced_extension_months", on)
    return {
        "summary": [
            f"{law.get('family_care.reduced_grounds', on)} 사유로 주 {low}~{high}시간으로 줄여 일할 수 있어요.",
            f"기간은 {base}개월이고, 합리적 이유가 있으면 {extra}개월 더 쓸 수 있어요(학업 사유 제외).",
            "회사에 신청하고, 거부하면 회사가 사유를 서면으로 알려야 해요.",
        ],
        "facts": {"weekly_hours": [low, high], "max_months": base + extra,
                  "grounds": law.get("family_care.reduced_grounds", on),
                  "penalties": penalty_facts(law, PENALTIES, on)},
        "basis": ARTICLE,
    }


PROGRAM = ProgramSpec("family_care_reduced_hours", "가족돌봄 등 근로시간 단축", "worker", evaluate, describe)
