"""Throttling failed staff sign-ins per username: in this process (embedded default), or shared
by every worker through Redis so that more workers do not mean more guesses."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from redis.exceptions import RedisError

from storage.errors import StoreUnavailable

if TYPE_CHECKING:
    import redis.asyncio as aioredis

LIMIT = 5
WINDOW_SECONDS = 900


class LoginThrottle(Protocol):
    async def blocked(self, username: str) -> bool: ...

    async def failed(self, username: str) -> None: ...

    async def succeeded(self, username: str) -> None: ...


@dataclass
class _Failures:
    count: int
    since: float


class LocalLoginThrottle:
    """After ``limit`` failed sign-ins of one username within ``window`` seconds, refuse it
    until the window has passed (this process only: the embedded default)."""

    def __init__(self, limit: int = LIMIT, window: float = WINDOW_SECONDS) -> None:
        self.limit, self.window = limit, window
        self._failures: dict[str, _Failures] = {}

    async def blocked(self, username: str, now: float | None = None) -> bool:
        entry = self._failures.get(username)
        if entry is None:
            return False
        if (now or time.time()) - entry.since > self.window:
            del self._failures[username]
            return False
        return entry.count >= self.limit

    async def failed(self, username: str, now: float | None = None) -> None:
        at = now or time.time()
        entry = self._failures.get(username)
        if entry is None or at - entry.since > self.window:
            self._failures[username] = _Failures(1, at)
        else:
            entry.count += 1
        if len(self._failures) > 10_000:  # a flood of made-up names must not grow memory
            self._failures.pop(next(iter(self._failures)))

    async def succeeded(self, username: str) -> None:
        self._failures.pop(username, None)


class RedisLoginThrottle:
    """The same rule with the failure count in Redis (``INCR`` + an expiry set by the first
    failure), shared by every worker. Usernames are hashed in the key."""

    def __init__(
        self, client: aioredis.Redis, limit: int = LIMIT, window: float = WINDOW_SECONDS,
        prefix: str = "prakerja:login-failures",
    ) -> None:  # fmt: skip
        self._redis, self.limit, self.window, self._prefix = client, limit, int(window), prefix

    def _key(self, username: str) -> str:
        return f"{self._prefix}:{hashlib.sha256(username.encode('utf-8')).hexdigest()[:32]}"

    async def blocked(self, username: str) -> bool:
        try:
            value = await self._redis.get(self._key(username))
        except (RedisError, OSError) as exc:
            raise StoreUnavailable("login throttle (redis)", str(exc)) from exc
        return int(value or 0) >= self.limit

    async def failed(self, username: str) -> None:
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.incr(self._key(username))
                pipe.expire(self._key(username), self.window, nx=True)
                await pipe.execute()
        except (RedisError, OSError) as exc:
            raise StoreUnavailable("login throttle (redis)", str(exc)) from exc

    async def succeeded(self, username: str) -> None:
        try:
            await self._redis.delete(self._key(username))
        except (RedisError, OSError) as exc:
            raise StoreUnavailable("login throttle (redis)", str(exc)) from exc
