"""From an Inbound to queued replies: the one path Telegram and WhatsApp (webhook or polling) share.

``take`` runs the engine turn and hands the rendered replies to the chat's sender queue, under a
per-chat FIFO lock so that, within this process, replies are queued in the order the messages
arrived. It returns once the turn is done and the replies are queued — not sent: webhooks then
answer 200 while the sending (retries, rate limits) goes on in the background. A store that is
away (StoreUnavailable, LockTimeout) propagates, so the webhook answers 503 and the platform
redelivers; the engine remembered nothing, so the redelivery is processed exactly once.

A redelivered message whose answer this process already queued — a turn's replies, a notice
("text only, please"), Telegram's callback answer — is not answered again (``handled``: a small
in-memory record of recent message ids; after a restart the answer goes out again).
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from datetime import UTC, datetime

from bot.channels.delivery import Request, Sender
from bot.logs import get_logger
from flows import Inbound, Outbound
from storage.repositories.channels import ChannelRepository

log = get_logger(__name__)

Handle = Callable[[Inbound], Awaitable[list[Outbound]]]
Render = Callable[[str, list[Outbound]], Awaitable[list[Request]]]
RECENT = 10_000


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
    ) -> None:
        self.channel = channel
        self.handle = handle
        self._render = render
        self.sender = sender
        self._identities = identities
        self._locks = KeyedLocks()
        self._recent: OrderedDict[tuple[str, str], None] = OrderedDict()

    async def take(self, inbound: Inbound) -> None:
        """Run one turn and queue its replies (see the module docstring for failures)."""
        await self.seen(inbound.user_id, inbound.timestamp)
        async with self._locks.hold(inbound.user_id):
            replies = await self.handle(inbound)
            if self.handled(inbound.user_id, inbound.message_id):
                log.info("redelivery_not_resent", channel=self.channel)
                return
            requests = await self._render(inbound.user_id, replies)
            self.sender.submit(inbound.user_id, requests)
            self.remember(inbound.user_id, inbound.message_id)

    def handled(self, user_id: str, message_id: str | None) -> bool:
        """Whether this process already queued the answer to this platform message: a
        redelivery, whose answer must not go out again. Turns (whose engine answers a redelivery
        from its dedup record), notices and Telegram's callback answers all ask here. (After a
        restart the answer is sent again: at least once, never lost.)"""
        return message_id is not None and (user_id, message_id) in self._recent

    def remember(self, user_id: str, message_id: str | None) -> None:
        """Record that the answer to this message is queued (the last RECENT are kept)."""
        if message_id is None:
            return
        self._recent[(user_id, message_id)] = None
        while len(self._recent) > RECENT:
            self._recent.popitem(last=False)

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
            if self.handled(user_id, message_id):
                log.info("redelivery_not_resent", channel=self.channel)
                return
            self.sender.submit(user_id, requests)
            self.remember(user_id, message_id)

    async def seen(self, user_id: str, at: datetime | None = None) -> None:
        """Record that the user wrote (reachable again; WhatsApp's 24-hour window)."""
        try:
            await self._identities.record_inbound(self.channel, user_id, at or datetime.now(UTC))
        except Exception as exc:  # window tracking must not cost the user their answer
            log.warning("record_inbound_failed", channel=self.channel, error=type(exc).__name__)

    async def set_reachable(self, user_id: str, reachable: bool) -> None:
        await self._identities.set_reachable(self.channel, user_id, reachable)
