"""Answer a rule question from the FAQ data (`knowledge/faq/`) when the NLU is sure which entry it is.

A rule question's intent says what kind of question it is (ask_amount, ask_refusal_rule …); which
FAQ entry answers it comes from the FaqTopicSelector (bot/components/faq_topic_selector.py), which
adds `faq_topic` = {"key", "confidence", "ranking"} to the parse result. An entry is used only when
- its probability is at least FAQ_MIN_CONFIDENCE, and
- the message names no program, or names one of the entry's programs (a question about 육아기 단축
  must not get the 육아휴직 answer because the two were worded alike).
Otherwise the intent's own action answers (program description, employer rules, questionnaire).
A "did you mean" button (actions/handoff.py) names the entry itself with the entity `faq_key`,
which is always used.

The answer is rendered by `knowledge.faq.answer_faq` for the advice date, so a rule that changes
tomorrow is answered correctly tomorrow.
"""
from __future__ import annotations

import json
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.evaluation import advice_date
from actions.messages import split_for_phone
from knowledge.faq import answer_faq, load_faq

FAQ_TOPIC = "faq_topic"
# The selector's probabilities are spread over ~100 entries. In 5-fold cross-validation of the
# FAQ examples of nlu_data/train, an entry with probability >= 0.3 was the right one 80% of the
# time (62% at >= 0.1); below the threshold the intent's own action answers (docs/faq.md).
FAQ_MIN_CONFIDENCE = 0.3
# Entries offered as "did you mean" buttons when the intent itself is unsure.
FAQ_SUGGEST_MIN_CONFIDENCE = 0.1
FAQ_KEY_ENTITY = "faq_key"


def _named_programs(latest_message: dict[str, Any]) -> set[str]:
    return {str(e.get("value")) for e in latest_message.get("entities") or [] if e.get("entity") == "program"}


def _agrees(latest_message: dict[str, Any], key: str) -> bool:
    """The key exists and the message names none of the programs, or one of the entry's."""
    entries = load_faq()
    # A model trained on older data may predict a key the data no longer has.
    if key not in entries:
        return False
    named = _named_programs(latest_message)
    return not named or bool(named & set(entries[key].programs))


def confident_faq_key(latest_message: dict[str, Any]) -> str | None:
    """The FAQ key to answer with, or None when the NLU is unsure or the programs disagree."""
    for entity in latest_message.get("entities") or []:
        if entity.get("entity") == FAQ_KEY_ENTITY and str(entity.get("value")) in load_faq():
            return str(entity.get("value"))
    topic = latest_message.get(FAQ_TOPIC) or {}
    key, confidence = topic.get("key"), float(topic.get("confidence") or 0.0)
    if not key or confidence < FAQ_MIN_CONFIDENCE or not _agrees(latest_message, key):
        return None
    return key


def suggested_faq_keys(latest_message: dict[str, Any], count: int = 2) -> list[str]:
    """The likeliest FAQ entries worth offering as buttons, best first."""
    ranking = (latest_message.get(FAQ_TOPIC) or {}).get("ranking") or []
    keys = [str(item.get("key")) for item in ranking
            if float(item.get("confidence") or 0.0) >= FAQ_SUGGEST_MIN_CONFIDENCE]
    return [key for key in keys if _agrees(latest_message, key)][:count]


def faq_button(key: str) -> dict[str, str]:
    """A button with the entry's own question; clicking it asks exactly that entry."""
    payload = json.dumps({FAQ_KEY_ENTITY: key})
    return {"title": load_faq()[key].question, "payload": f"/ask_program_info{payload}"}


def answer_bubbles(key: str) -> list[str]:
    """The rendered answer for the advice date, split into phone-sized bubbles (never cutting a line)."""
    return split_for_phone(answer_faq(key, as_of=advice_date()).text.split("\n"))


def send_faq_answer(dispatcher: CollectingDispatcher, key: str) -> None:
    for bubble in answer_bubbles(key):
        dispatcher.utter_message(text=bubble)


class ActionAnswerFaq(Action):
    """Before the questionnaire starts (eligibility, subsidy questions): the rule's dated answer
    with its article when the NLU is sure which rule is asked; silent otherwise."""

    def name(self) -> str:
        return "action_answer_faq"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        key = confident_faq_key(tracker.latest_message)
        if key is not None:
            send_faq_answer(dispatcher, key)
        return []
