"""Send pacing: one platform limit shared by every process through Redis, and a local fallback."""

from __future__ import annotations

import asyncio
import time
import uuid

import redis.asyncio as aioredis

from bot.channels.hub import Channels
from bot.channels.pacing import RateLimiter, SharedRateLimiter
from tests.support.services import REDIS_URL, require_redis


async def _sends(limiters: list[SharedRateLimiter] | list[RateLimiter], each: int) -> float:
    started = time.perf_counter()
    await asyncio.gather(*(limiter.wait() for limiter in limiters for _ in range(each)))
    return time.perf_counter() - started


async def test_two_processes_share_one_limit() -> None:
    """Two limiters on separate connections (two workers) together stay under the rate: 40
    sends at 50/s take at least 39 intervals; two local limits (or the local fallback) would
    take only 19 each, side by side."""
    require_redis()
    key = f"test:rate:{uuid.uuid4().hex}"
    clients = [aioredis.Redis.from_url(REDIS_URL) for _ in range(2)]
    limiters = [SharedRateLimiter(client, key, rate=50) for client in clients]
    try:
        elapsed = await _sends(limiters, each=20)
        assert elapsed >= 39 / 50 * 0.95
        assert 0 < await clients[0].pttl(key) <= 2000  # the slot key expires on its own
    finally:
        await clients[0].delete(key)
        for client in clients:
            await client.aclose()


async def test_an_unreachable_redis_falls_back_to_local_pacing() -> None:
    client = aioredis.Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    limiter = SharedRateLimiter(client, "test:rate:away", rate=100)
    elapsed = await _sends([limiter], each=5)
    assert elapsed >= 4 / 100 * 0.95  # still paced, and no send was lost to the error
    await client.aclose()


def test_channels_share_limits_only_with_redis() -> None:
    assert isinstance(Channels().pacer("telegram", 30), RateLimiter)
    shared = Channels(redis=aioredis.Redis.from_url(REDIS_URL)).pacer("telegram", 30)
    assert isinstance(shared, SharedRateLimiter)
