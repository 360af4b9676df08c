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

    @abstractmethod
    async def ping(self) -> None:
        """Raise StoreUnavailable when the backend cannot be reached."""

    async def close(self) -> None:
        """Release connections (nothing to release by default)."""
        return None
