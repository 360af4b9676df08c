"""Each reply form is sent once: the form carries a random one-time token (``once``), and
the first post to claim it sends the reply; a second post of the same form (a double click,
a resubmission after "back") finds it taken and sends nothing. Tokens are kept a day, in
Redis when sessions are (shared by every worker: two clicks may reach two workers), else in
this process."""

from __future__ import annotations

import hashlib
import time
from typing import TYPE_CHECKING, Protocol

from redis.exceptions import RedisError

from storage.errors import StoreUnavailable

if TYPE_CHECKING:
    import redis.asyncio as aioredis

KEEP_SECONDS = 24 * 3600
MAX_TOKEN = 64


def well_formed(token: str) -> bool:
    """What ``secrets.token_urlsafe`` makes (the form's own token), nothing else."""
    return 16 <= len(token) <= MAX_TOKEN and token.isascii() and (
        token.replace("-", "").replace("_", "").isalnum()
    )  # fmt: skip


class ReplyTokens(Protocol):
    async def claim(self, staff_id: int, token: str) -> bool:
        """True for the first claim of ``token`` (by this staff member), False after."""
        ...

    async def release(self, staff_id: int, token: str) -> None:
        """Give a claimed token back: the reply was not sent, so the form may be posted again."""
        ...


class LocalReplyTokens:
    def __init__(self, keep: float = KEEP_SECONDS, most: int = 50_000) -> None:
        self._claimed: dict[tuple[int, str], float] = {}
        self._keep, self._most = keep, most

    async def claim(self, staff_id: int, token: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        key = (staff_id, token)
        if self._claimed.get(key, -1e18) > now - self._keep:
            return False
        self._claimed[key] = now
        while len(self._claimed) > self._most:  # the oldest first: a dict keeps insertion order
            self._claimed.pop(next(iter(self._claimed)))
        return True

    async def release(self, staff_id: int, token: str) -> None:
        self._claimed.pop((staff_id, token), None)


class RedisReplyTokens:
    """``SET NX EX``: exactly one of concurrent claims wins, on any worker."""

    def __init__(
        self, client: aioredis.Redis, keep: int = KEEP_SECONDS, prefix: str = "prakerja:crm-reply"
    ) -> None:
        self._redis, self._keep, self._prefix = client, keep, prefix

    def _key(self, staff_id: int, token: str) -> str:
        return f"{self._prefix}:{staff_id}:{hashlib.sha256(token.encode('ascii')).hexdigest()[:32]}"

    async def claim(self, staff_id: int, token: str) -> bool:
        try:
            return bool(
                await self._redis.set(self._key(staff_id, token), 1, nx=True, ex=self._keep)
            )
        except (RedisError, OSError) as exc:
            raise StoreUnavailable("reply tokens (redis)", str(exc)) from exc

    async def release(self, staff_id: int, token: str) -> None:
        try:
            await self._redis.delete(self._key(staff_id, token))
        except (RedisError, OSError) as exc:
            raise StoreUnavailable("reply tokens (redis)", str(exc)) from exc
