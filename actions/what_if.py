"""What changed in a what-if question, and the spouse's leave when only "남편도 쓰면?" was said."""
from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet

from actions.case_builder import FACT_SLOTS, UNKNOWN
from actions.evaluation import advice_date

CHANGE_LABELS = {
    "spouse_leave_months": "배우자 육아휴직 {value}개월을 넣어서",
    "spouse_leave_start": "배우자 육아휴직 시작일 {value}(으)로",
    "plan_leave_months": "육아휴직 {value}개월로",
    "plan_leave_start": "육아휴직 시작일 {value}(으)로",
    "plan_reduced_hours": "주 {value}시간으로 줄이는 걸로",
    "plan_reduced_months": "근로시간 단축 {value}개월로",
    "plan_reduced_start": "근로시간 단축 시작일 {value}(으)로",
    "monthly_wage": "월급 {value}원으로",
    "single_parent": "한부모 여부를 바꿔서",
}
"""How a changed slot is named in "…(으)로 다시 계산했어요"."""

COMPARED_SLOTS = tuple(dict.fromkeys([*CHANGE_LABELS, *FACT_SLOTS.values()]))


def describe_change(before: dict[str, Any], after: dict[str, Any]) -> str | None:
    """'육아휴직 6개월로' for the slots that differ, or None when nothing changed."""
    changed = [slot for slot in COMPARED_SLOTS if before.get(slot) != after.get(slot)]
    if not changed:
        return None
    labels = [CHANGE_LABELS.get(slot, "바뀐 내용으로").format(value=_shown(after.get(slot)))
              for slot in changed]
    return ", ".join(dict.fromkeys(labels))


def _shown(value: Any) -> str:
    if isinstance(value, (int, float)) or (isinstance(value, str) and value.isdigit()):
        number = float(value)
        return f"{int(number):,}" if number == int(number) else str(number)
    return str(value)


def _about_spouse(tracker: Tracker) -> bool:
    return "spouse" in list(tracker.get_latest_entity_values("relation"))


def default_spouse_months(slots: dict[str, Any]) -> Any:
    """The spouse takes as long as the worker plans, else the 6+6 months (knowledge data)."""
    own = slots.get("plan_leave_months")
    if own not in (None, UNKNOWN):
        return own
    from knowledge.law import default_law  # loaded lazily, once per process
    return default_law().at("parents_6plus6.max_months", advice_date()).value


def with_default_spouse_leave(tracker: Tracker, slots: dict[str, Any]) -> tuple[dict[str, Any], list]:
    """"남편도 육아휴직 쓰면?" without a length: assume a length and say so through the slot."""
    if not _about_spouse(tracker) or list(tracker.get_latest_entity_values("duration_months")):
        return slots, []
    months = default_spouse_months(slots)
    return {**slots, "spouse_leave_months": months}, [SlotSet("spouse_leave_months", months)]
