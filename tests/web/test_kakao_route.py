"""`POST /kakao/skill` with request fixtures in Kakao's real skill payload format."""
from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.web.kakao.templates import MAX_OUTPUTS, MAX_QUICK_REPLIES, MAX_TEXT_CHARS
from tests.web.conftest import FakeRasa, load_fixture

KAKAO_USER = "8f3b1c2d4e5f60718293a4b5c6d7e8f90123456789abcdef0123456789abcdef01"


def assert_valid_skill_response(body: dict[str, Any]) -> None:
    """The limits of shared/KAKAO.md, checked on any skill response."""
    assert body["version"] == "2.0"
    outputs = body["template"]["outputs"]
    assert 1 <= len(outputs) <= MAX_OUTPUTS
    for output in outputs:
        if "simpleText" in output:
            assert 0 < len(output["simpleText"]["text"]) <= MAX_TEXT_CHARS
    assert len(body["template"].get("quickReplies", [])) <= MAX_QUICK_REPLIES


async def post_skill(client: TestClient, payload: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    response = await client.post("/kakao/skill", json=payload)
    return response.status, await response.json()


async def test_valid_request_is_answered_with_text_and_quick_replies(
        client: TestClient, fake: FakeRasa) -> None:
    status, body = await post_skill(client, load_fixture("kakao/valid_message.json"))
    assert status == 200
    assert body == {"version": "2.0", "template": {
        "outputs": [{"simpleText": {"text": "받은 메시지: 배우자 출산휴가 며칠이에요?"}}],
        "quickReplies": [{"label": "내 상황 확인하기", "action": "message",
                          "messageText": "내 상황 확인하기", "extra": {"payload": "/check_my_case"}}],
    }}
    assert fake.received == [{"sender": KAKAO_USER, "message": "배우자 출산휴가 며칠이에요?",
                              "metadata": {"channel": "kakao", "params": {}}}]


async def test_pressed_quick_reply_sends_its_payload_from_client_extra(
        client: TestClient, fake: FakeRasa) -> None:
    status, body = await post_skill(client, load_fixture("kakao/with_client_extra.json"))
    assert status == 200
    assert fake.received[0]["message"] == "/check_my_case"
    assert_valid_skill_response(body)


async def test_personal_data_is_masked_before_rasa(client: TestClient, fake: FakeRasa) -> None:
    status, _ = await post_skill(client, load_fixture("kakao/with_personal_data.json"))
    assert status == 200
    assert fake.received[0]["message"] == (
        "육아휴직 급여 알려 주세요. 제 번호는 [전화번호], 주민번호 [주민등록번호]이에요")
    assert fake.received[0]["metadata"]["params"] == {"contact": "[전화번호]"}


async def test_program_results_become_cards(client: TestClient, fake: FakeRasa) -> None:
    items = [{"id": "parental_leave", "name": "육아휴직", "status": "eligible",
              "headline": "받을 수 있어요", "amount_text": "총 23,100,000원", "total": 23100000,  # law-data-ok
              "payer": "고용보험", "apply_until": "2028-11-30", "reason": "", "caveat": ""},
             {"id": "spouse_birth_leave", "name": "배우자 출산휴가", "status": "needs_info",
              "headline": "정보가 더 필요해요", "amount_text": "", "total": None, "payer": "",
              "apply_until": None, "reason": "", "caveat": ""}]
    fake.replier = lambda sender, message: [
        {"recipient_id": sender, "text": "확인해 봤어요."},
        {"recipient_id": sender, "custom": {"kind": "programs", "as_of": "2026-11-24", "items": items}}]
    status, body = await post_skill(client, load_fixture("kakao/valid_message.json"))
    assert status == 200
    assert_valid_skill_response(body)
    simple, cards = body["template"]["outputs"]
    assert simple == {"simpleText": {"text": "확인해 봤어요."}}
    assert [item["title"] for item in cards["listCard"]["items"]] == ["육아휴직", "배우자 출산휴가"]
    assert cards["listCard"]["items"][0]["description"] == "총 23,100,000원"


async def test_long_answer_respects_kakao_limits(client: TestClient, fake: FakeRasa) -> None:
    fake.replier = lambda sender, message: [
        {"recipient_id": sender, "text": "육아휴직 급여는 고용보험에서 나와요. " * 200,
         "buttons": [{"title": f"선택 {i}", "payload": f"/pick{i}"} for i in range(20)]}]
    status, body = await post_skill(client, load_fixture("kakao/valid_message.json"))
    assert status == 200
    assert_valid_skill_response(body)
    assert len(body["template"]["outputs"]) == MAX_OUTPUTS
    assert len(body["template"]["quickReplies"]) == MAX_QUICK_REPLIES


async def test_callback_is_acknowledged_at_once_and_answer_posted_later(
        client: TestClient, fake: FakeRasa,
        callback_receiver: tuple[list[dict[str, Any]], TestServer]) -> None:
    received, server = callback_receiver
    payload = load_fixture("kakao/with_callback.json")
    payload["userRequest"]["callbackUrl"] = str(server.make_url("/callback/once"))
    fake.delay_seconds = 0.8  # slower than the synchronous budget in the test settings (0.5 s)
    started = time.monotonic()
    status, body = await post_skill(client, payload)
    assert time.monotonic() - started < 0.5
    assert status == 200
    assert body == {"version": "2.0", "useCallback": True,
                    "data": {"text": "답변을 준비하고 있어요…"}}
    for _ in range(50):
        if received:
            break
        await asyncio.sleep(0.1)
    assert received == [{"version": "2.0", "template": {
        "outputs": [{"simpleText": {"text": "받은 메시지: 배우자 출산휴가 며칠이에요?"}}],
        "quickReplies": [{"label": "내 상황 확인하기", "action": "message",
                          "messageText": "내 상황 확인하기", "extra": {"payload": "/check_my_case"}}]}}]


async def test_callback_url_on_a_foreign_host_is_not_called(
        client: TestClient, fake: FakeRasa) -> None:
    payload = load_fixture("kakao/with_callback.json")
    payload["userRequest"]["callbackUrl"] = "https://attacker.example.com/collect"
    status, body = await post_skill(client, payload)
    assert status == 200
    assert "useCallback" not in body  # answered synchronously instead
    assert body["template"]["outputs"][0]["simpleText"]["text"].startswith("받은 메시지")


async def test_slow_bot_without_callback_answers_within_the_budget(
        client: TestClient, fake: FakeRasa) -> None:
    fake.delay_seconds = 1.0  # the test settings give Rasa 0.5 s (production: 4.5 s)
    started = time.monotonic()
    status, body = await post_skill(client, load_fixture("kakao/valid_message.json"))
    assert time.monotonic() - started < 0.9
    assert status == 200
    assert body["template"]["outputs"] == [{"simpleText": {
        "text": "답변 준비가 늦어지고 있어요. 잠시 후 같은 질문을 다시 보내 주세요."}}]


@pytest.mark.parametrize(("utterance", "text"), [
    ("", "메시지가 비어 있어요. 궁금한 점을 적어 주세요."),
    ("👍", "이모지나 기호만으로는 이해하기 어려워요. 궁금한 점을 글로 적어 주세요."),
    ("가" * 2001, "메시지가 너무 길어요. 2,000자 이하로 나눠서 보내 주세요."),
])
async def test_unusable_utterance_is_answered_in_the_chat(
        client: TestClient, fake: FakeRasa, utterance: str, text: str) -> None:
    payload = load_fixture("kakao/valid_message.json")
    payload["userRequest"]["utterance"] = utterance
    status, body = await post_skill(client, payload)
    assert status == 200
    assert body == {"version": "2.0", "template": {"outputs": [{"simpleText": {"text": text}}]}}
    assert fake.received == []


async def test_rate_limited_sender_is_told_in_the_chat(client: TestClient, fake: FakeRasa) -> None:
    bodies = [(await post_skill(client, load_fixture("kakao/valid_message.json")))[1]
              for _ in range(6)]
    assert bodies[-1]["template"]["outputs"] == [{"simpleText": {
        "text": "메시지를 너무 빨리 보내고 있어요. 잠시 후 다시 보내 주세요."}}]
    assert len(fake.received) == 5


async def test_bot_down_is_answered_in_the_chat(client: TestClient, fake: FakeRasa) -> None:
    fake.status_code = 500

    def broken(sender: str, message: str) -> list[dict[str, Any]]:
        raise RuntimeError("down")

    fake.replier = broken
    status, body = await post_skill(client, load_fixture("kakao/valid_message.json"))
    assert status == 200
    assert body["template"]["outputs"] == [{"simpleText": {
        "text": "챗봇 서버에 연결하지 못했어요. 잠시 후 다시 시도해 주세요."}}]


@pytest.mark.parametrize(("fixture", "field", "reason"), [
    ("kakao/invalid_missing_user_request.json", "userRequest", "userRequest 객체가 없어요"),
    ("kakao/invalid_missing_user_id.json", "userRequest.user.id", "사용자 키(user.id)가 없어요"),
    ("kakao/invalid_utterance_not_text.json", "userRequest.utterance",
     "발화(utterance)가 글자가 아니에요"),
    ("kakao/invalid_v1_format.json", "userRequest", "userRequest 객체가 없어요"),
    ("kakao/invalid_callback_url.json", "userRequest.callbackUrl",
     "콜백 주소가 http(s) 주소가 아니에요"),
])
async def test_invalid_skill_payloads_get_400_with_the_reason(
        client: TestClient, fake: FakeRasa, fixture: str, field: str, reason: str) -> None:
    status, body = await post_skill(client, load_fixture(fixture))
    assert status == 400
    assert body == {"error": {"field": field,
                              "message": f"카카오 i 오픈빌더 스킬 요청 형식이 아니에요: {reason}"}}
    assert fake.received == []


@pytest.mark.parametrize("raw", [b"", b"{", b"null", b"[1, 2]", b'"text"'])
async def test_non_object_bodies_get_400(client: TestClient, raw: bytes) -> None:
    response = await client.post("/kakao/skill", data=raw,
                                 headers={"Content-Type": "application/json"})
    assert response.status == 400
    assert (await response.json())["error"]["message"]
