"""validate_case_form: the questionnaire asks exactly what the knowledge engine still needs.

`required_slots` evaluates the case built from the slots and returns the slots for
`result.missing_facts` in the engine's order, so there is no fixed questionnaire: a person who
volunteers five facts at once is asked only the rest. Every fact slot is checked; a value that
cannot be true is cleared and re-asked in plain Korean. "몰라요" marks a fact as unknown so the
form moves on.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from knowledge.result import ProgramResult, Result

from actions import messages
from actions.case_builder import UNKNOWN, birth_date_from_age, birth_date_from_grade, slots_for_facts
from actions.evaluation import advice_date, evaluate_slots
from actions.validation import RE_ASK_KEY, check_slot

DONT_KNOW_MARKERS = ("모르", "몰라", "모름")
"""Answers meaning "I don't know" (the form records UNKNOWN and moves on)."""
NONE_MARKERS = ("없어", "없음", "없습니다", "아직")
"""Answers meaning "there is none" to a question that is not yes/no (아이 생일 → 아직 없어요)."""

DATE_SLOTS = ("due_date", "child_birth_date", "plan_leave_start", "plan_reduced_start",
              "plan_maternity_start", "spouse_leave_start")
YES_NO_SLOTS = ("single_parent", "multiple_pregnancy", "high_risk_pregnancy", "premature",
                "disabled_child", "fertility_treatment", "family_care", "priority_support",
                "leave_used_months")
"""Questions where "아니요" is an answer (false / none used), not "I can't say"."""
MONTH_SLOTS = ("plan_leave_months", "plan_reduced_months", "spouse_leave_months")


def missing_slots(slots: dict[str, Any]) -> list[str]:
    """Slots for the engine's missing facts, in its order.

    Only the programs this person sees count (a worker is not asked about subsidy plans), and a
    program the person asked about narrows the questions to that program.
    """
    evaluation = evaluate_slots(slots)
    if evaluation.result is None:
        return [evaluation.bad_slot] if evaluation.bad_slot else []
    programs = messages.visible_programs(evaluation.result)
    focused = [p for p in programs if p.id == slots.get("focus_program")]
    asked = slots_for_facts(ordered_facts(evaluation.result, focused or programs))
    return [slot for slot in asked if not (slot == "child_birth_date" and expecting_first_child(slots))]


def expecting_first_child(slots: dict[str, Any]) -> bool:
    """A pregnant person who named no child is not asked for a child's birth date.

    The engine lists `children[0].birth_date` for the child programs (육아기 단축, 6+6 …), but
    "아이는 언제 태어났어요?" is the wrong question during a first pregnancy; a person with an
    older child says so ("첫째는 3살이에요") and the slot mappings pick it up.
    """
    pregnant = any(slots.get(name) not in (None, UNKNOWN) for name in ("pregnancy_weeks", "due_date"))
    has_child = any(slots.get(name) not in (None,) for name in ("child_birth_date", "child_age_months", "child_grade"))
    return pregnant and not has_child


def ordered_facts(result: Result, programs: list[ProgramResult]) -> list[str]:
    """The engine's missing_facts order, restricted to the given programs."""
    wanted = {fact for program in programs for fact in program.missing_facts}
    return [fact for fact in result.missing_facts if fact in wanted]


def _entity(tracker: Tracker, name: str) -> Any:
    return next(tracker.get_latest_entity_values(name), None)


def requested_answer(tracker: Tracker) -> tuple[str, Any] | None:
    """An answer to the question just asked that slot mappings could not place.

    "몰라요" (or "없어요" to a non yes/no question) → UNKNOWN; a bare `date` for a date question; a `duration_months` for a months question.
    """
    requested = tracker.get_slot("requested_slot")
    if not requested:
        return None
    text = (tracker.latest_message or {}).get("text") or ""
    if any(marker in text for marker in DONT_KNOW_MARKERS):
        return requested, UNKNOWN
    if requested not in YES_NO_SLOTS and (tracker.get_intent_of_latest_message() == "deny"
                                          or any(marker in text for marker in NONE_MARKERS)):
        return requested, UNKNOWN
    if requested == "child_birth_date":
        from_age = birth_date_answer(tracker)
        if from_age is not None:
            return requested, from_age
    if requested in DATE_SLOTS and _entity(tracker, "date") is not None:
        return requested, _entity(tracker, "date")
    if requested in MONTH_SLOTS and _entity(tracker, "duration_months") is not None:
        return requested, _entity(tracker, "duration_months")
    return None


def birth_date_answer(tracker: Tracker) -> str | None:
    """"아이는 6개월이에요" or "초2예요" answers the birth-date question: the birth date it implies."""
    age, grade = _entity(tracker, "child_age_months"), _entity(tracker, "child_grade")
    if age is not None and str(age).isdigit():
        return birth_date_from_age(int(age), advice_date())
    if grade is not None and str(grade).isdigit():
        return birth_date_from_grade(int(grade), advice_date())
    return None


class ValidateCaseForm(FormValidationAction):
    """Validation and dynamic required slots of `case_form`."""

    def name(self) -> Text:
        return "validate_case_form"

    async def required_slots(self, domain_slots: List[Text], dispatcher: CollectingDispatcher,
                             tracker: Tracker, domain: DomainDict) -> List[Text]:
        """The engine's missing facts as slots; UNKNOWN answers count as filled."""
        return missing_slots(tracker.current_slot_values())

    async def get_extraction_events(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> List[EventType]:
        answer = requested_answer(tracker)
        if answer is None or tracker.get_slot(answer[0]) not in (None, UNKNOWN):
            return []
        if answer[1] == UNKNOWN:
            dispatcher.utter_message(text=messages.ASKED_UNKNOWN)
        return [SlotSet(answer[0], answer[1])]

    async def get_validation_events(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                                    domain: DomainDict) -> List[EventType]:
        """Check every fact slot set by the last message, not only the requested one."""
        as_of = advice_date()
        events: List[EventType] = []
        for slot, value in tracker.slots_to_validate().items():
            ok, normalised = check_slot(slot, value, as_of)
            if not ok:
                dispatcher.utter_message(text=messages.re_ask(RE_ASK_KEY.get(slot, slot)))
            events.append(SlotSet(slot, normalised if ok else None))
        return events
