"""Typed keys of the web application's state (aiohttp `AppKey`)."""
from __future__ import annotations

from aiohttp import ClientSession, web
from sqlalchemy.engine import Engine

from bot.web.rasa_client import RasaClient
from bot.web.rate_limit import TokenBucketLimiter
from bot.web.settings import Settings

SETTINGS = web.AppKey("settings", Settings)
HTTP_SESSION = web.AppKey("http_session", ClientSession)
RASA = web.AppKey("rasa", RasaClient)
DB_ENGINE = web.AppKey("db_engine", Engine)
RATE_LIMITER = web.AppKey("rate_limiter", TokenBucketLimiter)
BACKGROUND_TASKS = web.AppKey("background_tasks", set)  # set[asyncio.Task[None]]
OPENAPI_DOCUMENT = web.AppKey("openapi_document", dict)  # dict[str, Any]

