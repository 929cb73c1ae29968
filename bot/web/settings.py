"""Settings of the web front, read from the environment once at start-up.

Defaults in code, overridden by environment variables (the ports are the team's fixed
contract: Rasa 5005, action server 5055, web front 8080).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Mapping

from bot.storage.engine import DB_URL_VARIABLE, default_db_url


@dataclass(frozen=True)
class Settings:
    """Everything the web app needs to know about its surroundings and its limits."""

    rasa_url: str = "http://localhost:5005"
    rasa_token: str | None = None  # Rasa's --auth-token, if the HTTP API is protected
    action_server_url: str = "http://localhost:5055/webhook"
    db_url: str = default_db_url()
    host: str = "0.0.0.0"
    port: int = 8080
    max_message_chars: int = 2000        # longer chat messages get 413
    max_body_bytes: int = 64 * 1024       # any JSON body larger than this gets 413
    rate_limit_per_minute: int = 30       # messages per sender per minute (sustained)
    rate_limit_burst: int = 10            # messages a sender may send at once
    rasa_timeout_seconds: float = 30.0    # widget and API: Rasa may be slow on a cold model
    kakao_timeout_seconds: float = 4.5    # Kakao gives a skill 5 s; answer inside it
    callback_timeout_seconds: float = 55.0  # a Kakao callback URL is valid for 1 minute
    health_timeout_seconds: float = 2.0
    # Hosts (and their subdomains) a Kakao callbackUrl may point to; others are not called.
    kakao_callback_hosts: tuple[str, ...] = ("kakao.com", "kakaoenterprise.com")
    # The agent console's API asks for this bearer token; unset, it answers this machine only
    # (bot/web/agent_access.py).
    agent_token: str | None = None

    @property
    def action_health_url(self) -> str:
        """The action server answers `/health` next to its `/webhook`."""
        base = self.action_server_url.rstrip("/")
        if base.endswith("/webhook"):
            base = base[: -len("/webhook")]
        return f"{base}/health"

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> "Settings":
        """Settings with every variable that is set in `environ` (default: os.environ)."""
        env = os.environ if environ is None else environ
        defaults = cls()
        return cls(
            rasa_url=env.get("RASA_URL", defaults.rasa_url).rstrip("/"),
            rasa_token=env.get("RASA_TOKEN") or None,
            action_server_url=env.get("ACTION_SERVER_URL", defaults.action_server_url),
            db_url=env.get(DB_URL_VARIABLE) or defaults.db_url,
            host=env.get("WEB_HOST", defaults.host),
            port=int(env.get("WEB_PORT", defaults.port)),
            max_message_chars=int(env.get("WEB_MAX_MESSAGE_CHARS", defaults.max_message_chars)),
            rate_limit_per_minute=int(env.get("WEB_RATE_LIMIT_PER_MINUTE",
                                              defaults.rate_limit_per_minute)),
            rate_limit_burst=int(env.get("WEB_RATE_LIMIT_BURST", defaults.rate_limit_burst)),
            kakao_callback_hosts=_host_list(env.get("KAKAO_CALLBACK_HOSTS"),
                                            defaults.kakao_callback_hosts),
            agent_token=env.get("AGENT_TOKEN") or None,
        )


def _host_list(value: str | None, default: tuple[str, ...]) -> tuple[str, ...]:
    """Comma-separated host names, e.g. `kakao.com,kakaoenterprise.com`."""
    if not value:
        return default
    return tuple(host.strip().lower() for host in value.split(",") if host.strip())
