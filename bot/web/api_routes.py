"""The HR-system API of shared/API.md: evaluate a case, list programs, the OpenAPI document."""
from __future__ import annotations

import asyncio

from aiohttp import web

from bot.web import validation
from bot.web.keys import OPENAPI_DOCUMENT, SETTINGS
from bot.web.knowledge_bridge import evaluate_case, program_list

routes = web.RouteTableDef()


@routes.post("/api/v1/evaluate")
async def evaluate(request: web.Request) -> web.Response:
    """Body: a Case; answer: the Result. Invalid case or uncovered date: 400 naming the field."""
    body = await validation.read_json_object(request, request.app[SETTINGS].max_body_bytes)
    result = await asyncio.to_thread(evaluate_case, body)  # CPU work off the event loop
    return web.json_response(result.to_dict())


@routes.get("/api/v1/programs")
async def programs(request: web.Request) -> web.Response:
    """{"programs": [{"id","name","audience"}]} in API order."""
    return web.json_response({"programs": program_list()})


@routes.get("/api/v1/openapi.json")
async def openapi(request: web.Request) -> web.Response:
    """The OpenAPI 3.1 description of every route (bot/web/openapi.yaml)."""
    return web.json_response(request.app[OPENAPI_DOCUMENT])
