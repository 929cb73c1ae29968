"""The web front's error family: each error knows its HTTP status, field and Korean message.

Handlers raise these; `error_middleware` (bot/web/middleware.py) turns them into
`{"error": {"field", "message"}}` responses, the shape fixed in shared/API.md.
"""
from __future__ import annotations

from typing import Any

from bot.web import messages


class WebError(Exception):
    """Base of every error the web front reports to a client (400 unless a subclass says)."""

    status = 400

    def __init__(self, field: str | None, message: str) -> None:
        super().__init__(f"{field}: {message}" if field else message)
        self.field = field
        self.message = message

    def to_dict(self) -> dict[str, Any]:
        """The error body of shared/API.md."""
        return {"error": {"field": self.field, "message": self.message}}


class PayloadTooLarge(WebError):
    """Body or message over the size limit (413)."""

    status = 413


class RateLimited(WebError):
    """The sender sends faster than the per-sender limit (429)."""

    status = 429

    def __init__(self) -> None:
        super().__init__(None, messages.RATE_LIMITED)


class NotFound(WebError):
    """No such route or record (404)."""

    status = 404


class BotUnavailable(WebError):
    """Rasa did not answer or answered with an error (503)."""

    status = 503

    def __init__(self, message: str = messages.BOT_UNAVAILABLE) -> None:
        super().__init__(None, message)


class BotTimeout(BotUnavailable):
    """Rasa did not answer within the time the caller can wait (504)."""

    status = 504

    def __init__(self) -> None:
        super().__init__(messages.BOT_TIMEOUT)


class DependencyMissing(WebError):
    """A part of the project the route needs could not be imported (503)."""

    status = 503
