"""Agent console API over HTTP: conversations from Rasa's tracker table, one conversation
with the case the bot collected, case edits, notes and handoffs."""
from __future__ import annotations

from dataclasses import replace

from typing import Any

from aiohttp.test_utils import TestClient
from rasa.shared.core.events import BotUttered, SlotSet, UserUttered

from actions.messages import render_result
from bot.storage import get_engine, record_handoff
from knowledge import evaluate
from bot.web.settings import Settings
from tests.web.conftest import FakeRasa

CASE_SLOTS = [("role", "worker"), ("monthly_wage", "3000000"),  # law-data-ok
              ("insured_days", 400), ("child_birth_date", "2026-03-01"),
              ("plan_leave_months", 12), ("plan_leave_start", "2026-12-01")]


async def chat(client: TestClient, sender: str, message: str) -> None:
    response = await client.post("/api/v1/chat", json={"sender": sender, "message": message})
    assert response.status == 200


async def conversations(client: TestClient) -> list[dict[str, Any]]:
    response = await client.get("/api/v1/conversations")
    assert response.status == 200
    return (await response.json())["conversations"]


async def test_conversations_come_from_the_tracker_table_handoffs_first(
        client: TestClient, settings: Settings) -> None:
    await chat(client, "alice", "육아휴직 얼마 받아요?")
    await chat(client, "bob", "배우자 출산휴가 며칠이에요? 010-1234-5678")
    await chat(client, "carol", "난임치료휴가 있나요?")
    record_handoff("alice", "육아휴직 급여 상담 요청", get_engine(settings.db_url))
    listed = await conversations(client)
    assert [item["sender"] for item in listed] == ["alice", "carol", "bob"]
    assert [item["handoff"] for item in listed] == [True, False, False]
    assert listed[0]["handoff_summary"] == "육아휴직 급여 상담 요청"
    assert listed[0]["last_message"] == "육아휴직 얼마 받아요?"
    assert listed[2]["last_message"] == "배우자 출산휴가 며칠이에요? [전화번호]"
    assert listed[1]["updated_at"].endswith("+00:00")


async def test_no_tracker_table_yet_means_no_conversations(
        aiohttp_client: Any, settings: Settings, tmp_path: Any) -> None:
    from bot.web.app import create_app

    empty = replace(settings, db_url=f"sqlite:///{tmp_path}/empty.db")
    client = await aiohttp_client(create_app(empty))
    assert await conversations(client) == []


async def test_one_conversation_shows_case_facts_result_and_suggested_answer(
        client: TestClient, fake: FakeRasa) -> None:
    await fake.add_events("dana", [
        UserUttered("월 300 받고 아이는 2026년 3월생이에요"),
        *[SlotSet(name, value) for name, value in CASE_SLOTS],
        BotUttered("확인해 볼게요.", {"buttons": [{"title": "네", "payload": "/affirm"}]}),
    ])
    response = await client.get("/api/v1/conversations/dana")
    assert response.status == 200
    view = await response.json()
    assert view["sender"] == "dana"
    assert [(event["who"], event["text"]) for event in view["events"]] == [
        ("user", "월 300 받고 아이는 2026년 3월생이에요"), ("bot", "확인해 볼게요.")]
    assert view["events"][1]["buttons"] == [{"title": "네", "payload": "/affirm"}]
    assert view["case"]["worker"]["monthly_wage"] == 3_000_000
    assert view["case"]["children"] == [{"birth_date": "2026-03-01"}]
    wage_fact = next(fact for fact in view["facts"] if fact["path"] == "worker.monthly_wage")
    assert wage_fact == {"path": "worker.monthly_wage", "value": 3000000, "slot": "monthly_wage",
                         "source": "월 300 받고 아이는 2026년 3월생이에요"}
    parental_leave = next(item for item in view["result"]["programs"]
                          if item["id"] == "parental_leave")
    assert parental_leave["benefit"]["total"] == 23_100_000
    assert view["suggested_answer"] == "\n\n".join(render_result(evaluate(view["case"])))
    assert "23,100,000원" in view["suggested_answer"]
    assert view["notes"] == [] and view["handoff"] is None and view["feedback"] == []
    assert view["warnings"] == []


async def test_unknown_conversation_is_empty_not_an_error(client: TestClient) -> None:
    response = await client.get("/api/v1/conversations/nobody")
    assert response.status == 200
    view = await response.json()
    assert view["events"] == [] and view["facts"] == []
    assert view["case"]["role"] == "worker"


async def test_rasa_down_leaves_a_warning(client: TestClient, settings: Settings,
                                          aiohttp_client: Any) -> None:
    from bot.web.app import create_app

    offline = replace(settings, rasa_url="http://127.0.0.1:9")
    offline_client = await aiohttp_client(create_app(offline))
    response = await offline_client.get("/api/v1/conversations/dana")
    assert response.status == 200
    view = await response.json()
    assert view["warnings"] == ["챗봇 서버에 연결하지 못했어요. 잠시 후 다시 시도해 주세요."]
    assert view["case"] is None


async def test_agent_edits_the_case_and_gets_a_new_result(client: TestClient) -> None:
    case = {"as_of": "2026-11-24", "role": "worker",
            "worker": {"insured_days": 400, "monthly_wage": 3000000},  # law-data-ok
            "children": [{"birth_date": "2026-03-01"}],
            "plan": {"parental_leave_months": 6, "parental_leave_start": "2026-12-01"}}
    response = await client.post("/api/v1/conversations/dana/case", json={"case": case})
    assert response.status == 200
    body = await response.json()
    parental_leave = next(item for item in body["result"]["programs"]
                          if item["id"] == "parental_leave")
    # 6개월: 250만×3 + 200만×3
    assert parental_leave["benefit"]["total"] == 13_500_000
    assert body["case"] == case
    assert body["suggested_answer"]
    bare = await client.post("/api/v1/conversations/dana/case", json=case)
    assert (await bare.json())["result"] == body["result"]


async def test_invalid_case_edit_gets_400_naming_the_field(client: TestClient) -> None:
    response = await client.post("/api/v1/conversations/dana/case",
                                 json={"role": "worker", "worker": {"monthly_wage": -5}})
    assert response.status == 400
    assert await response.json() == {"error": {"field": "worker.monthly_wage",
                                               "message": "음수일 수 없습니다"}}


async def test_notes_are_masked_stored_and_shown(client: TestClient) -> None:
    response = await client.post("/api/v1/conversations/erin/notes",
                                 json={"text": "010-2222-3333로 다시 전화 드리기", "author": "김상담"})
    assert response.status == 201
    note = (await response.json())["note"]
    assert note["text"] == "[전화번호]로 다시 전화 드리기"
    assert note["author"] == "김상담" and note["sender_id"] == "erin"
    view = await (await client.get("/api/v1/conversations/erin")).json()
    assert [item["text"] for item in view["notes"]] == ["[전화번호]로 다시 전화 드리기"]
    empty = await client.post("/api/v1/conversations/erin/notes", json={"text": "  "})
    assert empty.status == 400
    assert await empty.json() == {"error": {"field": "text", "message": "메모 내용이 비어 있어요."}}


async def test_handoffs_listed_and_resolved(client: TestClient, settings: Settings) -> None:
    engine = get_engine(settings.db_url)
    record_handoff("frank", "상담원 연결 요청: 전화 010-5555-6666", engine)
    handoffs = (await (await client.get("/api/v1/handoffs")).json())["handoffs"]
    assert [(item["sender_id"], item["summary"], item["status"]) for item in handoffs] == [
        ("frank", "상담원 연결 요청: 전화 [전화번호]", "open")]
    view = await (await client.get("/api/v1/conversations/frank")).json()
    assert view["handoff"]["summary"] == "상담원 연결 요청: 전화 [전화번호]"
    resolved = await client.post("/api/v1/conversations/frank/resolve")
    assert await resolved.json() == {"sender": "frank", "resolved": 1}
    assert (await (await client.get("/api/v1/handoffs")).json())["handoffs"] == []
    assert [item["handoff"] for item in await conversations(client)] == []


async def test_text_stored_unmasked_by_another_client_is_masked_on_read(
        client: TestClient, fake: FakeRasa) -> None:
    await fake.add_events("grace", [UserUttered("제 번호 010-7777-8888이요")])
    listed = await conversations(client)
    assert listed[0]["last_message"] == "제 번호 [전화번호]이요"
    view = await (await client.get("/api/v1/conversations/grace")).json()
    assert view["events"][0]["text"] == "제 번호 [전화번호]이요"


async def test_missing_conversation_helper_degrades_to_a_warning(
        client: TestClient, fake: FakeRasa, monkeypatch: Any) -> None:
    from bot.web import conversation_helpers

    monkeypatch.setattr(conversation_helpers, "CASE_BUILDER_MODULE", "actions.not_there")
    await fake.add_events("henry", [UserUttered("육아휴직 알려줘")])
    response = await client.get("/api/v1/conversations/henry")
    assert response.status == 200
    view = await response.json()
    assert view["warnings"] == ["대화 도우미 모듈(actions.not_there)을 불러오지 못해 사례를 만들 수 없어요."]
    assert view["case"] is None and view["result"] is None
    assert [event["text"] for event in view["events"]] == ["육아휴직 알려줘"]
