"""임신기 근로시간 단축 (근로기준법 제74조 제7항~제9항).

A pregnant worker may cut 2 hours a day (to 6 hours for a worker on under 8 hours a day) during
weeks ≤12 or ≥32 of pregnancy (≥36 before 2025-02-23); from 2025-02-23 a 고위험 임신 (유산·조산
위험, diagnosed) is covered for the whole pregnancy. The employer may not cut wages (⑧) and pays
them itself; there is no insurance benefit. Weeks come from `pregnancy.weeks`, or from the due date
(40주 = 출산예정일).
"""
from __future__ import annotations

from datetime import date
from typing import Any

from knowledge.case import Case
from knowledge.dates import add_days
from knowledge.input_limits import limit
from knowledge.leave_apply import apply_info, penalty_facts
from knowledge.result import Reason
from knowledge.rules import Decision, LawReader, ProgramSpec, eligible, needs_info, not_eligible

ARTICLE = "근로기준법 제74조 제7항"
PREFIX = "pregnancy_reduced_hours"
PENALTIES = ("refuse_pregnancy_reduced_hours",)


def pregnancy_weeks(case: Case, law: LawReader, on: date) -> int | None:
    """완료된 임신 주수: given, or (280일 − 출산예정일까지 남은 일수) ÷ 7."""
    pregnancy = case.pregnancy
    if pregnancy.weeks is not None:
        return pregnancy.weeks
    if pregnancy.due_date is None:
        return None
    return max(law.get(f"{PREFIX}.full_term_days", on) - (pregnancy.due_date - on).days, 0) // 7


def late_window_start(case: Case, law: LawReader, on: date, weeks: int) -> date:
    """The day the late window (N주 이후) opens, counted from today's week."""
    return add_days(on, (law.get(f"{PREFIX}.late_min_weeks", on) - weeks) * 7)


def _who(case: Case) -> Decision | None:
    pregnancy = case.pregnancy
    if pregnancy is None or pregnancy.ended:
        return not_eligible([Reason("임신 중인 근로자가 쓰는 제도예요", ARTICLE)])
    if case.worker.gender == "male":
        return not_eligible([Reason("임신한 근로자 본인이 쓰는 제도예요(배우자는 해당 없어요)", ARTICLE)])
    return None


def _in_window(weeks: int, law: LawReader, on: date) -> Reason | None:
    early, late = law.get(f"{PREFIX}.early_max_weeks", on), law.get(f"{PREFIX}.late_min_weeks", on)
    if weeks <= early or weeks >= late:
        hours = law.get(f"{PREFIX}.hours_per_day", on)
        return Reason(f"임신 {weeks}주: {early}주 이내 또는 {late}주 이후라 하루 {hours}시간 단축할 수 있어요",
                      law.source(f"{PREFIX}.late_min_weeks", on))
    return None


def _high_risk(case: Case, law: LawReader, on: date) -> Reason | None:
    if case.pregnancy.high_risk and law.get(f"{PREFIX}.high_risk_whole_pregnancy", on):
        return Reason("고위험 임신이라 임신 기간 전체에 단축할 수 있어요(의사 진단 필요)",
                      law.source(f"{PREFIX}.high_risk_whole_pregnancy", on))
    return None


def _outside(case: Case, law: LawReader, on: date, weeks: int) -> Decision:
    """Weeks 13–31 (35): 고위험이면 가능, 모르면 물어보고, 아니면 후기 시작일을 알려 줘요."""
    covers_high_risk = law.get(f"{PREFIX}.high_risk_whole_pregnancy", on)
    if case.pregnancy.high_risk is None and covers_high_risk:
        return needs_info(("pregnancy.high_risk",))
    opens = late_window_start(case, law, on, weeks)
    return not_eligible([Reason(f"임신 {weeks}주는 단축 기간이 아니에요. {opens}쯤(임신 {law.get(f'{PREFIX}.late_min_weeks', on)}주)부터 다시 쓸 수 있어요",
                                law.source(f"{PREFIX}.late_min_weeks", on))])


def evaluate(case: Case, law: LawReader) -> Decision:
    excluded = _who(case)
    if excluded:
        return excluded
    on = case.as_of
    weeks = pregnancy_weeks(case, law, on)
    missing = (("pregnancy.weeks",) if weeks is None else ()) + (("worker.gender",) if case.worker.gender is None else ())
    if missing:
        return needs_info(missing)
    if weeks > limit("pregnancy.weeks"):
        return not_eligible([Reason(f"출산예정일({case.pregnancy.due_date})이 지난 지 오래예요. "
                                    "출산했다면 자녀 생년월일을 알려 주세요", ARTICLE)])
    reason = _high_risk(case, law, on) or _in_window(weeks, law, on)
    if reason is None:
        return _outside(case, law, on, weeks)
    hours = law.get(f"{PREFIX}.hours_per_day", on)
    return eligible([reason], apply=apply_info(law, PREFIX, on),
                    notes=(f"하루 {hours}시간 줄여도 임금은 그대로예요(회사가 지급).",
                           f"하루 근로시간이 짧으면 {law.get(f'{PREFIX}.min_daily_hours', on)}시간이 되도록 줄여요.",
                           "출퇴근 시각만 바꾸는 것도 신청할 수 있어요(근로기준법 제74조 제9항)."))


def describe(law: LawReader, on: date) -> dict[str, Any]:
    early, late = law.get(f"{PREFIX}.early_max_weeks", on), law.get(f"{PREFIX}.late_min_weeks", on)
    high_risk = law.get(f"{PREFIX}.high_risk_whole_pregnancy", on)
    return {
        "summary": [
            f"임신 {early}주 이내 또는 {late}주 이후 근로자는 하루 {law.get(f'{PREFIX}.hours_per_day', on)}시간 근로시간을 줄일 수 있어요."
            + (" 고위험 임신이면 임신 기간 전체에 쓸 수 있어요." if high_risk else ""),
            "임금은 깎이지 않아요(회사가 그대로 지급).",
            f"단축 시작 {law.get(f'{PREFIX}.notice_days', on)}일 전까지 의사 진단서와 함께 회사에 신청해요.",
        ],
        "facts": {"early_max_weeks": early, "late_min_weeks": late, "high_risk_whole_pregnancy": high_risk,
                  "hours_per_day": law.get(f"{PREFIX}.hours_per_day", on),
                  "penalties": penalty_facts(law, PENALTIES, on)},
        "basis": f"{ARTICLE}, 제8항",
    }


PROGRAM = ProgramSpec("pregnancy_reduced_hours", "임신기 근로시간 단축", "worker", evaluate, describe)
