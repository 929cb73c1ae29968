"""Direct questions about one program, answered without a questionnaire.

When the NLU is sure which FAQ entry the question asks about (actions/faq.py), that entry's dated
answer is sent; otherwise the program's description (describe_program) or its employer rules.
"""
from __future__ import annotations

from typing import Any, Dict, List, Text

from knowledge import describe_program, estimate_pay
from knowledge.errors import KnowledgeError
from knowledge.faq import load_faq
from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions import messages
from actions.case_builder import facts_from_slots, to_number
from actions.evaluation import advice_date, evaluate_slots
from actions.faq import confident_faq_key, send_faq_answer
from actions.tracker_slots import latest_entity, slots_now

YES_NO_BUTTONS = [{"title": "네, 확인할래요", "payload": "/affirm"},
                  {"title": "아니요", "payload": "/deny"}]
TOPIC_BY_INTENT = {"ask_employer_obligation": "obligation", "ask_refusal_rule": "refusal",
                   "ask_penalty": "penalty"}


def asked_program(tracker: Tracker) -> str | None:
    """The program named in this message, else the one asked about before."""
    return latest_entity(tracker, "program") or tracker.get_slot("focus_program")


def describe(program_id: str) -> dict[str, Any] | None:
    try:
        return describe_program(program_id, advice_date())
    except KnowledgeError:
        return None


def personal_line(slots: dict[str, Any], program_id: str) -> str | None:
    """When the person already told us facts, the amount for them too: their own amount when the
    program applies, else what it pays their wage while the rest is unknown (nothing when it
    does not apply)."""
    if not facts_from_slots(slots):
        return None
    evaluation = evaluate_slots(slots)
    status = None
    if evaluation.result is not None:
        matches = [p for p in evaluation.result.programs if p.id == program_id]
        status = matches[0].status if matches else None
        if status == "eligible":
            line = messages.benefit_line(matches[0])
            return f"알려 주신 상황이면 → {line}" if line else None
    if status in (None, "needs_info") and slots.get("monthly_wage"):
        return wage_estimate_line(program_id, slots)
    return None


def wage_estimate_line(program_id: str, slots: dict[str, Any]) -> str | None:
    """What the program pays the wage (and hours) given so far (knowledge.estimate_pay); nothing
    for a program whose pay needs more than that."""
    try:
        estimate = estimate_pay(program_id, to_number(slots.get("monthly_wage")), advice_date(),
                                weekly_hours=to_number(slots.get("weekly_hours")),
                                reduced_weekly_hours=to_number(slots.get("plan_reduced_hours")))
    except KnowledgeError:
        return None
    return messages.render_wage_estimate(estimate) if estimate else None


class ActionProgramInfo(Action):
    """What a program is, how much, how to apply, until when; then offer to check one's case."""

    def name(self) -> Text:
        return "action_program_info"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        program_id = asked_program(tracker)
        faq_key = confident_faq_key(tracker.latest_message)
        description = describe(program_id) if program_id else None
        if faq_key is not None:
            send_faq_answer(dispatcher, faq_key)
            # the personal amount only for a program the answered rule is about
            program_id = program_id if program_id in load_faq()[faq_key].programs else None
        elif description is None:
            dispatcher.utter_message(text=messages.UNKNOWN_PROGRAM)
            return []
        else:
            for text in messages.render_program_info(description):
                dispatcher.utter_message(text=text)
        extra = personal_line(slots_now(tracker), program_id) if program_id else None
        if extra:
            dispatcher.utter_message(text=extra)
        if not tracker.active_loop.get("name"):
            dispatcher.utter_message(text=messages.OFFER_CHECK, buttons=YES_NO_BUTTONS)
        return []


class ActionEmployerRules(Action):
    """HR: the company's duties, refusal grounds or penalties for one kind of request."""

    def name(self) -> Text:
        return "action_employer_rules"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        faq_key = confident_faq_key(tracker.latest_message)
        if faq_key is not None:
            send_faq_answer(dispatcher, faq_key)
            return []
        topic = TOPIC_BY_INTENT.get(tracker.get_intent_of_latest_message(), "obligation")
        program_id = asked_program(tracker)
        description = describe(program_id) if program_id else None
        if description is None:
            dispatcher.utter_message(text=messages.HR_ASK_PROGRAM)
            return []
        for text in messages.render_employer_rules(description, topic):
            dispatcher.utter_message(text=text)
        return []
