"""The per-sender token bucket and the settings read from the environment."""
from __future__ import annotations

from bot.web.rate_limit import TokenBucketLimiter
from bot.web.settings import Settings


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_burst_then_refill_at_the_sustained_rate() -> None:
    clock = FakeClock()
    limiter = TokenBucketLimiter(per_minute=30, burst=3, clock=clock)
    assert [limiter.allow("a") for _ in range(4)] == [True, True, True, False]
    clock.now = 1.9  # 30/min = one token every 2 s
    assert limiter.allow("a") is False
    clock.now = 2.0
    assert limiter.allow("a") is True
    assert limiter.allow("a") is False


def test_senders_have_separate_buckets() -> None:
    limiter = TokenBucketLimiter(per_minute=1, burst=1, clock=FakeClock())
    assert limiter.allow("a") is True
    assert limiter.allow("a") is False
    assert limiter.allow("b") is True


def test_bucket_never_exceeds_the_burst() -> None:
    clock = FakeClock()
    limiter = TokenBucketLimiter(per_minute=60, burst=2, clock=clock)
    limiter.allow("a")
    clock.now = 3600.0
    assert [limiter.allow("a") for _ in range(3)] == [True, True, False]


def test_settings_defaults_follow_the_team_contract() -> None:
    settings = Settings.from_env({})
    assert settings.rasa_url == "http://localhost:5005"
    assert settings.action_server_url == "http://localhost:5055/webhook"
    assert settings.action_health_url == "http://localhost:5055/health"
    assert settings.port == 8080
    assert settings.kakao_timeout_seconds == 4.5  # Kakao waits 5 s for a skill answer
    assert settings.db_url.startswith("sqlite:///") and settings.db_url.endswith("/var/worklife.db")


def test_settings_from_environment() -> None:
    settings = Settings.from_env({
        "RASA_URL": "http://rasa:5005/", "ACTION_SERVER_URL": "http://actions:5055/webhook",
        "WORKLIFE_DB_URL": "postgresql://bot@db/worklife", "WEB_PORT": "9090",
        "KAKAO_CALLBACK_HOSTS": "kakao.com, example.org"})
    assert settings.rasa_url == "http://rasa:5005"
    assert settings.action_health_url == "http://actions:5055/health"
    assert settings.db_url == "postgresql://bot@db/worklife"
    assert settings.port == 9090
    assert settings.kakao_callback_hosts == ("kakao.com", "example.org")


def test_idle_senders_are_forgotten_when_many_are_tracked(monkeypatch: object) -> None:
    from bot.web import rate_limit

    monkeypatch.setattr(rate_limit, "MAX_TRACKED_SENDERS", 3)  # type: ignore[attr-defined]
    clock = FakeClock()
    limiter = TokenBucketLimiter(per_minute=60, burst=1, clock=clock)
    for sender in ("a", "b", "c"):
        limiter.allow(sender)
    clock.now = 5.0  # every bucket has refilled: those senders are idle
    assert limiter.allow("d") is True
    assert set(limiter._buckets) == {"d"}
