"""Parsing a Kakao i OpenBuilder skill request (shared/KAKAO.md) into what the bot needs."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from bot.web import messages
from bot.web.errors import WebError
from bot.web.kakao.templates import PAYLOAD_EXTRA_KEY


@dataclass(frozen=True)
class SkillRequest:
    """One user turn from KakaoTalk."""

    sender: str                       # userRequest.user.id, the per-bot user key
    utterance: str                    # what the user typed (or the pressed reply's text)
    button_payload: str | None = None  # clientExtra.payload of a quick reply we sent
    params: dict[str, Any] = field(default_factory=dict)  # action.params of the block
    callback_url: str | None = None

    @property
    def bot_message(self) -> str:
        """What Rasa should receive: the pressed button's payload, else the utterance."""
        return self.button_payload or self.utterance


def parse_skill_request(body: dict[str, Any]) -> SkillRequest:
    """Check the parts of the payload the bot relies on; a missing part is a 400 with a reason."""
    user_request = _object(body, "userRequest", "userRequest")
    user = _object(user_request, "user", "userRequest.user")
    sender = user.get("id")
    if not isinstance(sender, str) or not sender.strip():
        raise _invalid("userRequest.user.id", "사용자 키(user.id)가 없어요")
    utterance = user_request.get("utterance")
    if not isinstance(utterance, str):
        raise _invalid("userRequest.utterance", "발화(utterance)가 글자가 아니에요")
    action = _optional_object(body, "action", "action")
    return SkillRequest(sender=sender.strip(), utterance=utterance,
                        button_payload=_button_payload(action),
                        params=_optional_object(action, "params", "action.params"),
                        callback_url=_callback_url(user_request))


def _object(container: dict[str, Any], key: str, path: str) -> dict[str, Any]:
    value = container.get(key)
    if not isinstance(value, dict):
        raise _invalid(path, f"{path} 객체가 없어요")
    return value


def _optional_object(container: dict[str, Any], key: str, path: str) -> dict[str, Any]:
    value = container.get(key)
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise _invalid(path, f"{path}는 객체여야 해요")
    return value


def _button_payload(action: dict[str, Any]) -> str | None:
    """Our quick replies put the Rasa button payload in `extra`; Kakao returns it as clientExtra."""
    client_extra = action.get("clientExtra")
    if not isinstance(client_extra, dict):
        return None
    payload = client_extra.get(PAYLOAD_EXTRA_KEY)
    return payload if isinstance(payload, str) and payload.strip() else None


def _callback_url(user_request: dict[str, Any]) -> str | None:
    url = user_request.get("callbackUrl")
    if url in (None, ""):
        return None
    if not isinstance(url, str) or urlsplit(url).scheme not in ("http", "https"):
        raise _invalid("userRequest.callbackUrl", "콜백 주소가 http(s) 주소가 아니에요")
    return url


def _invalid(field_path: str, reason: str) -> WebError:
    return WebError(field_path, messages.KAKAO_NOT_SKILL_PAYLOAD.format(reason=reason))
