"""From an Inbound to queued replies: the one path Telegram and WhatsApp (webhook or polling) share.

``take`` runs the engine turn and hands the rendered replies to the chat's sender queue, under a
per-chat FIFO lock so that, within this process, replies are queued in the order the messages
arrived. It returns once the turn is done and the replies are queued — not sent: webhooks then
answer 200 while the sending (retries, rate limits) goes on in the background. A store that is
away (StoreUnavailable, LockTimeout) propagates, so the webhook answers 503 and the platform
redelivers; the engine remembered nothing, so the redelivery is processed exactly once.

A redelivered message whose answer was already queued — a turn's replies, a notice ("text only,
please"), Telegram's callback answer — is not answered again, whichever worker it reaches
(``first_time``: an "answered" mark per message id in the session store, shared by every worker
and kept as long as the engine's dedup record). When the store cannot be reached the message is
taken as new: an answer sent twice is better than one lost.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime
from typing import Protocol

from bot.channels.delivery import Request, Sender
from bot.logs import get_logger
from flows import Inbound, Outbound
from storage.errors import StoreUnavailable
from storage.keys import ConversationKey
from storage.repositories.channels import ChannelRepository

log = get_logger(__name__)

Handle = Callable[[Inbound], Awaitable[list[Outbound]]]
Render = Callable[[str, list[Outbound]], Awaitable[list[Request]]]


class AnswerMarks(Protocol):
    """Which messages' answers went out, shared by every worker (a SessionStore is one)."""

    async def mark_answered(self, key: ConversationKey, message_id: str) -> bool: ...

    async def unmark_answered(self, key: ConversationKey, message_id: str) -> None: ...


class KeyedLocks:
    """One FIFO asyncio.Lock per key, dropped when nobody holds or waits for it."""

    def __init__(self) -> None:
        self._locks: dict[str, tuple[asyncio.Lock, int]] = {}

    @asynccontextmanager
    async def hold(self, key: str) -> AsyncIterator[None]:
        lock, users = self._locks.get(key, (asyncio.Lock(), 0))
        self._locks[key] = (lock, users + 1)
        try:
            async with lock:
                yield
        finally:
            lock, users = self._locks[key]
            if users <= 1:
                del self._locks[key]
            else:
                self._locks[key] = (lock, users - 1)

    def __len__(self) -> int:
        return len(self._locks)


class TurnRunner:
    def __init__(
        self,
        channel: str,
        handle: Handle,
        render: Render,
        sender: Sender,
        identities: ChannelRepository,
        *,
        marks: AnswerMarks,
    ) -> None:
        self.channel = channel
        self.handle = handle
        self._render = render
        self.sender = sender
        self._identities = identities
        self.marks = marks
        self._locks = KeyedLocks()

    async def take(self, inbound: Inbound) -> None:
        """Run one turn and queue its replies (see the module docstring for failures)."""
        await self.seen(inbound.user_id, inbound.timestamp)
        async with self._locks.hold(inbound.user_id):
            replies = await self.handle(inbound)
            if not await self.first_time(inbound.user_id, inbound.message_id):
                log.info("redelivery_not_resent", channel=self.channel)
                return
            try:
                requests = await self._render(inbound.user_id, replies)
            except BaseException:
                await self.forget(inbound.user_id, inbound.message_id)
                raise
            self.sender.submit(inbound.user_id, requests)

    async def first_time(self, user_id: str, message_id: str | None) -> bool:
        """Mark that the answer to this platform message is going out; False when it already
        did (a redelivery, on any worker), so it must not go out again. Turns (whose engine
        answers a redelivery from its dedup record), notices and Telegram's callback answers
        all ask here. A message without an id, or a store that cannot be reached, counts as
        new: at least once, never lost."""
        if message_id is None:
            return True
        try:
            return await self.marks.mark_answered(self._key(user_id), message_id)
        except StoreUnavailable as exc:
            log.warning("answer_mark_unavailable", channel=self.channel, error=type(exc).__name__)
            return True

    async def forget(self, user_id: str, message_id: str | None) -> None:
        """Undo ``first_time`` when the answer could not be queued (the redelivery sends it)."""
        if message_id is None:
            return
        try:
            await self.marks.unmark_answered(self._key(user_id), message_id)
        except StoreUnavailable as exc:
            log.warning("answer_unmark_failed", channel=self.channel, error=type(exc).__name__)

    def _key(self, user_id: str) -> ConversationKey:
        return ConversationKey(self.channel, user_id)

    async def render(self, user_id: str, replies: list[Outbound]) -> list[Request]:
        return await self._render(user_id, replies)

    async def push(self, user_id: str, replies: list[Outbound]) -> None:
        """Send replies that no turn of the user produced (a CRM agent's), in chat order."""
        async with self._locks.hold(user_id):
            self.sender.submit(user_id, await self.render(user_id, replies))

    async def notice(self, user_id: str, message_id: str | None, requests: list[Request]) -> None:
        """Queue a channel-level reply to one message (no turn), in order with the chat's turn
        replies; a redelivered message gets it once, like a turn's replies."""
        async with self._locks.hold(user_id):
            if not await self.first_time(user_id, message_id):
                log.info("redelivery_not_resent", channel=self.channel)
                return
            self.sender.submit(user_id, requests)

    async def seen(self, user_id: str, at: datetime | None = None) -> None:
        """Record that the user wrote (reachable again; WhatsApp's 24-hour window)."""
        try:
            await self._identities.record_inbound(self.channel, user_id, at or datetime.now(UTC))
        except Exception as exc:  # window tracking must not cost the user their answer
            log.warning("record_inbound_failed", channel=self.channel, error=type(exc).__name__)

    async def set_reachable(self, user_id: str, reachable: bool) -> None:
        await self._identities.set_reachable(self.channel, user_id, reachable)
