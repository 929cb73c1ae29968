"""Talking to the Rasa server: the REST channel for messages, the HTTP API for trackers.

Rasa runs with `--enable-api` so the agent console can read a conversation's tracker
(`GET /conversations/{sender}/tracker`). Callers pass text already masked by `mask_pii`.
"""
from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import quote

import aiohttp

from bot.web.errors import BotTimeout, BotUnavailable

REST_WEBHOOK_PATH = "/webhooks/rest/webhook"


class RasaClient:
    """Thin async client over one shared aiohttp session."""

    def __init__(self, session: aiohttp.ClientSession, base_url: str,
                 token: str | None = None) -> None:
        self.session = session
        self.base_url = base_url.rstrip("/")
        self.token = token

    async def send_message(self, sender: str, text: str, timeout: float,
                           metadata: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """Send one user message; returns Rasa's REST message list (text/buttons/custom)."""
        body: dict[str, Any] = {"sender": sender, "message": text}
        if metadata:
            body["metadata"] = metadata
        answer = await self._request("POST", REST_WEBHOOK_PATH, timeout, json=body)
        if not isinstance(answer, list):
            raise BotUnavailable()
        return answer

    async def tracker(self, sender: str, timeout: float) -> dict[str, Any]:
        """The conversation's tracker (events, slots) from Rasa's HTTP API."""
        path = f"/conversations/{quote(sender, safe='')}/tracker"
        answer = await self._request("GET", path, timeout, params=self._auth_params())
        if not isinstance(answer, dict):
            raise BotUnavailable()
        return answer

    async def _request(self, method: str, path: str, timeout: float, **kwargs: Any) -> Any:
        client_timeout = aiohttp.ClientTimeout(total=timeout)
        try:
            async with self.session.request(method, self.base_url + path,
                                            timeout=client_timeout, **kwargs) as response:
                if response.status != 200:
                    raise BotUnavailable()
                return await response.json(content_type=None)
        except asyncio.TimeoutError as error:
            raise BotTimeout() from error
        except (aiohttp.ClientError, ValueError) as error:
            raise BotUnavailable() from error

    def _auth_params(self) -> dict[str, str]:
        return {"token": self.token} if self.token else {}
