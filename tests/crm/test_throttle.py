"""Failed sign-ins per username: in one process, and shared by workers through Redis."""

from __future__ import annotations

import uuid

import redis.asyncio as aioredis

from crm.throttle import LocalLoginThrottle, RedisLoginThrottle
from tests.support.services import REDIS_URL, require_redis


async def test_local_throttle_blocks_a_username_for_the_window() -> None:
    throttle = LocalLoginThrottle(limit=3, window=60)
    for _ in range(3):
        assert not await throttle.blocked("sari", now=100)
        await throttle.failed("sari", now=100)
    assert await throttle.blocked("sari", now=130) and not await throttle.blocked("budi", now=130)
    assert not await throttle.blocked("sari", now=161)  # the window has passed
    await throttle.failed("budi", now=200)
    await throttle.succeeded("budi")
    assert not await throttle.blocked("budi", now=200)


async def test_redis_throttle_counts_failures_of_every_worker_together() -> None:
    require_redis()
    prefix = f"test:login:{uuid.uuid4().hex}"
    clients = [aioredis.Redis.from_url(REDIS_URL) for _ in range(2)]
    one, two = (RedisLoginThrottle(c, limit=3, window=60, prefix=prefix) for c in clients)
    try:
        await one.failed("sari")
        await two.failed("sari")
        assert not await one.blocked("sari")
        await two.failed("sari")  # the third failure, on another worker
        assert await one.blocked("sari") and await two.blocked("sari")
        assert not await one.blocked("budi")
        keys = [k async for k in clients[0].scan_iter(f"{prefix}:*")]
        assert len(keys) == 1 and b"sari" not in keys[0]  # the username is hashed
        assert 0 < await clients[0].ttl(keys[0]) <= 60  # the window ends by itself
        await one.succeeded("sari")
        assert not await two.blocked("sari")
    finally:
        for client in clients:
            await client.aclose()
