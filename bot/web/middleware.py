"""Turn every failure into the JSON error shape of shared/API.md, in Korean, never a trace."""
from __future__ import annotations

import logging
from typing import Awaitable, Callable

from aiohttp import web

from bot.web import messages
from bot.web.errors import WebError

log = logging.getLogger(__name__)
Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

_HTTP_ERROR_MESSAGES = {
    404: messages.NOT_FOUND,
    405: messages.METHOD_NOT_ALLOWED,
    413: messages.BODY_TOO_LARGE,
}


def error_response(error: WebError) -> web.Response:
    """`{"error": {"field", "message"}}` with the error's status."""
    return web.json_response(error.to_dict(), status=error.status)


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """WebError -> its status; aiohttp's own 404/405/413 -> Korean JSON; anything else -> 500."""
    try:
        return await handler(request)
    except WebError as error:
        return error_response(error)
    except web.HTTPException as error:
        if error.status not in _HTTP_ERROR_MESSAGES:
            raise
        return web.json_response(
            WebError(None, _HTTP_ERROR_MESSAGES[error.status]).to_dict(), status=error.status)
    except Exception:  # the last line of defence: log (masked by the filter), answer politely
        log.exception("unhandled error on %s %s", request.method, request.path)
        return web.json_response(WebError(None, messages.INTERNAL_ERROR).to_dict(), status=500)
