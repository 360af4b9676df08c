"""The session store port: session state, per-conversation locks and delivery dedup."""

from __future__ import annotations

from abc import ABC, abstractmethod
from contextlib import AbstractAsyncContextManager

from storage.keys import ConversationKey
from storage.sessions.session import Session


class SessionStore(ABC):
    """Backends keep sessions, hand out locks and remember processed message ids.

    ``lock`` serialises the turns of one conversation (in arrival order within a process)
    and lets different conversations run in parallel. Connection failures surface as
    ``StoreUnavailable``; a lock that cannot be taken in time as ``LockTimeout``.
    """

    name: str = "sessions"

    @abstractmethod
    async def load(self, key: ConversationKey) -> Session | None: ...

    @abstractmethod
    async def save(self, key: ConversationKey, session: Session) -> None: ...

    @abstractmethod
    async def delete(self, key: ConversationKey) -> None: ...

    @abstractmethod
    def lock(self, key: ConversationKey) -> AbstractAsyncContextManager[None]: ...

    @abstractmethod
    async def recall(self, key: ConversationKey, message_id: str) -> bytes | None:
        """The stored result of an already processed message, or None if it is new."""

    @abstractmethod
    async def remember(self, key: ConversationKey, message_id: str, result: bytes) -> None:
        """Mark a message as processed, keeping its result for redeliveries."""

    async def begin(
        self, key: ConversationKey, message_id: str | None
    ) -> tuple[bytes | None, Session | None]:
        """A turn's reads at once: the stored result of ``message_id`` (if any) and the session.

        Backends may answer both in one round trip; the default calls ``recall`` and ``load``.
        """
        prior = await self.recall(key, message_id) if message_id else None
        if prior is not None:
            return prior, None
        return None, await self.load(key)

    async def commit(
        self,
        key: ConversationKey,
        session: Session | None,
        message_id: str | None,
        result: bytes,
    ) -> None:
        """A turn's writes at once: the session (unless None) and the message's result."""
        if session is not None:
            await self.save(key, session)
        if message_id:
            await self.remember(key, message_id, result)

    @abstractmethod
    async def ping(self) -> None:
        """Raise StoreUnavailable when the backend cannot be reached."""

    async def close(self) -> None:
        """Release connections (nothing to release by default)."""
        return None
