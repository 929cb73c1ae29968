"""Low confidence: the top two meanings as buttons, then a handoff with a case summary."""
from __future__ import annotations

import pytest
from rasa_sdk.events import SlotSet

from actions.handoff import ActionClarify, ActionHandoff
from tests.conversation.helpers import customs, make_tracker, texts

RANKING = [{"name": "nlu_fallback", "confidence": 0.5}, {"name": "chitchat", "confidence": 0.3},
           {"name": "ask_amount", "confidence": 0.25}, {"name": "ask_deadline", "confidence": 0.2},
           {"name": "greet", "confidence": 0.05}]


@pytest.mark.asyncio
async def test_first_low_confidence_turn_offers_the_two_likeliest_intents(dispatcher):
    tracker = make_tracker(intent="nlu_fallback", ranking=RANKING, text="그거 얼마 언제")
    events = await ActionClarify().run(dispatcher, tracker, {})
    assert events == [SlotSet("fallback_count", 1)]
    message = dispatcher.messages[0]
    assert message["text"] == "제가 정확히 이해했는지 모르겠어요. 이 중 어떤 건가요?"
    assert message["buttons"] == [{"title": "금액 문의", "payload": "/ask_amount"},
                                  {"title": "신청 기한", "payload": "/ask_deadline"},
                                  {"title": "상담원 연결", "payload": "/human_handoff"}]


@pytest.mark.asyncio
async def test_second_low_confidence_turn_hands_off_with_a_summary(dispatcher, database_url):
    from bot.storage import list_handoffs
    slots = {"fallback_count": 1, "headcount": "400", "monthly_wage": "3000000",
             "child_birth_date": "2026-03-01"}
    tracker = make_tracker(slots, intent="nlu_fallback", ranking=RANKING, sender="user-42")
    events = await ActionClarify().run(dispatcher, tracker, {})
    assert events == [SlotSet("fallback_count", 0)]
    assert texts(dispatcher)[0].startswith("제가 답하기 어려운 내용이라 상담원에게 연결할게요. 고용노동부 고객상담센터 1350")
    handoff = customs(dispatcher)[0]
    assert handoff["kind"] == "handoff" and handoff["phone"] == "1350"
    assert "worker.monthly_wage=3000000" in handoff["summary"]
    assert "company.headcount=400" in handoff["summary"]
    assert "[대상 제도] 육아휴직" in handoff["summary"]
    recorded = list_handoffs()
    assert [(h["sender_id"], h["summary"]) for h in recorded] == [("user-42", handoff["summary"])]


@pytest.mark.asyncio
async def test_asking_for_a_person_hands_off_even_with_no_case(dispatcher, database_url):
    events = await ActionHandoff().run(dispatcher, make_tracker(intent="human_handoff"), {})
    assert events == [SlotSet("fallback_count", 0)]
    assert customs(dispatcher)[0]["summary"].startswith("[상황] 입력한 정보 없음")


@pytest.mark.asyncio
async def test_low_confidence_turn_offers_the_likeliest_faq_questions_first(dispatcher):
    tracker = make_tracker(intent="nlu_fallback", ranking=RANKING, text="배출 휴가 주말 끼면")
    tracker.latest_message["faq_topic"] = {
        "key": "spouse_leave_weekend_split", "confidence": 0.25,
        "ranking": [{"key": "spouse_leave_weekend_split", "confidence": 0.25},
                    {"key": "spouse_leave_split", "confidence": 0.12},
                    {"key": "benefit_tax", "confidence": 0.02}]}
    await ActionClarify().run(dispatcher, tracker, {})
    buttons = dispatcher.messages[0]["buttons"]
    assert buttons[:2] == [
        {"title": "배우자 출산휴가 중간에 주말이 끼면 분할인가요?",
         "payload": '/ask_program_info{"faq_key": "spouse_leave_weekend_split"}'},
        {"title": "배우자 출산휴가를 나눠 쓸 수 있나요?",
         "payload": '/ask_program_info{"faq_key": "spouse_leave_split"}'}]
    assert [b["payload"] for b in buttons[2:]] == ["/ask_amount", "/ask_deadline", "/human_handoff"]
