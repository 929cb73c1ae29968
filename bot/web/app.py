"""The web front: one aiohttp application in front of Rasa and the knowledge engine.

`create_app(settings)` wires routes, middleware and state; connections (the HTTP session to
Rasa, the database engine) are opened in `cleanup_ctx` when the app starts, never at import.
"""
from __future__ import annotations

import asyncio
from typing import AsyncIterator

from aiohttp import ClientSession, web

from bot.storage import get_engine
from bot.web import agent_routes, api_routes, chat_routes, health, pages
from bot.web.agent_access import agent_access_middleware
from bot.web.background import background_tasks_ctx
from bot.web.kakao import routes as kakao_routes
from bot.web.keys import (
    DB_ENGINE,
    HTTP_SESSION,
    OPENAPI_DOCUMENT,
    RASA,
    RATE_LIMITER,
    SETTINGS,
)
from bot.web.middleware import error_middleware
from bot.web.openapi import load_openapi_document
from bot.web.rasa_client import RasaClient
from bot.web.rate_limit import TokenBucketLimiter
from bot.web.settings import Settings

ROUTE_TABLES = (pages.routes, api_routes.routes, chat_routes.routes, agent_routes.routes,
                kakao_routes.routes, health.routes)


def create_app(settings: Settings | None = None) -> web.Application:
    """The application for `settings` (default: read from the environment now)."""
    settings = settings or Settings.from_env()
    app = web.Application(middlewares=[error_middleware, agent_access_middleware],
                          client_max_size=settings.max_body_bytes + 1)
    app[SETTINGS] = settings
    app[RATE_LIMITER] = TokenBucketLimiter(settings.rate_limit_per_minute,
                                           settings.rate_limit_burst)
    app[OPENAPI_DOCUMENT] = load_openapi_document()
    for table in ROUTE_TABLES:
        app.add_routes(table)
    pages.add_static_routes(app)
    app.cleanup_ctx.extend([http_session_ctx, database_ctx, background_tasks_ctx])
    return app


async def http_session_ctx(app: web.Application) -> AsyncIterator[None]:
    """One client session for Rasa, the action server and Kakao callbacks."""
    settings = app[SETTINGS]
    async with ClientSession() as session:
        app[HTTP_SESSION] = session
        app[RASA] = RasaClient(session, settings.rasa_url, settings.rasa_token)
        yield


async def database_ctx(app: web.Application) -> AsyncIterator[None]:
    """Build the engine for WORKLIFE_DB_URL and create our tables (in a thread: it is I/O)."""
    engine = await asyncio.to_thread(get_engine, app[SETTINGS].db_url)
    app[DB_ENGINE] = engine
    yield
    engine.dispose()
