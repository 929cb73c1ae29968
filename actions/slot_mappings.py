"""action_validate_slot_mappings: facts that need context to land in the right slot.

Runs after every user message (Rasa's global custom slot mappings). Plain `from_entity` mappings
in the domain handle the simple facts; here are the ones whose slot depends on the rest of the
message:
- `condition` values switch on yes/no facts (쌍둥이 → multiple_pregnancy) and accumulate, so
  "아니 쌍둥이에요" adds a fact without losing the others; 와이프 임신 makes the user the father.
- a leave length or start date belongs to the spouse when the message is about the spouse
  (`relation: spouse`), to 근로시간 단축 when that program is named, else to 육아휴직.
- hours in a what-if question are the planned reduced hours, not today's hours; two different
  hours in one message (`주 40시간인데 30시간으로 줄이려고요`) are today's (the larger) and the
  planned reduced ones (the smaller), whatever the order: nobody reduces upwards.
- HR questions make the speaker an employer.
- a message about several children (`첫째 7살 둘째 6개월`) keeps the youngest: Rasa's plain mapping
  would keep whichever was written last, and the youngest child opens the most programs
  (6+6 within 18 months, 육아휴직 until 만 8세) for the longest. The user is told, so that a
  question about an older child can be put right.
- a message that gives several facts, or corrects one, is repeated back in the user's terms
  (`이렇게 알아들었어요: 아이 6개월 · 월급 3,000,000원 · 직원 45명 · 제조업`): a misread number
  shows before any amount rests on it.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Text

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import ValidationAction
from rasa_sdk.types import DomainDict

from actions.case_builder import (
    CONDITION_SLOTS, PREGNANCY_ENDINGS, birth_date_from_age, birth_date_from_grade, to_int, to_iso_date, to_number,
)
from actions.evaluation import advice_date
from actions.messages import YOUNGEST_CHILD_NOTICE, heard_facts_line
from actions.tracker_slots import slots_before_latest_message

# what follows hours that a reduction goes down to (주 30시간으로 줄이려고요)
REDUCTION_TARGET = re.compile(r"\s*(?:으로|로)\s*(?:줄|단축|바꾸|바꿔|조정|변경|낮추|낮춰)")
EMPLOYER_INTENTS = ("ask_employer_subsidy", "ask_employer_obligation", "ask_refusal_rule", "ask_penalty")
REDUCED_HOURS_PROGRAMS = ("childcare_reduced_hours", "pregnancy_reduced_hours", "family_care_reduced_hours")


def entity_values(tracker: Tracker, name: str) -> list[Any]:
    return list(tracker.get_latest_entity_values(name))


def condition_events(conditions: list[Any], tracker: Tracker) -> dict[str, Any]:
    """Yes/no facts, pregnancy endings and the father's role implied by `condition` values."""
    found: dict[str, Any] = {}
    for value in conditions:
        if value in CONDITION_SLOTS:
            found[CONDITION_SLOTS[value]] = True
        elif value in PREGNANCY_ENDINGS:
            found["pregnancy_ended"] = value
        elif value == "spouse_pregnant" and not entity_values(tracker, "gender"):
            found["gender"] = "male"
    return found


def _about_spouse(tracker: Tracker) -> bool:
    return "spouse" in entity_values(tracker, "relation")


def _named_program(tracker: Tracker) -> Any:
    values = entity_values(tracker, "program")
    return values[0] if values else None


def plan_target(tracker: Tracker, kind: str) -> str:
    """Which slot a `duration_months` (kind=months) or `date` (kind=start) belongs to."""
    if _about_spouse(tracker):
        return f"spouse_leave_{kind}"
    program = _named_program(tracker)
    if program in REDUCED_HOURS_PROGRAMS:
        return f"plan_reduced_{kind}"
    if program == "maternity_leave" and kind == "start":
        return "plan_maternity_start"
    return f"plan_leave_{kind}"


def plan_events(tracker: Tracker) -> dict[str, Any]:
    """Leave lengths, start dates and what-if hours.

    While the questionnaire runs, a bare duration or date answers its question (validate_case_form
    places it), so only a message outside the form is read as a plan.
    """
    found: dict[str, Any] = {}
    if tracker.active_loop.get("name"):
        return found
    months, dates = entity_values(tracker, "duration_months"), entity_values(tracker, "date")
    if months:
        found[plan_target(tracker, "months")] = months[0]
    if dates:
        found[plan_target(tracker, "start")] = dates[0]
    hours = entity_values(tracker, "weekly_hours")
    if hours and tracker.get_intent_of_latest_message() == "ask_what_if":
        found["plan_reduced_hours"] = hours[0]
    return found


def hours_events(tracker: Tracker) -> dict[str, Any]:
    """Two different weekly hours in one message are today's and the planned reduced ones; hours
    written as where a reduction goes (`30시간으로 줄이려고요`) alone are the plan, and today's
    hours stay what they were before the message."""
    by_number = {to_number(value): value for value in entity_values(tracker, "weekly_hours")}
    numbers = sorted(number for number in by_number if number is not None)
    if len(numbers) >= 2:
        return {"weekly_hours": by_number[numbers[-1]], "plan_reduced_hours": by_number[numbers[0]]}
    targets = _reduction_targets(tracker)
    if numbers and targets == [by_number[numbers[0]]]:
        return {"plan_reduced_hours": targets[0],
                "weekly_hours": slots_before_latest_message(tracker).get("weekly_hours")}
    return {}


def _reduction_targets(tracker: Tracker) -> list[Any]:
    """Values of the weekly hours followed by "으로 줄이/단축/바꾸…" in the message."""
    text = tracker.latest_message.get("text") or ""
    return [e.get("value") for e in tracker.latest_message.get("entities") or []
            if e.get("entity") == "weekly_hours" and REDUCTION_TARGET.match(text, int(e.get("end") or 0))]


def youngest_child_events(tracker: Tracker) -> dict[str, Any]:
    """With two or more children in the message (birth dates, ages, school grades), the youngest's
    birth date, and the age and grade slots cleared so that they do not describe another child."""
    as_of = advice_date()
    births = [to_iso_date(value) for value in entity_values(tracker, "child_birth_date")]
    births += [birth_date_from_age(age, as_of) for age in _whole_numbers(tracker, "child_age_months")]
    births += [birth_date_from_grade(grade, as_of) for grade in _whole_numbers(tracker, "child_grade")]
    known = [birth for birth in births if birth]
    if len(known) < 2:
        return {}
    return {"child_birth_date": max(known), "child_age_months": None, "child_grade": None}


def _whole_numbers(tracker: Tracker, name: str) -> list[int]:
    return [number for number in map(to_int, entity_values(tracker, name)) if number is not None]


HEARD_FACTS = ("child_age_months", "child_birth_date", "child_grade", "pregnancy_weeks", "due_date",
               "monthly_wage", "weekly_hours", "plan_reduced_hours", "headcount", "industry")
"""Case facts the bot repeats back, in this order, when one message gives several of them."""
DATE_FACTS = ("child_birth_date", "due_date")
NUMBER_FACTS = ("weekly_hours", "plan_reduced_hours")


def heard_facts(tracker: Tracker, found: dict[str, Any]) -> dict[str, Any]:
    """The case facts of the latest message as the case keeps them: the last value of each,
    the youngest child of several, today's and the reduced hours as the hours rules placed them."""
    facts: dict[str, Any] = {}
    for name in HEARD_FACTS:
        values = entity_values(tracker, name)
        value = found[name] if name in found else (values[-1] if values else None)
        facts[name] = _fact_value(name, value)
    if "child_age_months" in found:  # several children: the youngest, in the words the user used
        facts.update(_youngest_as_told(tracker, found["child_birth_date"]))
    return {name: value for name, value in facts.items() if value is not None}


def _youngest_as_told(tracker: Tracker, birth: str) -> dict[str, Any]:
    """The youngest child as the message gave it: an age, a school grade or a birth date."""
    as_of = advice_date()
    told = {"child_age_months": None, "child_grade": None, "child_birth_date": birth}
    for age in _whole_numbers(tracker, "child_age_months"):
        if birth_date_from_age(age, as_of) == birth:
            return {**told, "child_age_months": age, "child_birth_date": None}
    for grade in _whole_numbers(tracker, "child_grade"):
        if birth_date_from_grade(grade, as_of) == birth:
            return {**told, "child_grade": grade, "child_birth_date": None}
    return told


def _fact_value(name: str, value: Any) -> Any:
    if name in DATE_FACTS:
        return to_iso_date(value)
    if name in NUMBER_FACTS:
        return to_number(value)
    if name == "industry":
        return value or None
    return to_int(value)


def heard_facts_message(tracker: Tracker, found: dict[str, Any]) -> str | None:
    """Said when one message gives two facts or more, or corrects one: a misread number shows
    before any amount rests on it (a single answer to a question needs no echo)."""
    facts = heard_facts(tracker, found)
    correcting = tracker.get_intent_of_latest_message() == "correct"
    return heard_facts_line(facts) if len(facts) >= 2 or (correcting and facts) else None


def fallback_events(tracker: Tracker) -> dict[str, Any]:
    """A clear message ends a run of low-confidence turns (action_clarify counts them)."""
    if tracker.get_intent_of_latest_message() != "nlu_fallback" and tracker.get_slot("fallback_count"):
        return {"fallback_count": 0}
    return {}


def role_events(tracker: Tracker) -> dict[str, Any]:
    if tracker.get_intent_of_latest_message() in EMPLOYER_INTENTS and not entity_values(tracker, "role"):
        return {"role": "employer"}
    return {}


class ValidateSlotMappings(ValidationAction):
    """Context-dependent slot filling after each user message."""

    def name(self) -> Text:
        return "action_validate_slot_mappings"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        found = condition_events(entity_values(tracker, "condition"), tracker)
        found.update(plan_events(tracker))
        found.update(role_events(tracker))
        found.update(fallback_events(tracker))
        youngest = youngest_child_events(tracker)
        if youngest and tracker.get_slot("child_birth_date") != youngest["child_birth_date"]:
            dispatcher.utter_message(text=YOUNGEST_CHILD_NOTICE)
        found.update(youngest)
        found.update(hours_events(tracker))
        heard = heard_facts_message(tracker, found)
        if heard:
            dispatcher.utter_message(text=heard)
        return [SlotSet(slot, value) for slot, value in found.items()
                if tracker.get_slot(slot) != value]
