"""`POST /api/v1/chat` and `/api/v1/feedback` over HTTP, with a fake Rasa on a local port."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot.storage import get_engine, list_feedback
from tests.web.conftest import FakeRasa

PERSONAL = "제 번호는 010-1234-5678이고 주민번호는 900101-1234567, 메일 hong@example.com, 계좌 110-123-456789예요"
MASKED = "제 번호는 [전화번호]이고 주민번호는 [주민등록번호], 메일 [이메일], 계좌 [계좌번호]예요"
RAW_PERSONAL_STRINGS = ("010-1234-5678", "900101-1234567", "hong@example.com", "110-123-456789",
                        "01012345678", "9001011234567")


def database_dump(db_path: Path) -> str:
    """Every row of every table, as text: what a leak would look like on disk."""
    with sqlite3.connect(db_path) as connection:
        tables = [row[0] for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return "\n".join(json.dumps(row, ensure_ascii=False) for table in tables
                         for row in connection.execute(f"SELECT * FROM {table}"))


async def test_chat_returns_rasa_messages(client: TestClient, fake: FakeRasa) -> None:
    response = await client.post("/api/v1/chat", json={"sender": "web-1", "message": "육아휴직 알려줘"})
    assert response.status == 200
    assert await response.json() == {"sender": "web-1", "messages": [
        {"recipient_id": "web-1", "text": "받은 메시지: 육아휴직 알려줘",
         "buttons": [{"title": "내 상황 확인하기", "payload": "/check_my_case"}]}]}
    assert fake.received == [{"sender": "web-1", "message": "육아휴직 알려줘",
                              "metadata": {"channel": "web"}}]


async def test_personal_data_never_reaches_rasa_or_the_database(
        client: TestClient, fake: FakeRasa, db_path: Path) -> None:
    response = await client.post("/api/v1/chat", json={"sender": "web-2", "message": PERSONAL})
    assert response.status == 200
    assert fake.received[0]["message"] == MASKED
    feedback = await client.post("/api/v1/feedback", json={
        "sender": "web-2", "helpful": False, "message": f"연락 주세요 {PERSONAL}"})
    assert feedback.status == 201
    dump = database_dump(db_path)
    assert "[주민등록번호]" in dump and "[전화번호]" in dump  # the turn and feedback are stored...
    for raw in RAW_PERSONAL_STRINGS:  # ...but nothing personal is
        assert raw not in dump


@pytest.mark.parametrize(("body", "status", "field", "message"), [
    ({"sender": "web-3", "message": ""}, 400, "message", "메시지가 비어 있어요. 궁금한 점을 적어 주세요."),
    ({"sender": "web-3", "message": "   \n"}, 400, "message", "메시지가 비어 있어요. 궁금한 점을 적어 주세요."),
    ({"sender": "web-3", "message": "😀🙏👍"}, 400, "message",
     "이모지나 기호만으로는 이해하기 어려워요. 궁금한 점을 글로 적어 주세요."),
    ({"sender": "web-3", "message": "가" * 2001}, 413, "message",
     "메시지가 너무 길어요. 2,000자 이하로 나눠서 보내 주세요."),
    ({"sender": "web-3"}, 400, "message", "값이 필요해요."),
    ({"sender": "web-3", "message": 42}, 400, "message", "글자로 보내 주세요."),
    ({"message": "안녕"}, 400, "sender", "값이 필요해요."),
    ({"sender": "010-1234-5678", "message": "안녕"}, 400, "sender",
     "대화 식별자에 전화번호 같은 개인정보를 넣을 수 없어요."),
])
async def test_bad_messages_get_a_korean_error_and_never_reach_rasa(
        client: TestClient, fake: FakeRasa, body: dict[str, Any], status: int, field: str,
        message: str) -> None:
    response = await client.post("/api/v1/chat", json=body)
    assert response.status == status
    assert await response.json() == {"error": {"field": field, "message": message}}
    assert fake.received == []


async def test_a_2000_character_message_is_accepted(client: TestClient, fake: FakeRasa) -> None:
    response = await client.post("/api/v1/chat", json={"sender": "web-4", "message": "가" * 2000})
    assert response.status == 200
    assert len(fake.received[0]["message"]) == 2000


@pytest.mark.parametrize(("raw", "message"), [
    (b'{"sender": "web-5", "message": ', "요청 본문이 올바른 JSON이 아니에요. 형식을 확인해 주세요."),
    (b"\xff\xfe", "요청 본문이 올바른 JSON이 아니에요. 형식을 확인해 주세요."),
    (b'["sender", "message"]', "요청 본문은 JSON 객체({ ... })여야 해요."),
])
async def test_malformed_json_gets_400(client: TestClient, raw: bytes, message: str) -> None:
    response = await client.post("/api/v1/chat", data=raw,
                                 headers={"Content-Type": "application/json"})
    assert response.status == 400
    assert await response.json() == {"error": {"field": None, "message": message}}


async def test_huge_body_gets_413_without_reading_it_all(client: TestClient) -> None:
    body = json.dumps({"sender": "web-6", "message": "가" * 100_000}).encode()
    response = await client.post("/api/v1/chat", data=body,
                                 headers={"Content-Type": "application/json"})
    assert response.status == 413
    assert (await response.json())["error"]["message"] == "요청이 너무 커요. 내용을 줄여서 다시 보내 주세요."


async def test_rate_limit_per_sender(client: TestClient, fake: FakeRasa) -> None:
    statuses = [(await client.post("/api/v1/chat", json={"sender": "fast", "message": "안녕"})).status
                for _ in range(7)]
    assert statuses == [200] * 5 + [429] * 2  # burst of 5 in the test settings
    limited = await client.post("/api/v1/chat", json={"sender": "fast", "message": "안녕"})
    assert (await limited.json())["error"]["message"] == "메시지를 너무 빨리 보내고 있어요. 잠시 후 다시 보내 주세요."
    other = await client.post("/api/v1/chat", json={"sender": "slow", "message": "안녕"})
    assert other.status == 200
    assert len(fake.received) == 6


async def test_rasa_down_gives_503_in_korean(client: TestClient, fake: FakeRasa) -> None:
    def broken(sender: str, message: str) -> list[dict[str, Any]]:
        raise RuntimeError("model not loaded")

    fake.replier = broken
    response = await client.post("/api/v1/chat", json={"sender": "web-7", "message": "안녕"})
    assert response.status == 503
    assert await response.json() == {"error": {
        "field": None, "message": "챗봇 서버에 연결하지 못했어요. 잠시 후 다시 시도해 주세요."}}


async def test_feedback_is_stored(client: TestClient, settings: Any) -> None:
    response = await client.post("/api/v1/feedback", json={"sender": "web-8", "helpful": True})
    assert response.status == 201
    body = await response.json()
    assert body["sender"] == "web-8" and body["helpful"] is True
    rows = list_feedback(get_engine(settings.db_url), "web-8")
    assert [(row["id"], row["helpful"], row["message"]) for row in rows] == [(body["id"], True, None)]


@pytest.mark.parametrize(("body", "field"), [
    ({"sender": "web-9", "helpful": "yes"}, "helpful"),
    ({"sender": "web-9"}, "helpful"),
    ({"helpful": True}, "sender"),
])
async def test_feedback_validation(client: TestClient, body: dict[str, Any], field: str) -> None:
    response = await client.post("/api/v1/feedback", json=body)
    assert response.status == 400
    assert (await response.json())["error"]["field"] == field
