"""The two pages people open: the chat widget (`GET /`) and the agent console (`GET /agent`).

The pages and their assets live in `bot/web/static/` and are served by this app (no CDN).
Until a page exists, a short placeholder keeps the route answering.
"""
from __future__ import annotations

from pathlib import Path

from aiohttp import web

STATIC_DIR = Path(__file__).resolve().parent / "static"
WIDGET_PAGE = "index.html"
AGENT_PAGE = "agent.html"
PLACEHOLDER = ("<!doctype html><html lang=\"ko\"><meta charset=\"utf-8\">"
               "<title>워라밸 길잡이</title><p>{what} 화면을 준비하고 있어요.</p></html>")

routes = web.RouteTableDef()


@routes.get("/")
async def widget(request: web.Request) -> web.StreamResponse:
    """The KakaoTalk-style chat widget."""
    return _page(WIDGET_PAGE, "채팅")


@routes.get("/agent")
async def agent_console(request: web.Request) -> web.StreamResponse:
    """The call-center agent console."""
    return _page(AGENT_PAGE, "상담사")


def _page(name: str, what: str) -> web.StreamResponse:
    path = STATIC_DIR / name
    if path.is_file():
        return web.FileResponse(path, headers={"Cache-Control": "no-cache"})
    return web.Response(text=PLACEHOLDER.format(what=what), content_type="text/html")


def add_static_routes(app: web.Application) -> None:
    """Serve `bot/web/static/` under `/static/` (pages refer to `static/...`)."""
    STATIC_DIR.mkdir(exist_ok=True)
    app.router.add_static("/static/", STATIC_DIR, name="static")
