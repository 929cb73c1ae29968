"""Fixtures for the web front: a fake Rasa server, a fake action server, the app under test.

The fake Rasa is a small aiohttp app on a local port. It records every REST webhook body it
receives and stores the turn through Rasa's own `SQLTrackerStore` in the test database, so
the `events` table the agent console and the PII tests read is the one real Rasa writes.
The real-Rasa end-to-end run lives in the conversation tests.
"""
from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path
from typing import Any, Callable

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.web.app import create_app
from bot.web.settings import Settings

FIXTURES = Path(__file__).parent / "fixtures"
Replier = Callable[[str, str], list[dict[str, Any]]]


def echo_reply(sender: str, message: str) -> list[dict[str, Any]]:
    """Default fake answer: one text echoing what Rasa received, plus one button."""
    return [{"recipient_id": sender, "text": f"받은 메시지: {message}",
             "buttons": [{"title": "내 상황 확인하기", "payload": "/check_my_case"}]}]


class FakeRasa:
    """State and controls of the fake Rasa server."""

    def __init__(self, db_path: Path) -> None:
        self.received: list[dict[str, Any]] = []
        self.replier: Replier = echo_reply
        self.delay_seconds = 0.0
        self.status_code = 200
        self.db_path = db_path
        self._store: Any = None

    def store(self) -> Any:
        """Rasa's SQL tracker store on the test database (created on first use)."""
        if self._store is None:
            from rasa.core.tracker_store import SQLTrackerStore
            from rasa.shared.core.domain import Domain

            self._store = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(self.db_path))
        return self._store

    async def add_events(self, sender: str, events: list[Any]) -> None:
        """Append Rasa events (UserUttered, BotUttered, SlotSet, ...) to `sender`'s tracker."""
        from rasa.shared.core.trackers import DialogueStateTracker

        store = self.store()
        tracker = await store.retrieve(sender) or DialogueStateTracker(sender, slots=[])
        for event in events:
            tracker.update(event)
        await store.save(tracker)

    async def tracker_state(self, sender: str) -> dict[str, Any]:
        """What Rasa's `GET /conversations/{id}/tracker` returns (events + current slots)."""
        from rasa.shared.core.trackers import DialogueStateTracker, EventVerbosity

        tracker = await self.store().retrieve(sender) or DialogueStateTracker(sender, slots=[])
        state = tracker.current_state(EventVerbosity.ALL)
        # The fake's domain has no slots, so rebuild their values from the SlotSet events.
        state["slots"] = {event["name"]: event["value"] for event in state["events"]
                          if event["event"] == "slot"}
        return state


def fake_rasa_app(fake: FakeRasa) -> web.Application:
    """Rasa's REST webhook, `/status` and the tracker endpoint, backed by `fake`."""
    from rasa.shared.core.events import BotUttered, UserUttered

    async def webhook(request: web.Request) -> web.Response:
        body = await request.json()
        fake.received.append(body)
        await asyncio.sleep(fake.delay_seconds)
        replies = fake.replier(body["sender"], body["message"])
        bot_events = [BotUttered(reply.get("text"), {key: value for key, value in reply.items()
                                                     if key in ("buttons", "custom")})
                      for reply in replies]
        await fake.add_events(body["sender"], [UserUttered(body["message"]), *bot_events])
        return web.json_response(replies)

    async def status(request: web.Request) -> web.Response:
        return web.json_response({"model_file": "fake.tar.gz"}, status=fake.status_code)

    async def tracker(request: web.Request) -> web.Response:
        return web.json_response(await fake.tracker_state(request.match_info["sender"]))

    app = web.Application()
    app.router.add_post("/webhooks/rest/webhook", webhook)
    app.router.add_get("/status", status)
    app.router.add_get("/conversations/{sender}/tracker", tracker)
    return app


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with Rasa's events table and ours, built once and copied for each test."""
    from bot.storage import get_engine

    path = tmp_path_factory.mktemp("template") / "worklife.db"
    FakeRasa(path).store()  # Rasa creates its events table at start-up, as `rasa run` does
    get_engine(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture
def db_path(tmp_path: Path, template_db: Path) -> Path:
    path = tmp_path / "worklife.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
async def fake_rasa(aiohttp_server: Any, db_path: Path) -> tuple[FakeRasa, TestServer]:
    fake = FakeRasa(db_path)
    server = await aiohttp_server(fake_rasa_app(fake))
    return fake, server


@pytest.fixture
async def action_server(aiohttp_server: Any) -> TestServer:
    """The action server's `/health` (rasa-sdk answers {"status": "ok"})."""
    async def health(request: web.Request) -> web.Response:
        return web.json_response({"status": "ok"})

    app = web.Application()
    app.router.add_get("/health", health)
    return await aiohttp_server(app)


@pytest.fixture
def callback_hosts() -> tuple[str, ...]:
    return ("127.0.0.1",)


@pytest.fixture
def settings(fake_rasa: tuple[FakeRasa, TestServer], action_server: TestServer,
             db_path: Path, callback_hosts: tuple[str, ...]) -> Settings:
    _, rasa_server = fake_rasa
    return Settings(
        rasa_url=str(rasa_server.make_url("")).rstrip("/"),
        action_server_url=str(action_server.make_url("/webhook")),
        db_url=f"sqlite:///{db_path}",
        rate_limit_per_minute=60,
        rate_limit_burst=5,
        kakao_timeout_seconds=0.5,
        kakao_callback_hosts=callback_hosts,
    )


@pytest.fixture
async def client(aiohttp_client: Any, settings: Settings) -> TestClient:
    """The real web app on a local port, talking to the fake Rasa over HTTP."""
    return await aiohttp_client(create_app(settings))


@pytest.fixture
def fake(fake_rasa: tuple[FakeRasa, TestServer]) -> FakeRasa:
    return fake_rasa[0]


def load_fixture(name: str) -> dict[str, Any]:
    """A JSON request fixture from tests/web/fixtures/ (e.g. `kakao/valid_message.json`)."""
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


@pytest.fixture
async def callback_receiver(aiohttp_server: Any) -> tuple[list[dict[str, Any]], TestServer]:
    """A stand-in for Kakao's callback URL: records every POSTed body."""
    received: list[dict[str, Any]] = []

    async def callback(request: web.Request) -> web.Response:
        received.append(await request.json())
        return web.json_response({"taskId": "t-1", "status": "SUCCESS"})

    app = web.Application()
    app.router.add_post("/callback/{token}", callback)
    return received, await aiohttp_server(app)
