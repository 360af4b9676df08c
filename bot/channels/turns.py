"""From an Inbound to queued replies: the one path Telegram and WhatsApp (webhook or polling) share.

``take`` runs the engine turn and hands the rendered replies to the chat's sender queue, under a
per-chat FIFO lock so that, within this process, replies are queued in the order the messages
arrived. It returns once the turn is done and the replies are queued — not sent: webhooks then
answer 200 while the sending (retries, rate limits) goes on in the background. A store that is
away (StoreUnavailable, LockTimeout) propagates, so the webhook answers 503 and the platform
redelivers; the engine remembered nothing, so the redelivery is processed exactly once.
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
            if self._already_queued(inbound):
                log.info("redelivery_not_resent", channel=self.channel)
                return
            requests = await self._render(inbound.user_id, replies)
            self.sender.submit(inbound.user_id, requests)
            self._remember(inbound)

    def _already_queued(self, inbound: Inbound) -> bool:
        """A redelivery of a message whose replies this process already queued: the engine
        answered it from its dedup record, and sending those replies again would repeat them.
        (After a restart the replies are sent again: at least once, never lost.)"""
        return inbound.message_id is not None and (
            (inbound.user_id, inbound.message_id) in self._recent
        )

    def _remember(self, inbound: Inbound) -> None:
        if inbound.message_id is None:
            return
        self._recent[(inbound.user_id, inbound.message_id)] = None
        while len(self._recent) > RECENT:
            self._recent.popitem(last=False)

    async def render(self, user_id: str, replies: list[Outbound]) -> list[Request]:
        return await self._render(user_id, replies)

    async def push(self, user_id: str, replies: list[Outbound]) -> None:
        """Send replies that no turn of the user produced (a CRM agent's), in chat order."""
        async with self._locks.hold(user_id):
            self.sender.submit(user_id, await self.render(user_id, replies))

    async def notice(self, user_id: str, requests: list[Request]) -> None:
        """Queue a channel-level reply (no turn), in order with the chat's turn replies."""
        async with self._locks.hold(user_id):
            self.sender.submit(user_id, requests)

    async def seen(self, user_id: str, at: datetime | None = None) -> None:
        """Record that the user wrote (reachable again; WhatsApp's 24-hour window)."""
        try:
            await self._identities.record_inbound(self.channel, user_id, at or datetime.now(UTC))
        except Exception as exc:  # window tracking must not cost the user their answer
            log.warning("record_inbound_failed", channel=self.channel, error=type(exc).__name__)

    async def set_reachable(self, user_id: str, reachable: bool) -> None:
        await self._identities.set_reachable(self.channel, user_id, reachable)
