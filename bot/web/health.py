"""`GET /healthz`: 200 only when Rasa, the action server and the database all answer.

The database check also requires Rasa's tracker table: when Rasa cannot reach its SQL
tracker store it silently falls back to memory and loses conversations, and the missing
table is how that shows from outside.
"""
from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import ClientError, ClientSession, ClientTimeout, web
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from bot.storage import has_tracker_table
from bot.web.keys import DB_ENGINE, HTTP_SESSION, SETTINGS

routes = web.RouteTableDef()
Check = dict[str, Any]


@routes.get("/healthz")
async def healthz(request: web.Request) -> web.Response:
    """{"status": "ok"|"unavailable", "failed": [...], "checks": {name: {"ok", "detail"}}}."""
    app = request.app
    settings = app[SETTINGS]
    session, timeout = app[HTTP_SESSION], ClientTimeout(total=settings.health_timeout_seconds)
    rasa, actions, database = await asyncio.gather(
        check_http(session, f"{settings.rasa_url}/status", timeout, _token(settings.rasa_token)),
        check_http(session, settings.action_health_url, timeout),
        asyncio.to_thread(check_database, app[DB_ENGINE]),
    )
    checks = {"rasa": rasa, "action_server": actions, "database": database}
    failed = [name for name, check in checks.items() if not check["ok"]]
    body = {"status": "unavailable" if failed else "ok", "failed": failed, "checks": checks}
    return web.json_response(body, status=503 if failed else 200)


async def check_http(session: ClientSession, url: str, timeout: ClientTimeout,
                     params: dict[str, str] | None = None) -> Check:
    """OK when `url` answers 200 within the timeout."""
    try:
        async with session.get(url, timeout=timeout, params=params) as response:
            return {"ok": response.status == 200, "detail": f"{url} -> {response.status}"}
    except (ClientError, asyncio.TimeoutError) as error:
        return {"ok": False, "detail": f"{url} -> {type(error).__name__}"}


def _token(rasa_token: str | None) -> dict[str, str] | None:
    """Rasa's `/status` needs the token when the HTTP API is protected (`--auth-token`)."""
    return {"token": rasa_token} if rasa_token else None


def check_database(engine: Engine) -> Check:
    """OK when a query runs and Rasa's tracker table exists."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        tracker_ready = has_tracker_table(engine)
    except SQLAlchemyError as error:
        return {"ok": False, "detail": type(error).__name__}
    detail = "ok" if tracker_ready else "Rasa 트래커 테이블(events)이 없어요"
    return {"ok": tracker_ready, "detail": detail}
