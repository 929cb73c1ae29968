"""FAQ answers in the actions: the FaqTopicSelector's key is used only when it is confident and
agrees with the program named; then the dated answer is sent in phone-sized bubbles."""
from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.faq import FAQ_MIN_CONFIDENCE, ActionAnswerFaq, confident_faq_key
from actions.programs import ActionEmployerRules, ActionProgramInfo
from knowledge.faq import answer_faq

TODAY = date(2026, 11, 24)


def topic(key: str, confidence: float = 0.8) -> dict[str, Any]:
    """The `faq_topic` part of a parsed message, as bot/components/faq_topic_selector.py writes it."""
    return {"key": key, "confidence": confidence,
            "ranking": [{"key": key, "confidence": confidence}, {"key": "benefit_tax", "confidence": 0.01}]}


def latest(text: str, intent: str, faq_topic: dict[str, Any] | None, programs: tuple[str, ...] = ()) -> dict:
    message: dict[str, Any] = {"text": text, "intent": {"name": intent, "confidence": 0.9},
                               "entities": [{"entity": "program", "value": p} for p in programs]}
    if faq_topic is not None:
        message["faq_topic"] = faq_topic
    return message


def tracker_for(message: dict[str, Any], active_loop: str | None = None) -> Tracker:
    return Tracker("user-1", {}, message, [], False, None, {"name": active_loop} if active_loop else {},
                   "action_listen")


async def run(action: Any, tracker: Tracker) -> list[dict[str, Any]]:
    dispatcher = CollectingDispatcher()
    assert await action.run(dispatcher, tracker, {}) == []
    return dispatcher.messages


@pytest.fixture(autouse=True)
def fixed_advice_date(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKLIFE_AS_OF", TODAY.isoformat())


def test_action_name_matches_the_domain() -> None:
    assert ActionAnswerFaq().name() == "action_answer_faq"


async def test_spouse_leave_question_gets_the_dated_answer() -> None:
    message = latest("배출휴가 며칠이에요", "ask_program_info", topic("spouse_leave_days"), ("spouse_birth_leave",))
    texts = [m["text"] for m in await run(ActionAnswerFaq(), tracker_for(message))]
    assert "\n".join(texts) == answer_faq("spouse_leave_days", TODAY).text
    assert texts[0].startswith("배우자 출산전후휴가는 20일이고 모두 유급이에요.")
    assert "근거: 남녀고용평등법 제18조의2, 시행일 2026년 9월 18일" in texts[-1]


async def test_long_caveated_answer_is_split_into_phone_sized_bubbles() -> None:
    message = latest("출휴 급여 얼마", "ask_amount", topic("maternity_leave_pay_amount"))
    messages = await run(ActionAnswerFaq(), tracker_for(message))
    assert all(len(m["text"]) <= 400 for m in messages)
    assert "7,333,330원" in messages[0]["text"]
    assert "국번없이 1350" in messages[-1]["text"]


@pytest.mark.parametrize("faq_topic", [None, {}, topic("no_such_key"), topic("benefit_tax", FAQ_MIN_CONFIDENCE - 0.01)])
async def test_unsure_or_unknown_topic_sends_nothing_before_the_questionnaire(faq_topic: dict | None) -> None:
    message = latest("저도 받을 수 있어요?", "ask_eligibility", faq_topic)
    assert await run(ActionAnswerFaq(), tracker_for(message)) == []


def test_topic_at_the_threshold_is_used() -> None:
    assert confident_faq_key(latest("육휴 급여 세금", "ask_amount", topic("benefit_tax", FAQ_MIN_CONFIDENCE))) == "benefit_tax"


def test_topic_about_another_program_than_the_one_named_is_not_used() -> None:
    # "육아기 단축 거부" worded like the 육아휴직 refusal question: the named program decides
    message = latest("육단 거부 가능?", "ask_refusal_rule", topic("parental_leave_refusal"), ("childcare_reduced_hours",))
    assert confident_faq_key(message) is None
    same_program = latest("육휴 거부 가능?", "ask_refusal_rule", topic("parental_leave_refusal"), ("parental_leave",))
    assert confident_faq_key(same_program) == "parental_leave_refusal"


async def test_program_info_answers_the_faq_entry_then_offers_the_check() -> None:
    message = latest("육휴 중에 퇴사하면 급여 어떻게 돼요", "ask_what_if", topic("parental_leave_quit"), ("parental_leave",))
    messages = await run(ActionProgramInfo(), tracker_for(message))
    assert messages[0]["text"].startswith("퇴사한 날부터는 육아휴직 급여가 나오지 않아요.")
    assert messages[-1]["buttons"] == [{"title": "네, 확인할래요", "payload": "/affirm"},
                                       {"title": "아니요", "payload": "/deny"}]


async def test_program_info_without_a_sure_topic_describes_the_program() -> None:
    message = latest("배우자 출산휴가 알려줘", "ask_program_info", topic("benefit_tax", 0.05), ("spouse_birth_leave",))
    messages = await run(ActionProgramInfo(), tracker_for(message))
    assert "배우자 출산" in messages[0]["text"]
    assert not messages[0]["text"].startswith("육아휴직 급여와 출산전후휴가 급여는 비과세")


async def test_employer_rules_answer_the_faq_entry_when_sure() -> None:
    message = latest("직원이 육휴 신청했는데 거절해도 돼요?", "ask_refusal_rule", topic("parental_leave_refusal"),
                     ("parental_leave",))
    texts = [m["text"] for m in await run(ActionEmployerRules(), tracker_for(message))]
    assert "\n".join(texts) == answer_faq("parental_leave_refusal", TODAY).text


async def test_a_clicked_faq_button_names_the_entry_and_is_always_answered() -> None:
    message = latest("/ask_program_info", "ask_program_info", None)
    message["entities"] = [{"entity": "faq_key", "value": "spouse_leave_weekend_split"}]
    messages = await run(ActionProgramInfo(), tracker_for(message))
    assert "\n".join(m["text"] for m in messages[:-1]) == answer_faq("spouse_leave_weekend_split", TODAY).text
