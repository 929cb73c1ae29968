"""The widget and console pages, their static files, and unknown routes."""
from __future__ import annotations

from aiohttp.test_utils import TestClient

from bot.web.pages import STATIC_DIR


async def test_widget_page_is_html(client: TestClient) -> None:
    response = await client.get("/")
    assert response.status == 200
    assert response.content_type == "text/html"
    assert "<html" in (await response.text()).lower()


async def test_agent_console_page_is_html(client: TestClient) -> None:
    response = await client.get("/agent")
    assert response.status == 200
    assert response.content_type == "text/html"
    assert "<html" in (await response.text()).lower()


async def test_static_files_are_served_by_the_app(client: TestClient) -> None:
    assets = sorted(path.name for path in STATIC_DIR.iterdir() if path.is_file())
    assert assets, "bot/web/static/ holds the pages' assets"
    response = await client.get(f"/static/{assets[0]}")
    assert response.status == 200
    assert await response.read() == (STATIC_DIR / assets[0]).read_bytes()


async def test_unknown_route_is_a_korean_404(client: TestClient) -> None:
    response = await client.get("/api/v1/nothing-here")
    assert response.status == 404
    assert await response.json() == {"error": {"field": None,
                                               "message": "요청한 주소를 찾을 수 없어요."}}


async def test_wrong_method_is_a_korean_405(client: TestClient) -> None:
    response = await client.get("/kakao/skill")
    assert response.status == 405
    assert (await response.json())["error"]["message"] == "이 주소에서 지원하지 않는 요청 방식이에요."
