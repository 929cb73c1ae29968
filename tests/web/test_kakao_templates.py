"""Rasa REST messages -> Kakao skill response: structure and Kakao's limits."""
from __future__ import annotations

from typing import Any

import pytest

from bot.web.kakao.templates import (
    MAX_CARD_DESCRIPTION_CHARS,
    MAX_LIST_ITEMS,
    MAX_OUTPUTS,
    MAX_QUICK_REPLIES,
    MAX_QUICK_REPLY_LABEL_CHARS,
    MAX_TEXT_CHARS,
    callback_acknowledgement,
    skill_response,
    split_text,
)


def program_item(index: int) -> dict[str, Any]:
    return {"id": f"program_{index}", "name": f"제도 {index}", "status": "eligible",
            "headline": "받을 수 있어요", "amount_text": f"총 {index:,}원", "total": index,
            "payer": "고용보험", "apply_until": "2027-12-31", "reason": "", "caveat": ""}


def programs_message(count: int) -> dict[str, Any]:
    return {"recipient_id": "u", "custom": {"kind": "programs", "as_of": "2026-11-24",
                                            "items": [program_item(i) for i in range(1, count + 1)]}}


def outputs(response: dict[str, Any]) -> list[dict[str, Any]]:
    assert response["version"] == "2.0"
    return response["template"]["outputs"]


def test_one_text_becomes_one_simple_text() -> None:
    response = skill_response([{"recipient_id": "u", "text": "안녕하세요! 무엇이 궁금하세요?"}])
    assert response == {"version": "2.0", "template": {
        "outputs": [{"simpleText": {"text": "안녕하세요! 무엇이 궁금하세요?"}}]}}


def test_consecutive_texts_share_one_bubble() -> None:
    response = skill_response([{"text": "첫 줄이에요."}, {"text": "둘째 줄이에요."}])
    assert outputs(response) == [{"simpleText": {"text": "첫 줄이에요.\n\n둘째 줄이에요."}}]


def test_long_text_is_split_at_sentence_ends_within_1000_chars() -> None:
    sentence = "육아휴직 급여는 고용보험에서 나와요. "  # 22 characters
    text = sentence * 70  # about 1,540 characters
    pieces = [item["simpleText"]["text"] for item in outputs(skill_response([{"text": text}]))]
    assert len(pieces) == 2
    assert all(len(piece) <= MAX_TEXT_CHARS for piece in pieces)
    assert all(piece.endswith("나와요.") for piece in pieces)
    assert " ".join(pieces) == text.strip()


def test_split_prefers_line_breaks_and_never_exceeds_the_limit() -> None:
    assert split_text("가나다\n라마바사", limit=6) == ["가나다", "라마바사"]
    assert split_text("가" * 25, limit=10) == ["가" * 10, "가" * 10, "가" * 5]
    assert split_text("") == []


def test_one_program_is_a_basic_card_with_description_within_230() -> None:
    item = program_item(1) | {"caveat": "추정치예요. " * 40}
    message = {"custom": {"kind": "programs", "as_of": "2026-11-24", "items": [item]}}
    card = outputs(skill_response([message]))[0]["basicCard"]
    assert card["title"] == "제도 1"
    assert card["description"].startswith("받을 수 있어요\n받을 수 있어요\n총 1원\n신청 기한: 2027-12-31")
    assert len(card["description"]) <= MAX_CARD_DESCRIPTION_CHARS
    assert card["buttons"] == [{"label": "자세히 보기", "action": "message",
                                "messageText": "제도 1 자세히 알려 주세요"}]


def test_up_to_five_programs_are_one_list_card() -> None:
    card = outputs(skill_response([programs_message(5)]))[0]["listCard"]
    assert card["header"] == {"title": "11월 24일 기준 제도"}
    assert [item["title"] for item in card["items"]] == [f"제도 {i}" for i in range(1, 6)]
    assert card["items"][0] == {"title": "제도 1", "description": "총 1원", "action": "message",
                                "messageText": "제도 1 자세히 알려 주세요"}


def test_more_than_five_programs_are_a_carousel_of_list_cards() -> None:
    carousel = outputs(skill_response([programs_message(12)]))[0]["carousel"]
    assert carousel["type"] == "listCard"
    assert [len(card["items"]) for card in carousel["items"]] == [5, 5, 2]
    assert all(len(card["items"]) <= MAX_LIST_ITEMS for card in carousel["items"])


def test_text_then_programs_keep_their_order() -> None:
    response = skill_response([{"text": "확인해 봤어요."}, programs_message(2)])
    assert [next(iter(item)) for item in outputs(response)] == ["simpleText", "listCard"]


def test_plan_becomes_a_compact_text_table() -> None:
    plan = {"kind": "plan", "title": "시기별 활용안",
            "rows": [{"period": "2027-03", "program_id": "parental_leave", "program": "육아휴직",
                      "amount": 2500000, "note": ""},  # law-data-ok
                     {"period": "2027-09", "program_id": "childcare_reduced_hours",
                      "program": "육아기 근로시간 단축", "amount": None, "note": "급여 없음"}]}
    text = outputs(skill_response([{"custom": plan}]))[0]["simpleText"]["text"]
    assert text == "시기별 활용안\n2027-03 육아휴직 2,500,000원\n2027-09 육아기 근로시간 단축 - (급여 없음)"


def test_handoff_is_a_card_with_a_phone_button() -> None:
    handoff = {"kind": "handoff", "summary": "상담원에게 연결해 드릴게요.", "phone": "1350"}
    card = outputs(skill_response([{"custom": handoff}]))[0]["basicCard"]
    assert card == {"title": "상담원 연결", "description": "상담원에게 연결해 드릴게요.",
                    "buttons": [{"label": "전화하기 1350", "action": "phone", "phoneNumber": "1350"}]}


def test_buttons_become_quick_replies_with_payload_in_extra() -> None:
    buttons = [{"title": "내 상황 확인하기", "payload": "/check_my_case"},
               {"title": "배우자 출산휴가는 며칠인가요 궁금해요", "payload": "/ask_program_info"},
               {"title": "예", "payload": "예"}]
    replies = skill_response([{"text": "골라 주세요", "buttons": buttons}])["template"]["quickReplies"]
    assert replies[0] == {"label": "내 상황 확인하기", "action": "message",
                          "messageText": "내 상황 확인하기", "extra": {"payload": "/check_my_case"}}
    assert replies[1]["label"] == "배우자 출산휴가는 며칠인…"
    assert len(replies[1]["label"]) == MAX_QUICK_REPLY_LABEL_CHARS
    assert replies[1]["messageText"] == "배우자 출산휴가는 며칠인가요 궁금해요"
    assert replies[2] == {"label": "예", "action": "message", "messageText": "예"}


def test_at_most_ten_quick_replies() -> None:
    buttons = [{"title": f"선택 {i}", "payload": f"/pick{i}"} for i in range(15)]
    replies = skill_response([{"text": "골라 주세요", "buttons": buttons}])["template"]["quickReplies"]
    assert len(replies) == MAX_QUICK_REPLIES
    assert replies[-1]["label"] == "선택 9"


def test_at_most_three_outputs_cards_kept_and_cut_text_noted() -> None:
    long_text = "가" * 2500  # three simpleTexts on its own
    response = skill_response([{"text": long_text}, programs_message(2)])
    kinds = [next(iter(item)) for item in outputs(response)]
    assert kinds == ["simpleText", "simpleText", "listCard"]
    assert len(outputs(response)) == MAX_OUTPUTS
    assert outputs(response)[1]["simpleText"]["text"].endswith("전체를 볼 수 있어요.)")
    assert all(len(item["simpleText"]["text"]) <= MAX_TEXT_CHARS
               for item in outputs(response) if "simpleText" in item)


@pytest.mark.parametrize("messages", [[], [{"recipient_id": "u"}], [{"custom": {"kind": "x"}}]])
def test_nothing_to_show_gives_a_korean_notice(messages: list[dict[str, Any]]) -> None:
    assert outputs(skill_response(messages)) == [
        {"simpleText": {"text": "답변을 만들지 못했어요. 질문을 조금 바꿔서 다시 보내 주세요."}}]


def test_callback_acknowledgement_format() -> None:
    assert callback_acknowledgement() == {"version": "2.0", "useCallback": True,
                                          "data": {"text": "답변을 준비하고 있어요…"}}
