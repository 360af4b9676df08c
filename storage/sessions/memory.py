"""In-process session store: the embedded default (one process only)."""

from __future__ import annotations

import time
from collections import OrderedDict
from contextlib import AbstractAsyncContextManager

from storage.keys import ConversationKey
from storage.sessions.base import DEDUP_TTL_SECONDS, SessionStore
from storage.sessions.locks import LocalLocks
from storage.sessions.session import Session


class _ExpiringMap:
    """A bounded LRU of bytes with per-entry expiry."""

    def __init__(self, ttl: float, max_entries: int) -> None:
        self._ttl = ttl
        self._max = max_entries
        self._data: OrderedDict[object, tuple[float, bytes]] = OrderedDict()

    def get(self, key: object) -> bytes | None:
        item = self._data.get(key)
        if item is None:
            return None
        expires, value = item
        if expires < time.monotonic():
            del self._data[key]
            return None
        self._data.move_to_end(key)
        return value

    def put(self, key: object, value: bytes) -> None:
        self._data[key] = (time.monotonic() + self._ttl, value)
        self._data.move_to_end(key)
        while len(self._data) > self._max:
            self._data.popitem(last=False)

    def put_new(self, key: object, value: bytes) -> bool:
        """``put`` unless a live entry is there; True if it was put (no await: atomic)."""
        if self.get(key) is not None:
            return False
        self.put(key, value)
        return True

    def pop(self, key: object) -> None:
        self._data.pop(key, None)


#: Answered marks kept at most (least recently used dropped first). An evicted mark costs at
#: worst one repeated answer; 100,000 marks of WhatsApp-sized ids take about 45 MB.
MAX_MARKS = 100_000


class MemorySessionStore(SessionStore):
    name = "sessions (memory)"

    def __init__(
        self,
        *,
        ttl_seconds: float = 30 * 86400,
        dedup_ttl_seconds: float = DEDUP_TTL_SECONDS,
        lock_timeout_seconds: float = 30,
        max_sessions: int = 1_000_000,
        max_marks: int = MAX_MARKS,
    ) -> None:
        self._sessions = _ExpiringMap(ttl_seconds, max_sessions)
        self._seen = _ExpiringMap(dedup_ttl_seconds, max_sessions)
        self._answered = _ExpiringMap(dedup_ttl_seconds, max_marks)
        self._locks = LocalLocks(lock_timeout_seconds)

    async def load(self, key: ConversationKey) -> Session | None:
        raw = self._sessions.get(key)
        return Session.loads(raw) if raw is not None else None

    async def save(self, key: ConversationKey, session: Session) -> None:
        self._sessions.put(key, session.dumps())

    async def delete(self, key: ConversationKey) -> None:
        self._sessions.pop(key)

    def lock(self, key: ConversationKey) -> AbstractAsyncContextManager[None]:
        return self._locks.hold(key)

    async def recall(self, key: ConversationKey, message_id: str) -> bytes | None:
        return self._seen.get((key, message_id))

    async def remember(self, key: ConversationKey, message_id: str, result: bytes) -> None:
        self._seen.put((key, message_id), result)

    async def mark_answered(self, key: ConversationKey, message_id: str) -> bool:
        return self._answered.put_new((key, message_id), b"")

    async def unmark_answered(self, key: ConversationKey, message_id: str) -> None:
        self._answered.pop((key, message_id))

    async def ping(self) -> None:
        return None
