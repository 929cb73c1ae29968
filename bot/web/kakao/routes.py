"""`POST /kakao/skill`: a KakaoTalk turn in, a skill response (version 2.0) out.

Kakao waits 5 seconds. Without a callback URL the bot gets `kakao_timeout_seconds` (4.5 s)
and a polite "try again" otherwise. With a callback URL the endpoint acknowledges at once
(`useCallback`) and posts the full answer to the URL from a background task (the URL is
valid for one minute and can be used once).

A valid payload always gets 200 with a skill response, even when the message is empty or
the bot is down, because Kakao shows only skill responses to the user; a payload that is not
a skill request gets 400 with the reason.
"""
from __future__ import annotations

import asyncio
import logging
from typing import Any
from urllib.parse import urlsplit

from aiohttp import ClientError, ClientTimeout, web

from bot.privacy import mask_pii, mask_value
from bot.web import messages, validation
from bot.web.background import spawn
from bot.web.errors import BotTimeout, BotUnavailable, WebError
from bot.web.kakao.request import SkillRequest, parse_skill_request
from bot.web.kakao.templates import callback_acknowledgement, skill_response, text_response
from bot.web.keys import HTTP_SESSION, RASA, RATE_LIMITER, SETTINGS

log = logging.getLogger(__name__)
routes = web.RouteTableDef()
CHANNEL = "kakao"
CALLBACK_POST_TIMEOUT_SECONDS = 10.0


@routes.post("/kakao/skill")
async def kakao_skill(request: web.Request) -> web.Response:
    """Answer one skill request; see the module docstring for the timing rules."""
    app = request.app
    settings = app[SETTINGS]
    skill = parse_skill_request(
        await validation.read_json_object(request, settings.max_body_bytes))
    sender = validation.sender_id(skill.sender, "userRequest.user.id")
    try:
        text = validation.chat_message(skill.bot_message, "userRequest.utterance",
                                       settings.max_message_chars)
    except WebError as error:  # a person typed it: answer in the chat, not with a 400
        return web.json_response(text_response(error.message))
    if not app[RATE_LIMITER].allow(sender):
        return web.json_response(text_response(messages.RATE_LIMITED))
    return web.json_response(await _respond(app, sender, mask_pii(text), skill))


async def _respond(app: web.Application, sender: str, text: str,
                   skill: SkillRequest) -> dict[str, Any]:
    """The answer itself, or the callback acknowledgement with the answer posted later."""
    settings = app[SETTINGS]
    metadata = {"channel": CHANNEL, "params": mask_value(skill.params)}
    if skill.callback_url and _callback_allowed(skill.callback_url, settings.kakao_callback_hosts):
        spawn(app, _answer_to_callback(app, sender, text, metadata, skill.callback_url))
        return callback_acknowledgement()
    return await _answer(app, sender, text, metadata, settings.kakao_timeout_seconds)


async def _answer(app: web.Application, sender: str, text: str, metadata: dict[str, Any],
                  timeout: float) -> dict[str, Any]:
    """The skill response for Rasa's answer, or a Korean notice when Rasa is slow or down."""
    try:
        rasa_messages = await app[RASA].send_message(sender, text, timeout, metadata)
    except BotTimeout:
        return text_response(messages.BOT_TIMEOUT)
    except BotUnavailable:
        return text_response(messages.BOT_UNAVAILABLE)
    return skill_response(rasa_messages)


async def _answer_to_callback(app: web.Application, sender: str, text: str,
                              metadata: dict[str, Any], callback_url: str) -> None:
    """Background task: ask Rasa, then post the full skill response to Kakao's callback URL."""
    settings = app[SETTINGS]
    answer = await _answer(app, sender, text, metadata, settings.callback_timeout_seconds)
    timeout = ClientTimeout(total=CALLBACK_POST_TIMEOUT_SECONDS)
    try:
        async with app[HTTP_SESSION].post(callback_url, json=answer, timeout=timeout) as response:
            if response.status >= 400:
                log.warning("Kakao callback answered %s", response.status)
    except (ClientError, asyncio.TimeoutError) as error:
        log.warning("Kakao callback failed: %s", type(error).__name__)


def _callback_allowed(url: str, allowed_hosts: tuple[str, ...]) -> bool:
    """Only Kakao's own hosts get our posts; anything else is answered synchronously."""
    host = (urlsplit(url).hostname or "").lower()
    allowed = any(host == name or host.endswith("." + name) for name in allowed_hosts)
    if not allowed:
        log.warning("ignoring callbackUrl on host %s", host)
    return allowed
