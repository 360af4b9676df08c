"""Pacing sends to a platform's rate limit: per process, or shared by every process via Redis.

Telegram allows about 30 messages/s per bot and the WhatsApp Cloud API 80 messages/s per
number, whatever the number of workers sending; with several workers (or a campaign sender
beside them) the limit must be shared, so with Redis configured each send reserves the next
free slot of the channel in Redis (one atomic script call; a generic cell rate algorithm with
no burst) and waits until it comes. If Redis cannot be reached the process falls back to its
own spacing and says so in the log: a send is never lost to the limiter.
"""

from __future__ import annotations

import asyncio
import time
from typing import Protocol

import redis.asyncio as aioredis
from redis.exceptions import RedisError

from bot.logs import get_logger

log = get_logger(__name__)

_RESERVE = """
-- KEYS: the channel's next free slot (ms)   ARGV: interval (ms)
-- -> how long to wait (ms) before this send's reserved slot
local now_parts = redis.call('TIME')
local now = now_parts[1] * 1000 + math.floor(now_parts[2] / 1000)
local slot = tonumber(redis.call('GET', KEYS[1]) or '0')
if slot < now then
  slot = now
end
local interval = tonumber(ARGV[1])
redis.call('SET', KEYS[1], tostring(slot + interval), 'PX', math.ceil(slot + interval - now) + 1000)
return slot - now
"""


class Pacer(Protocol):
    async def wait(self) -> None:
        """Return when the next request may be sent."""


class RateLimiter:
    """At most ``rate`` requests per second from this process (a simple spacing limiter)."""

    def __init__(self, rate: float) -> None:
        self._interval = 1.0 / rate
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def wait(self) -> None:
        async with self._lock:
            now = time.monotonic()
            delay = self._next - now
            self._next = max(now, self._next) + self._interval
        if delay > 0:
            await asyncio.sleep(delay)


class SharedRateLimiter:
    """At most ``rate`` requests per second across every process sharing ``key`` in Redis."""

    def __init__(self, client: aioredis.Redis, key: str, rate: float) -> None:
        self._key = key
        self._interval_ms = max(1, round(1000 / rate))
        self._reserve = client.register_script(_RESERVE)
        self._fallback = RateLimiter(rate)

    async def wait(self) -> None:
        try:
            delay_ms = int(await self._reserve(keys=[self._key], args=[self._interval_ms]))
        except (RedisError, OSError) as exc:
            log.warning("rate_limit_local_fallback", key=self._key, error=type(exc).__name__)
            await self._fallback.wait()
            return
        if delay_ms > 0:
            await asyncio.sleep(delay_ms / 1000)
