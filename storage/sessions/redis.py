"""Redis session store: production backend shared by every worker.

Sessions are JSON with a TTL; the conversation lock is a token under SET NX PX, deleted only
by its owner, so a crashed worker's lock expires instead of holding the conversation forever.
A local FIFO lock in front of it keeps arrival order within a process. A turn (``turn``) takes
two round trips: lock + read, then write + unlock (``redis_scripts``). A message's answered
mark is one SET NX EX, so every worker sees it and exactly one of them wins it.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import secrets
import time
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import LockError, LockNotOwnedError
from redis.exceptions import TimeoutError as RedisTimeoutError

from storage.crypto import DecryptionError, PersonalDataCipher
from storage.errors import LockTimeout, StoreUnavailable
from storage.keys import ConversationKey
from storage.sessions import redis_scripts
from storage.sessions.base import DEDUP_TTL_SECONDS, SessionStore, Turn
from storage.sessions.locks import LocalLocks
from storage.sessions.session import Session

SESSION_CONTEXT = "session"
log = logging.getLogger(__name__)
_UNAVAILABLE = (RedisConnectionError, RedisTimeoutError, ConnectionError, TimeoutError, OSError)


class RedisKeys:
    """The one place that knows the Redis key format."""

    def __init__(self, prefix: str = "prakerja") -> None:
        self.prefix = prefix

    def session(self, key: ConversationKey) -> str:
        return f"{self.prefix}:session:{key.channel}:{key.user_id}"

    def lock(self, key: ConversationKey) -> str:
        return f"{self.prefix}:lock:{key.channel}:{key.user_id}"

    def seen(self, key: ConversationKey, message_id: str) -> str:
        return f"{self.prefix}:seen:{key.channel}:{key.user_id}:{message_id}"

    def answered(self, key: ConversationKey, message_id: str) -> str:
        return f"{self.prefix}:answered:{key.channel}:{key.user_id}:{message_id}"


class RedisSessionStore(SessionStore):
    name = "sessions (redis)"

    def __init__(
        self,
        client: aioredis.Redis,
        *,
        prefix: str = "prakerja",
        ttl_seconds: int = 30 * 86400,
        dedup_ttl_seconds: int = DEDUP_TTL_SECONDS,
        lock_timeout_seconds: float = 30,
        lock_ttl_seconds: float = 60,
        cipher: PersonalDataCipher | None = None,
    ) -> None:
        self._redis = client
        self._cipher = cipher
        self._keys = RedisKeys(prefix)
        self._ttl = ttl_seconds
        self._dedup_ttl = dedup_ttl_seconds
        self._lock_timeout = lock_timeout_seconds
        self._lock_ttl = lock_ttl_seconds
        self._local = LocalLocks(lock_timeout_seconds)
        self._lock_and_read = client.register_script(redis_scripts.LOCK_AND_READ)
        self._write_and_unlock = client.register_script(redis_scripts.WRITE_AND_UNLOCK)
        self._unlock = client.register_script(redis_scripts.UNLOCK)

    @classmethod
    def from_url(
        cls, url: str, *, cipher: PersonalDataCipher | None = None, **options: float | int | str
    ) -> RedisSessionStore:
        client = aioredis.Redis.from_url(
            url, socket_timeout=5, socket_connect_timeout=2, health_check_interval=30
        )
        return cls(client, cipher=cipher, **options)  # type: ignore[arg-type]

    @property
    def client(self) -> aioredis.Redis:
        """The connection pool, for other shared state of the deployment (closed with us)."""
        return self._redis

    def _dump(self, session: Session) -> bytes:
        """Sessions can hold personal data mid-flow (a NIK being registered): sealed at rest."""
        raw = session.dumps()
        if self._cipher is None:
            return raw
        return self._cipher.encrypt(raw.decode("utf-8"), context=SESSION_CONTEXT)

    def _load(self, raw: bytes | str | None) -> Session | None:
        """The stored session; one that cannot be read (secret rotated, corrupted, written by
        an incompatible version) is dropped with a warning so the user starts afresh instead
        of being locked out of the conversation."""
        if raw is None:
            return None
        data = raw.encode() if isinstance(raw, str) else raw
        try:
            if self._cipher is not None:
                data = self._cipher.decrypt(data, context=SESSION_CONTEXT).encode("utf-8")
            return Session.loads(data)
        except (DecryptionError, ValueError, TypeError) as exc:
            log.warning("unreadable session dropped: %s", type(exc).__name__)
            return None

    async def load(self, key: ConversationKey) -> Session | None:
        try:
            raw = await self._redis.get(self._keys.session(key))
        except _UNAVAILABLE as exc:
            raise StoreUnavailable(self.name, str(exc)) from exc
        return self._load(raw)

    async def save(self, key: ConversationKey, session: Session) -> None:
        try:
            await self._redis.set(self._keys.session(key), self._dump(session), ex=self._ttl)
        except _UNAVAILABLE as exc:
            raise StoreUnavailable(self.name, str(exc)) from exc

    async def delete(self, key: ConversationKey) -> None:
        try:
            await self._redis.delete(self._keys.session(key))
        except _UNAVAILABLE as exc:
            raise StoreUnavailable(self.name, str(exc)) from exc

    def lock(self, key: ConversationKey) -> AbstractAsyncContextManager[None]:
        return self._hold(key)

    @asynccontextmanager
    async def _hold(self, key: ConversationKey) -> AsyncIterator[None]:
        async with self._local.hold(key):
            lock = self._redis.lock(
                self._keys.lock(key),
                timeout=self._lock_ttl,
                sleep=0.005,
                blocking_timeout=self._lock_timeout,
            )
            try:
                acquired = await lock.acquire()
            except _UNAVAILABLE as exc:
                raise StoreUnavailable(self.name, str(exc)) from exc
            if not acquired:
                raise LockTimeout(str(key))
            try:
                yield
            finally:
                try:
                    await lock.release()
                except (LockNotOwnedError, LockError):
                    pass  # it expired while we worked: another worker may already hold it
                except _UNAVAILABLE:
                    pass  # the lock expires on its own

    async def recall(self, key: ConversationKey, message_id: str) -> bytes | None:
        try:
            raw = await self._redis.get(self._keys.seen(key, message_id))
        except _UNAVAILABLE as exc:
            raise StoreUnavailable(self.name, str(exc)) from exc
        return raw.encode() if isinstance(raw, str) else raw

    async def remember(self, key: ConversationKey, message_id: str, result: bytes) -> None:
        try:
            await self._redis.set(self._keys.seen(key, message_id), result, ex=self._dedup_ttl)
        except _UNAVAILABLE as exc:
            raise StoreUnavailable(self.name, str(exc)) from exc

    async def mark_answered(self, key: ConversationKey, message_id: str) -> bool:
        name = self._keys.answered(key, message_id)
        try:
            return bool(await self._redis.set(name, b"1", nx=True, ex=self._dedup_ttl))
        except _UNAVAILABLE as exc:
            raise StoreUnavailable(self.name, str(exc)) from exc

    async def unmark_answered(self, key: ConversationKey, message_id: str) -> None:
        try:
            await self._redis.delete(self._keys.answered(key, message_id))
        except _UNAVAILABLE as exc:
            raise StoreUnavailable(self.name, str(exc)) from exc

    async def begin(
        self, key: ConversationKey, message_id: str | None
    ) -> tuple[bytes | None, Session | None]:
        names = [self._keys.session(key)]
        if message_id:
            names.append(self._keys.seen(key, message_id))
        try:
            values = await self._redis.mget(names)
        except _UNAVAILABLE as exc:
            raise StoreUnavailable(self.name, str(exc)) from exc
        raw_session = values[0]
        prior = values[1] if message_id else None
        if prior is not None:
            return (prior.encode() if isinstance(prior, str) else prior), None
        return None, self._load(raw_session)

    async def commit(
        self,
        key: ConversationKey,
        session: Session | None,
        message_id: str | None,
        result: bytes,
    ) -> None:
        pipe = self._redis.pipeline(transaction=False)
        if session is not None:
            pipe.set(self._keys.session(key), self._dump(session), ex=self._ttl)
        if message_id:
            pipe.set(self._keys.seen(key, message_id), result, ex=self._dedup_ttl)
        try:
            await pipe.execute()
        except _UNAVAILABLE as exc:
            raise StoreUnavailable(self.name, str(exc)) from exc

    @asynccontextmanager
    async def turn(self, key: ConversationKey, message_id: str | None) -> AsyncIterator[Turn]:
        async with self._local.hold(key):
            token = secrets.token_hex(16)
            names = self._turn_keys(key, message_id)
            prior, raw_session = await self._take(names, token, key)
            turn = _RedisTurn(self, key, message_id, prior, self._load(raw_session), token)
            try:
                yield turn
            finally:
                if not turn.committed:
                    await self._release(names[0], token)

    def _turn_keys(self, key: ConversationKey, message_id: str | None) -> list[str]:
        names = [self._keys.lock(key), self._keys.session(key)]
        if message_id:
            names.append(self._keys.seen(key, message_id))
        return names

    async def _take(
        self, names: list[str], token: str, key: ConversationKey
    ) -> tuple[bytes | None, bytes | None]:
        """Lock and read in one call; retry every 5 ms while another worker holds the lock."""
        deadline = time.monotonic() + self._lock_timeout
        ttl_ms = max(1, int(self._lock_ttl * 1000))
        while True:
            try:
                reply = await self._lock_and_read(keys=names, args=[token, ttl_ms])
            except _UNAVAILABLE as exc:
                raise StoreUnavailable(self.name, str(exc)) from exc
            if reply[0] == 1:
                return _bytes(reply[1]), _bytes(reply[2])
            if time.monotonic() >= deadline:
                raise LockTimeout(str(key))
            await asyncio.sleep(0.005)

    async def _release(self, lock: str, token: str) -> None:
        with contextlib.suppress(*_UNAVAILABLE):  # the lock expires on its own
            await self._unlock(keys=[lock], args=[token])

    async def commit_turn(self, turn: Turn, session: Session | None, result: bytes) -> None:
        assert isinstance(turn, _RedisTurn)
        names = self._turn_keys(turn.key, turn.message_id)
        args: list[bytes | str | int] = [
            turn.token, "1" if session is not None else "0",
            self._dump(session) if session is not None else b"", self._ttl,
            result, self._dedup_ttl,
        ]  # fmt: skip
        try:
            await self._write_and_unlock(keys=names, args=args)
        except _UNAVAILABLE as exc:
            raise StoreUnavailable(self.name, str(exc)) from exc

    async def ping(self) -> None:
        try:
            await self._redis.ping()
        except _UNAVAILABLE as exc:
            raise StoreUnavailable(self.name, str(exc)) from exc

    async def close(self) -> None:
        await self._redis.aclose()


class _RedisTurn(Turn):
    def __init__(
        self, store: RedisSessionStore, key: ConversationKey, message_id: str | None,
        prior: bytes | None, session: Session | None, token: str,
    ) -> None:  # fmt: skip
        super().__init__(store, key, message_id, prior, session)
        self.token = token


def _bytes(value: bytes | str | None) -> bytes | None:
    return value.encode() if isinstance(value, str) else value
