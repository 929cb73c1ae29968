"""`action_answer_faq` reads the ResponseSelector key and sends the dated answer + one button."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

import actions.faq as faq_action
from actions.faq import CHECK_MY_CASE_BUTTON, NOT_UNDERSTOOD, ActionAnswerFaq, retrieval_key
from knowledge.faq import answer_faq

TODAY = date(2026, 11, 24)


def selector_output(full_key: str, selector: str = "faq") -> dict[str, Any]:
    """The `response_selector` part of a parsed message, as Rasa 3.6 writes it."""
    return {
        "all_retrieval_intents": ["faq"],
        selector: {
            "response": {"responses": [{"text": "..."}], "confidence": 0.93,
                         "intent_response_key": full_key, "utter_action": f"utter_{full_key}"},
            "ranking": [{"confidence": 0.93, "intent_response_key": full_key}],
        },
    }


def tracker_for(text: str, response_selector: dict[str, Any] | None) -> Tracker:
    latest = {"text": text, "intent": {"name": "faq", "confidence": 0.97}, "entities": []}
    if response_selector is not None:
        latest["response_selector"] = response_selector
    return Tracker("user-1", {}, latest, [], False, None, None, "action_listen")


async def run_action(tracker: Tracker) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    dispatcher = CollectingDispatcher()
    events = await ActionAnswerFaq().run(dispatcher, tracker, {})
    return dispatcher.messages, events


@pytest.fixture(autouse=True)
def fixed_today(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(faq_action, "korean_today", lambda: TODAY)


def test_action_name_matches_the_domain() -> None:
    assert ActionAnswerFaq().name() == "action_answer_faq"


async def test_spouse_leave_question_gets_the_dated_answer_and_the_check_button() -> None:
    tracker = tracker_for("배출휴가 며칠이에요", selector_output("faq/spouse_leave_days"))
    messages, events = await run_action(tracker)
    assert events == []
    texts = [message["text"] for message in messages]
    assert "\n".join(texts) == answer_faq("spouse_leave_days", TODAY).text
    assert texts[0].startswith("배우자 출산전후휴가는 20일이고 모두 유급이에요.")
    assert "근거: 남녀고용평등법 제18조의2, 시행일 2026년 9월 18일" in texts[-1]
    assert [message["buttons"] for message in messages] == [[]] * (len(messages) - 1) + [[CHECK_MY_CASE_BUTTON]]


async def test_long_caveated_answer_is_split_into_phone_sized_bubbles() -> None:
    tracker = tracker_for("출휴 급여 얼마", selector_output("faq/maternity_leave_pay_amount"))
    messages, _ = await run_action(tracker)
    assert all(len(message["text"]) <= 400 for message in messages)
    assert "7,333,330원" in messages[0]["text"]
    assert "국번없이 1350" in messages[-1]["text"]
    assert messages[-1]["buttons"] == [CHECK_MY_CASE_BUTTON]


async def test_default_selector_key_is_read_too() -> None:
    tracker = tracker_for("육휴 중 퇴사", selector_output("faq/parental_leave_quit", selector="default"))
    messages, _ = await run_action(tracker)
    assert messages[0]["text"].startswith("퇴사한 날부터는 육아휴직 급여가 나오지 않아요.")


@pytest.mark.parametrize("selector", [None, {}, selector_output("faq/no_such_key"),
                                      selector_output("chitchat/weather")])
async def test_missing_or_unknown_key_asks_again_with_the_hotline(selector: dict | None) -> None:
    messages, events = await run_action(tracker_for("음", selector))
    assert [message["text"] for message in messages] == [NOT_UNDERSTOOD]
    assert "1350" in NOT_UNDERSTOOD and events == []


def test_retrieval_key_strips_the_intent_prefix() -> None:
    assert retrieval_key({"response_selector": selector_output("faq/benefit_tax")}) == "benefit_tax"
    assert retrieval_key({"text": "안녕"}) is None


def test_full_retrieval_intent_name_set_by_rasa_is_preferred() -> None:
    message = {"intent": {"name": "faq", "full_retrieval_intent_name": "faq/parental_leave_quit"},
               "response_selector": selector_output("faq/benefit_tax")}
    assert retrieval_key(message) == "parental_leave_quit"
