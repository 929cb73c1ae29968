"""The answers computed from the case: result, why-not, what-if and the personal plan.

Each action is thin: slots → case (case_builder) → knowledge.evaluate → messages.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import messages
from actions.evaluation import Evaluation, evaluate_case, evaluate_slots
from actions.plan_dates import plan_starts, planned_case
from actions.tracker_slots import latest_entity, slots_before_latest_message, slots_now
from actions.what_if import describe_change, with_default_spouse_leave


def utter_all(dispatcher: CollectingDispatcher, texts: List[str]) -> None:
    for text in texts:
        dispatcher.utter_message(text=text)


def evaluated_or_report(dispatcher: CollectingDispatcher, slots: dict[str, Any]) -> Evaluation:
    """Evaluate; when the engine refuses the case, tell the person why (Korean, one line)."""
    evaluation = evaluate_slots(slots)
    if evaluation.error:
        dispatcher.utter_message(text=evaluation.error)
    return evaluation


class ActionShowResult(Action):
    """What applies, how much (month by month), who pays, until when, how to apply."""

    def name(self) -> Text:
        return "action_show_result"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        evaluation = evaluated_or_report(dispatcher, slots_now(tracker))
        if evaluation.result is not None:
            utter_all(dispatcher, messages.render_result(evaluation.result))
            dispatcher.utter_message(json_message=messages.programs_payload(evaluation.result))
        return []


class ActionWhyNot(Action):
    """The reasons a program does not apply, each with its article."""

    def name(self) -> Text:
        return "action_why_not"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        slots = slots_now(tracker)
        program_id = latest_entity(tracker, "program")
        evaluation = evaluated_or_report(dispatcher, slots)
        if evaluation.result is not None:
            utter_all(dispatcher, messages.render_why_not(evaluation.result, program_id))
        return []


class ActionWhatIf(Action):
    """Re-evaluate with the changed plan or spouse and show what each program pays now."""

    def name(self) -> Text:
        return "action_what_if"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        before_slots = slots_before_latest_message(tracker)
        after_slots, events = with_default_spouse_leave(tracker, slots_now(tracker))
        change = describe_change(before_slots, after_slots)
        if change is None:
            dispatcher.utter_message(text=messages.WHAT_IF_UNCLEAR)
            return []
        before = evaluated_or_report(dispatcher, before_slots)
        after = evaluated_or_report(dispatcher, after_slots)
        if before.result is None or after.result is None:
            return events
        utter_all(dispatcher, messages.render_difference(before.result, after.result, change))
        dispatcher.utter_message(json_message=messages.programs_payload(after.result))
        return events


class ActionPlan(Action):
    """시기별 활용안: each program that applies, when it starts, what each month pays."""

    def name(self) -> Text:
        return "action_plan"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        evaluation = evaluated_or_report(dispatcher, slots_now(tracker))
        if evaluation.result is None:
            return []
        planned = evaluate_case(planned_case(evaluation.case, evaluation.result))
        result = planned.result or evaluation.result
        starts = plan_starts(planned.case if planned.result else evaluation.case, result)
        utter_all(dispatcher, messages.render_plan(result, starts))
        rows = messages.plan_rows(result, starts)
        if rows:
            dispatcher.utter_message(json_message=messages.plan_payload(rows))
        return []
