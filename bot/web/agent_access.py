"""Who may use the agent console's API: its answers hold every conversation and case.

The console routes (`/api/v1/conversations…`, `/api/v1/handoffs`) list what people told the bot:
their children, pay and employer. With `AGENT_TOKEN` set, a request must carry it
(`Authorization: Bearer <token>`); without it, only requests from this machine are answered, so
`make run` on a laptop works and a server reachable from outside shows no one's case until an
operator sets a token. The page `/agent` itself holds no data and stays public; it asks for the
token when the API answers 401.
"""
from __future__ import annotations

import hmac
import ipaddress
from typing import Awaitable, Callable

from aiohttp import web

from bot.web import messages
from bot.web.errors import WebError
from bot.web.keys import SETTINGS

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
PROTECTED_PREFIXES = ("/api/v1/conversations", "/api/v1/handoffs")
TOKEN_FIELD = "Authorization"


class Unauthorized(WebError):
    """The agent API without the right token, or from another machine without a token set (401)."""

    status = 401


def is_protected(path: str) -> bool:
    """True for the console's API routes (the path itself or anything below it)."""
    return any(path == prefix or path.startswith(prefix + "/") for prefix in PROTECTED_PREFIXES)


def is_loopback(remote: str | None) -> bool:
    """True when the peer address is this machine (127.0.0.0/8, ::1)."""
    try:
        return ipaddress.ip_address(remote or "").is_loopback
    except ValueError:
        return False


def bearer_token(request: web.Request) -> str | None:
    """The token of an `Authorization: Bearer …` header, else None."""
    scheme, _, token = request.headers.get("Authorization", "").partition(" ")
    token = token.strip()
    return token if scheme.lower() == "bearer" and token else None


def check_agent_access(request: web.Request, agent_token: str | None) -> None:
    """Raise Unauthorized unless the request may read the console's data."""
    if agent_token:
        given = bearer_token(request)
        if given is None or not hmac.compare_digest(given.encode(), agent_token.encode()):
            # the field tells the console page to ask for the token
            raise Unauthorized(TOKEN_FIELD, messages.AGENT_TOKEN_REQUIRED)
    elif not is_loopback(request.remote):
        raise Unauthorized(None, messages.AGENT_LOCAL_ONLY)


@web.middleware
async def agent_access_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Guard the console's API routes; every other route passes untouched."""
    if is_protected(request.path):
        check_agent_access(request, request.app[SETTINGS].agent_token)
    return await handler(request)
