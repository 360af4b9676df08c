"""In-process FIFO locks per conversation, created on demand and dropped when unused."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from storage.errors import LockTimeout
from storage.keys import ConversationKey


class LocalLocks:
    """asyncio.Lock wakes waiters in FIFO order, which keeps a conversation's arrival order."""

    def __init__(self, timeout: float) -> None:
        self._timeout = timeout
        self._locks: dict[ConversationKey, tuple[asyncio.Lock, int]] = {}

    def __len__(self) -> int:
        return len(self._locks)

    @asynccontextmanager
    async def hold(self, key: ConversationKey) -> AsyncIterator[None]:
        lock, users = self._locks.get(key) or (asyncio.Lock(), 0)
        self._locks[key] = (lock, users + 1)
        try:
            try:
                await asyncio.wait_for(lock.acquire(), self._timeout)
            except TimeoutError as exc:
                raise LockTimeout(str(key)) from exc
            try:
                yield
            finally:
                lock.release()
        finally:
            _, remaining = self._locks[key]
            if remaining <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, remaining - 1)
