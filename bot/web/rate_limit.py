"""A per-sender token bucket that keeps one person from flooding the bot.

The buckets live in this process's memory, so the limit is per replica: with N web replicas
behind a load balancer a sender may get up to N times the rate. That is enough to stop a
runaway client or script on a small deployment; a shared limit across replicas would need a
shared store (the Redis the Rasa lock store already requires), which this project does not run.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable

SECONDS_PER_MINUTE = 60.0
MAX_TRACKED_SENDERS = 10_000  # beyond this, idle (full) buckets are forgotten


@dataclass
class _Bucket:
    tokens: float
    updated_at: float


class TokenBucketLimiter:
    """Allow `burst` messages at once and `per_minute` messages per minute sustained."""

    def __init__(self, per_minute: int, burst: int,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.refill_per_second = per_minute / SECONDS_PER_MINUTE
        self.capacity = float(burst)
        self.clock = clock
        self._buckets: dict[str, _Bucket] = {}

    def allow(self, key: str) -> bool:
        """Take one token from `key`'s bucket; False when it is empty."""
        now = self.clock()
        bucket = self._refilled(key, now)
        if bucket.tokens < 1.0:
            return False
        bucket.tokens -= 1.0
        return True

    def _refilled(self, key: str, now: float) -> _Bucket:
        bucket = self._buckets.get(key)
        if bucket is None:
            self._forget_idle_if_full(now)
            bucket = self._buckets[key] = _Bucket(self.capacity, now)
        elapsed = now - bucket.updated_at
        bucket.tokens = min(self.capacity, bucket.tokens + elapsed * self.refill_per_second)
        bucket.updated_at = now
        return bucket

    def _forget_idle_if_full(self, now: float) -> None:
        """Bound memory: drop buckets that have refilled completely (their sender is idle)."""
        if len(self._buckets) < MAX_TRACKED_SENDERS:
            return
        refill_time = self.capacity / self.refill_per_second if self.refill_per_second else 0.0
        self._buckets = {key: bucket for key, bucket in self._buckets.items()
                         if now - bucket.updated_at < refill_time}
