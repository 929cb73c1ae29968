"""Reading and checking what clients send: JSON bodies, chat messages, sender ids."""
from __future__ import annotations

import json
from typing import Any

from aiohttp import web

from bot.privacy import LABELS, mask_pii
from bot.web import messages
from bot.web.errors import PayloadTooLarge, WebError

MAX_SENDER_CHARS = 128


async def read_json_object(request: web.Request, max_bytes: int) -> dict[str, Any]:
    """The request body as a JSON object; 413 above `max_bytes`, 400 when not a JSON object.

    The body is read up to one byte past the limit, so a chunked upload without a
    Content-Length cannot make the server buffer more than the limit.
    """
    if request.content_length is not None and request.content_length > max_bytes:
        raise PayloadTooLarge(None, messages.BODY_TOO_LARGE)
    raw = await request.content.read(max_bytes + 1)
    if len(raw) > max_bytes:
        raise PayloadTooLarge(None, messages.BODY_TOO_LARGE)
    return parse_json_object(raw)


def parse_json_object(raw: bytes) -> dict[str, Any]:
    """Decode UTF-8 JSON whose top level is an object."""
    try:
        body = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise WebError(None, messages.MALFORMED_JSON) from error
    if not isinstance(body, dict):
        raise WebError(None, messages.BODY_NOT_OBJECT)
    return body


def chat_message(value: Any, field: str, max_chars: int) -> str:
    """A user message fit for the bot: text, not blank, not symbols only, within the limit."""
    if value is None:
        raise WebError(field, messages.FIELD_REQUIRED)
    if not isinstance(value, str):
        raise WebError(field, messages.FIELD_NOT_TEXT)
    text = value.strip()
    if not text:
        raise WebError(field, messages.EMPTY_MESSAGE)
    if len(text) > max_chars:
        raise PayloadTooLarge(field, messages.MESSAGE_TOO_LONG.format(limit=max_chars))
    if not has_words(text):
        raise WebError(field, messages.SYMBOLS_ONLY_MESSAGE)
    return text


def has_words(text: str) -> bool:
    """True when the text holds a letter or digit (Hangul counts), not only emoji/punctuation."""
    return any(character.isalnum() for character in text)


def sender_id(value: Any, field: str = "sender") -> str:
    """A conversation id: short printable text that is not itself a phone number, e-mail, ...

    Ids are opaque keys (Kakao's botUserKey, the widget's UUID) and are kept as sent.
    """
    if not isinstance(value, str) or not value.strip():
        raise WebError(field, messages.FIELD_REQUIRED if value is None else messages.FIELD_NOT_TEXT)
    sender = value.strip()
    if len(sender) > MAX_SENDER_CHARS or not sender.isprintable():
        raise WebError(field, messages.SENDER_INVALID.format(limit=MAX_SENDER_CHARS))
    if mask_pii(sender) in LABELS:  # the whole id is a phone number, e-mail, ...
        raise WebError(field, messages.SENDER_HAS_PERSONAL_DATA)
    return sender


def optional_text(value: Any, field: str, max_chars: int) -> str | None:
    """Free text that may be absent; masked because it will be stored."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise WebError(field, messages.FIELD_NOT_TEXT)
    if len(value) > max_chars:
        raise PayloadTooLarge(field, messages.MESSAGE_TOO_LONG.format(limit=max_chars))
    return mask_pii(value.strip()) or None


def boolean(value: Any, field: str) -> bool:
    """A JSON true/false (not 0/1, not "yes")."""
    if not isinstance(value, bool):
        raise WebError(field, messages.FIELD_NOT_BOOLEAN)
    return value
