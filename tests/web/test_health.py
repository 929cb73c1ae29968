"""`GET /healthz`: 200 only when Rasa, the action server and the database answer."""
from __future__ import annotations

from dataclasses import replace

import sqlite3
from pathlib import Path
from typing import Any

from aiohttp.test_utils import TestClient

from bot.web.app import create_app
from bot.web.settings import Settings
from tests.web.conftest import FakeRasa


async def health(client: TestClient) -> tuple[int, dict[str, Any]]:
    response = await client.get("/healthz")
    return response.status, await response.json()


async def test_everything_up_is_200(client: TestClient) -> None:
    status, body = await health(client)
    assert status == 200
    assert body["status"] == "ok" and body["failed"] == []
    assert {name: check["ok"] for name, check in body["checks"].items()} == {
        "rasa": True, "action_server": True, "database": True}


async def test_rasa_answering_an_error_is_503(client: TestClient, fake: FakeRasa) -> None:
    fake.status_code = 500
    status, body = await health(client)
    assert status == 503
    assert body["status"] == "unavailable" and body["failed"] == ["rasa"]


async def test_unreachable_services_are_named(aiohttp_client: Any, settings: Settings) -> None:
    down = replace(settings, rasa_url="http://127.0.0.1:9",
                       action_server_url="http://127.0.0.1:9/webhook")
    status, body = await health(await aiohttp_client(create_app(down)))
    assert status == 503
    assert body["failed"] == ["rasa", "action_server"]
    assert "ClientConnectorError" in body["checks"]["rasa"]["detail"]


async def test_database_without_rasas_tracker_table_is_503(
        aiohttp_client: Any, settings: Settings, tmp_path: Path) -> None:
    fresh = replace(settings, db_url=f"sqlite:///{tmp_path}/fresh.db")
    status, body = await health(await aiohttp_client(create_app(fresh)))
    assert status == 503
    assert body["failed"] == ["database"]
    assert body["checks"]["database"]["detail"] == "Rasa 트래커 테이블(events)이 없어요"


async def test_database_gone_is_503(client: TestClient, db_path: Path) -> None:
    with sqlite3.connect(db_path) as connection:
        connection.execute("DROP TABLE events")
    status, body = await health(client)
    assert status == 503 and body["failed"] == ["database"]
