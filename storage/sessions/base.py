"""The session store port: session state, per-conversation locks and delivery dedup."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import TypeVar

from storage.keys import ConversationKey
from storage.sessions.session import Session

T = TypeVar("T")

#: How long a processed message id is remembered (the default of ``sessions.dedup_hours``):
#: its stored replies (``remember``) and the mark that its answer went out (``mark_answered``)
#: expire together. Telegram redelivers within minutes; WhatsApp retries for up to 7 days, so
#: a later redelivery is taken as new (answered again: at least once, never lost).
DEDUP_TTL_SECONDS = 24 * 3600


class Turn:
    """One conversation turn in progress, under the conversation's lock: what ``begin`` read,
    and ``commit`` for its writes (at most once)."""

    def __init__(
        self, store: SessionStore, key: ConversationKey, message_id: str | None,
        prior: bytes | None, session: Session | None,
    ) -> None:  # fmt: skip
        self.store, self.key, self.message_id = store, key, message_id
        self.prior = prior
        """The stored result when this message was processed before (a redelivery)."""
        self.session = session
        """The stored session, or None for a new conversation."""
        self.committed = False

    async def commit(self, session: Session | None, result: bytes) -> None:
        """Save the session (unless None) and remember the message's result."""
        if self.committed:
            raise RuntimeError("a turn is committed once")
        await self.store.commit_turn(self, session, result)
        self.committed = True


class SessionStore(ABC):
    """Backends keep sessions, hand out locks, remember processed message ids and mark the
    messages whose answer went out.

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
    async def mark_answered(self, key: ConversationKey, message_id: str) -> bool:
        """Mark that the answer to ``message_id`` is going out: True if it was not marked yet,
        False for a redelivery. Atomic, so of two workers marking one message exactly one gets
        True. Marks expire with the dedup records."""

    @abstractmethod
    async def unmark_answered(self, key: ConversationKey, message_id: str) -> None:
        """Drop a mark whose answer could not be queued after all (a redelivery sends it)."""

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

    @asynccontextmanager
    async def turn(self, key: ConversationKey, message_id: str | None) -> AsyncIterator[Turn]:
        """``lock`` + ``begin`` on entry, ``commit`` through the yielded ``Turn``.

        Backends may fold the lock into the reads and writes (Redis: one round trip to lock and
        read, one to write and unlock); the default uses the three steps."""
        async with self.lock(key):
            prior, session = await self.begin(key, message_id)
            yield Turn(self, key, message_id, prior, session)

    async def update(self, key: ConversationKey, change: Callable[[Session], T]) -> T:
        """Change a conversation's session outside a user's turn (a CRM agent, a pushed reply),
        under the same lock as turns; a missing session starts empty. Returns ``change``'s
        result."""
        async with self.turn(key, None) as turn:
            session = turn.session or Session()
            result = change(session)
            await turn.commit(session, b"")
        return result

    async def commit_turn(self, turn: Turn, session: Session | None, result: bytes) -> None:
        """The writes of ``turn`` (called by ``Turn.commit``)."""
        await self.commit(turn.key, session, turn.message_id, result)

    @abstractmethod
    async def ping(self) -> None:
        """Raise StoreUnavailable when the backend cannot be reached."""

    async def close(self) -> None:
        """Release connections (nothing to release by default)."""
        return None
