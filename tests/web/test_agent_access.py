"""Who may read the agent console's API: with AGENT_TOKEN set, only requests that carry it;
without, only this machine. The chat, the evaluation API and the pages stay open."""
from __future__ import annotations

from dataclasses import replace
from typing import Any
from unittest import mock

import pytest
from aiohttp.test_utils import TestClient, make_mocked_request

from bot.web import messages
from bot.web.agent_access import Unauthorized, bearer_token, check_agent_access, is_loopback, is_protected
from bot.web.app import create_app
from bot.web.settings import Settings

TOKEN = "s3cret-agent-token"
PROTECTED = ["/api/v1/conversations", "/api/v1/conversations/someone", "/api/v1/handoffs"]


@pytest.fixture
async def guarded(aiohttp_client: Any, settings: Settings) -> TestClient:
    """The web app with an agent token configured."""
    return await aiohttp_client(create_app(replace(settings, agent_token=TOKEN)))


@pytest.mark.parametrize("path", PROTECTED)
async def test_the_console_api_wants_the_token(guarded: TestClient, path: str) -> None:
    response = await guarded.get(path)
    assert response.status == 401
    assert await response.json() == {"error": {"field": "Authorization", "message": messages.AGENT_TOKEN_REQUIRED}}
    wrong = await guarded.get(path, headers={"Authorization": "Bearer not-the-token"})
    assert wrong.status == 401
    right = await guarded.get(path, headers={"Authorization": f"Bearer {TOKEN}"})
    assert right.status == 200


async def test_a_note_cannot_be_written_without_the_token(guarded: TestClient) -> None:
    response = await guarded.post("/api/v1/conversations/someone/notes", json={"text": "메모"})
    assert response.status == 401
    allowed = await guarded.post("/api/v1/conversations/someone/notes", json={"text": "메모"},
                                 headers={"Authorization": f"bearer {TOKEN}"})
    assert allowed.status == 201


@pytest.mark.parametrize("method,path,body", [
    ("GET", "/agent", None), ("GET", "/", None), ("GET", "/api/v1/programs", None),
    ("POST", "/api/v1/chat", {"sender": "open-chat", "message": "안녕하세요"}),
])
async def test_pages_chat_and_rules_api_need_no_token(guarded: TestClient, method: str, path: str,
                                                       body: dict[str, Any] | None) -> None:
    response = await guarded.request(method, path, json=body)
    assert response.status == 200


async def test_without_a_token_this_machine_reads_the_console(client: TestClient) -> None:
    response = await client.get("/api/v1/conversations")  # the test client connects over loopback
    assert response.status == 200


def _request(remote: str, authorization: str | None = None) -> Any:
    transport = mock.Mock()
    transport.get_extra_info.side_effect = lambda name, default=None: (remote, 40000) if name == "peername" else default
    headers = {"Authorization": authorization} if authorization else {}
    return make_mocked_request("GET", "/api/v1/conversations", headers=headers, transport=transport)


def test_without_a_token_another_machine_is_refused() -> None:
    with pytest.raises(Unauthorized) as refused:
        check_agent_access(_request("203.0.113.7"), None)
    assert refused.value.status == 401 and refused.value.field is None
    assert refused.value.message == messages.AGENT_LOCAL_ONLY
    check_agent_access(_request("127.0.0.1"), None)
    check_agent_access(_request("::1"), None)


def test_with_a_token_another_machine_is_let_in_by_the_token_alone() -> None:
    check_agent_access(_request("203.0.113.7", f"Bearer {TOKEN}"), TOKEN)
    with pytest.raises(Unauthorized):
        check_agent_access(_request("127.0.0.1"), TOKEN)  # a set token binds this machine too


@pytest.mark.parametrize("header,token", [
    ("Bearer abc", "abc"), ("bearer  abc ", "abc"), ("Basic abc", None), ("Bearer", None), ("", None),
])
def test_bearer_token_of_the_authorization_header(header: str, token: str | None) -> None:
    assert bearer_token(_request("127.0.0.1", header or None)) == token


@pytest.mark.parametrize("remote,loopback", [
    ("127.0.0.1", True), ("127.0.1.1", True), ("::1", True), ("10.0.0.5", False), ("", False), (None, False),
    ("not-an-address", False),
])
def test_is_loopback(remote: str | None, loopback: bool) -> None:
    assert is_loopback(remote) is loopback


@pytest.mark.parametrize("path,protected", [
    ("/api/v1/conversations", True), ("/api/v1/conversations/x/case", True), ("/api/v1/handoffs", True),
    ("/api/v1/conversationsX", False), ("/api/v1/chat", False), ("/agent", False), ("/api/v1/evaluate", False),
])
def test_which_paths_are_the_console_api(path: str, protected: bool) -> None:
    assert is_protected(path) is protected


def test_the_token_is_read_from_the_environment() -> None:
    assert Settings.from_env({"AGENT_TOKEN": TOKEN}).agent_token == TOKEN
    assert Settings.from_env({}).agent_token is None
