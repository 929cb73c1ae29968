"""`POST /api/v1/chat` (the widget's way to the bot) and `POST /api/v1/feedback`."""
from __future__ import annotations

import asyncio

from aiohttp import web

from bot.privacy import mask_pii
from bot.storage import record_feedback
from bot.web import validation
from bot.web.errors import RateLimited
from bot.web.keys import DB_ENGINE, RASA, RATE_LIMITER, SETTINGS

routes = web.RouteTableDef()
CHANNEL = "web"


@routes.post("/api/v1/chat")
async def chat(request: web.Request) -> web.Response:
    """{"sender","message"} -> {"messages": [Rasa REST items]}; the message is masked first."""
    settings = request.app[SETTINGS]
    body = await validation.read_json_object(request, settings.max_body_bytes)
    sender = validation.sender_id(body.get("sender"))
    text = validation.chat_message(body.get("message"), "message", settings.max_message_chars)
    if not request.app[RATE_LIMITER].allow(sender):
        raise RateLimited()
    rasa_messages = await request.app[RASA].send_message(
        sender, mask_pii(text), settings.rasa_timeout_seconds, {"channel": CHANNEL})
    return web.json_response({"sender": sender, "messages": rasa_messages})


@routes.post("/api/v1/feedback")
async def feedback(request: web.Request) -> web.Response:
    """{"sender","helpful": bool,"message"?} -> 201 {"id"}: "도움이 됐어요 / 아니에요"."""
    settings = request.app[SETTINGS]
    body = await validation.read_json_object(request, settings.max_body_bytes)
    sender = validation.sender_id(body.get("sender"))
    helpful = validation.boolean(body.get("helpful"), "helpful")
    message = validation.optional_text(body.get("message"), "message", settings.max_message_chars)
    feedback_id = await asyncio.to_thread(
        record_feedback, sender, helpful, message, request.app[DB_ENGINE])
    return web.json_response({"id": feedback_id, "sender": sender, "helpful": helpful},
                             status=201)
