"""Answer a rule question (retrieval intent `faq/<key>`) from the knowledge data.

Rasa's ResponseSelector puts the predicted key in
`latest_message["response_selector"][<selector>]["response"]["intent_response_key"]`
(`"faq/spouse_leave_days"`); the selector is `faq` when the ResponseSelector is configured with
`retrieval_intent: faq`, else `default`. In the `faq` case Rasa's processor also copies the key
to `latest_message["intent"]["full_retrieval_intent_name"]`, which is read first. The answer is rendered by `knowledge.faq.answer_faq` for
today's date in Korea, so a rule that changes tomorrow is answered correctly tomorrow.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.messages import split_for_phone
from knowledge.faq import answer_faq, load_faq

RETRIEVAL_INTENT = "faq"
SELECTOR_KEYS = (RETRIEVAL_INTENT, "default")
# Korean law dates are Korean calendar dates; KST has no daylight saving time.
KOREA_TIME = timezone(timedelta(hours=9), "KST")
CHECK_MY_CASE_BUTTON = {"title": "내 상황 확인하기", "payload": "/check_my_case"}
NOT_UNDERSTOOD = ("어떤 규정을 물으시는지 정확히 알아듣지 못했어요. 조금 다르게 물어봐 주시겠어요? "
                  "전화 상담은 국번없이 1350이에요.")


def korean_today() -> date:
    """Today's date in Korea (the server may run in UTC)."""
    return datetime.now(KOREA_TIME).date()


def _full_keys(latest_message: dict[str, Any]) -> list[str]:
    """Candidate `faq/<key>` strings, most specific first."""
    keys = [(latest_message.get("intent") or {}).get("full_retrieval_intent_name") or ""]
    selectors = latest_message.get("response_selector") or {}
    for selector in SELECTOR_KEYS:
        response = (selectors.get(selector) or {}).get("response") or {}
        keys.append(response.get("intent_response_key") or "")
    return keys


def retrieval_key(latest_message: dict[str, Any]) -> str | None:
    """`spouse_leave_days` from the ResponseSelector output, or None when there is none."""
    for full_key in _full_keys(latest_message):
        intent, _, key = full_key.partition("/")
        if intent == RETRIEVAL_INTENT and key:
            return key
    return None


def answer_bubbles(key: str, as_of: date) -> list[str]:
    """The rendered answer split into phone-sized bubbles (never cutting a line)."""
    return split_for_phone(answer_faq(key, as_of=as_of).text.split("\n"))


class ActionAnswerFaq(Action):
    """Sends the dated answer with its article, then offers to check the person's own case."""

    def name(self) -> str:
        return "action_answer_faq"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker,
                  domain: dict[str, Any]) -> list[dict[str, Any]]:
        key = retrieval_key(tracker.latest_message)
        # A model trained on older data may predict a key the data no longer has.
        if key is None or key not in load_faq():
            dispatcher.utter_message(text=NOT_UNDERSTOOD)
            return []
        bubbles = answer_bubbles(key, korean_today())
        for bubble in bubbles[:-1]:
            dispatcher.utter_message(text=bubble)
        dispatcher.utter_message(text=bubbles[-1], buttons=[CHECK_MY_CASE_BUTTON])
        return []
