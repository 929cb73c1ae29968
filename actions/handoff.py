"""Low confidence and handoff: the two likeliest meanings as buttons, then a person (1350 / HR).

The first low-confidence turn offers the top two intents as buttons; a second one in a row hands
the conversation to a person with a case summary, recorded through `bot.storage` so the agent
console lists it.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Sequence, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict
from sqlalchemy.exc import SQLAlchemyError

from actions import messages
from actions.case_builder import facts_from_slots
from actions.evaluation import evaluate_slots
from actions.faq import faq_button, suggested_faq_keys
from actions.tracker_slots import slots_now

logger = logging.getLogger(__name__)

FALLBACK_SLOT = "fallback_count"
NOT_OFFERED = ("nlu_fallback", "out_of_scope", "chitchat")
"""Intents never offered as a "did you mean" button (no useful action behind a bare click)."""


def top_intents(tracker: Tracker, count: int = 2) -> list[str]:
    """The likeliest real intents of the latest message, best first."""
    ranking = (tracker.latest_message or {}).get("intent_ranking") or []
    names = [r.get("name") for r in ranking]
    return [n for n in names if n in messages.INTENT_LABELS and n not in NOT_OFFERED][:count]


def clarify_buttons(intents: Sequence[str], faq_keys: Sequence[str] = ()) -> list[dict[str, str]]:
    """The likeliest FAQ questions, then the likeliest kinds of request, then a human."""
    buttons = [faq_button(key) for key in faq_keys]
    buttons += [{"title": messages.INTENT_LABELS[name], "payload": f"/{name}"} for name in intents]
    return buttons + [{"title": messages.HANDOFF_BUTTON, "payload": "/human_handoff"}]


def record(sender_id: str, summary: str) -> None:
    """Store the handoff for the agent console when the storage part is installed."""
    try:
        from bot.storage import record_handoff
    except ImportError:
        logger.info("bot.storage is not available; handoff not recorded")
        return
    try:
        record_handoff(sender_id, summary)
    except SQLAlchemyError as error:
        logger.warning("handoff not recorded: %s", type(error).__name__)


def hand_off(dispatcher: CollectingDispatcher, tracker: Tracker) -> None:
    """Tell the person where to go, with a case summary; record it for the agents."""
    slots = slots_now(tracker)
    summary = messages.case_summary(facts_from_slots(slots), evaluate_slots(slots).result)
    dispatcher.utter_message(text=messages.handoff_text(summary))
    dispatcher.utter_message(json_message=messages.handoff_payload(summary))
    record(tracker.sender_id, summary)


class ActionClarify(Action):
    """nlu_fallback: offer the likeliest FAQ questions and meanings; the second time in a row, hand off."""

    def name(self) -> Text:
        return "action_clarify"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        count = int(tracker.get_slot(FALLBACK_SLOT) or 0)
        if count >= 1:
            hand_off(dispatcher, tracker)
            return [SlotSet(FALLBACK_SLOT, 0)]
        intents = top_intents(tracker)
        faq_keys = suggested_faq_keys(tracker.latest_message or {})
        text = messages.CLARIFY if intents or faq_keys else messages.CLARIFY_NOTHING
        dispatcher.utter_message(text=text, buttons=clarify_buttons(intents, faq_keys))
        return [SlotSet(FALLBACK_SLOT, count + 1)]


class ActionHandoff(Action):
    """The person asked for a human: summary, 1350, recorded for the agent console."""

    def name(self) -> Text:
        return "action_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: DomainDict) -> List[Dict[Text, Any]]:
        hand_off(dispatcher, tracker)
        return [SlotSet(FALLBACK_SLOT, 0)]
