"""The durable outbox and its background sender.

Behaviour (tested in tests/channels/test_outbox.py):

- A reply goes to the outbox when its platform stays unavailable through the sender's in-place
  retries (network errors, timeouts, 5xx), or asks for a pause longer than
  ``channels.max_inline_wait_seconds``; everything queued behind it for that chat goes too.
- While a chat has replies in the outbox, its new replies are added behind them instead of being
  sent directly, so the chat still receives them in order.
- Every worker runs a drainer. Every ``channels.outbox_poll_seconds`` it takes the oldest pending
  item of each chat that is due, claims it with a short lease (so no two workers send the same
  item) and sends it, then the chat's next ones, one at a time.
- A failure reschedules that chat's head with exponential backoff (or the platform's
  ``retry_after``) and moves on to other chats; a blocked recipient fails the chat's items and
  marks the identity unreachable; a rejected request is failed alone.
- Items older than ``channels.outbox_max_age_hours`` expire instead of being sent late (a day-old
  answer confuses more than it helps, and WhatsApp's 24-hour window has closed anyway).

Delivery is at least once: a send whose answer is lost may be repeated.
"""

from __future__ import annotations

import asyncio
import contextlib
from datetime import timedelta

from bot.channels.delivery import Port, Request, RetryPolicy
from bot.channels.errors import (
    ChannelUnavailable,
    MessageRejected,
    RateLimited,
    RecipientBlocked,
)
from bot.logs import get_logger
from storage.models import utcnow
from storage.repositories.outbox import OutboxRecord, OutboxRepository

log = get_logger(__name__)

LEASE = timedelta(seconds=60)


class Outbox:
    def __init__(
        self,
        repository: OutboxRepository,
        *,
        policy: RetryPolicy,
        poll_seconds: float = 1.0,
        max_age_hours: float = 24.0,
        batch: int = 100,
    ) -> None:
        self._repo = repository
        self._policy = policy
        self._poll = poll_seconds
        self._max_age = timedelta(hours=max_age_hours)
        self._batch = batch
        self._ports: dict[str, Port] = {}
        self._maybe_pending = True  # until the first poll says otherwise
        self._wake = asyncio.Event()
        self._stopping = False
        self._task: asyncio.Task[None] | None = None

    def register(self, port: Port) -> None:
        self._ports[port.channel] = port

    # -- the Parking side, used by the senders -------------------------------------------------

    async def holds(self, channel: str, user_id: str) -> bool:
        if not self._maybe_pending:
            return False
        return await self._repo.has_pending(channel, user_id)

    async def park(
        self, channel: str, user_id: str, requests: list[Request], *, delay: float, error: str
    ) -> None:
        await self._repo.add(
            channel,
            user_id,
            requests,
            next_attempt_at=utcnow() + timedelta(seconds=delay),
            error=error,
        )
        self._maybe_pending = True
        log.warning("replies_parked", channel=channel, count=len(requests), error=error[:120])

    # -- the drainer ---------------------------------------------------------------------------

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self._run(), name="outbox-drainer")

    async def close(self, grace: float = 10.0) -> None:
        """Stop after the current round (cancelling a round mid-query would leave a database
        connection behind); cancel only if it takes longer than ``grace``."""
        if self._task is None:
            return
        self._stopping = True
        self._wake.set()
        try:
            await asyncio.wait_for(asyncio.shield(self._task), grace)
        except TimeoutError:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._task = None

    def wake(self) -> None:
        self._wake.set()

    async def _run(self) -> None:
        while not self._stopping:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self._poll)
            self._wake.clear()
            if self._stopping:
                return
            try:
                await self.drain_once()
            except Exception as exc:  # the database is away: try again next round
                log.warning("outbox_drain_failed", error=type(exc).__name__)

    async def drain_once(self) -> int:
        """One round: expire old items, send what is due; returns how many were sent."""
        now = utcnow()
        expired = await self._repo.expire(now - self._max_age)
        if expired:
            log.warning("outbox_expired", count=expired)
        heads = [
            h for h in await self._repo.due_heads(now, self._batch) if h.channel in self._ports
        ]
        if not heads:
            self._maybe_pending = await self._repo.any_pending()
            return 0
        results = await asyncio.gather(*(self._drain_chat(head) for head in heads))
        return sum(results)

    async def _drain_chat(self, head: OutboxRecord) -> int:
        port = self._ports[head.channel]
        item: OutboxRecord | None = head
        sent = 0
        while item is not None:
            if not await self._repo.claim(item.id, utcnow(), LEASE):
                return sent  # another worker has this chat
            try:
                external_id = await port.send_once(item.user_id, item.request)
            except RecipientBlocked as exc:
                await self._repo.fail_chat(item.channel, item.user_id, f"blocked: {exc}")
                return sent  # the port marked the recipient unreachable
            except MessageRejected as exc:
                await self._repo.fail(item.id, f"rejected: {exc}")
            except (ChannelUnavailable, RateLimited) as exc:
                delay = (
                    exc.retry_after
                    if isinstance(exc, RateLimited)
                    else self._policy.delay(item.attempts)
                )
                retry_at = utcnow() + timedelta(seconds=delay)
                await self._repo.reschedule(item.id, retry_at, f"{type(exc).__name__}: {exc}")
                return sent
            else:
                await self._repo.mark_sent(item.id, external_id)
                sent += 1
            item = await self._repo.next_pending(head.channel, head.user_id)
        if sent:
            log.info("outbox_chat_drained", channel=head.channel, sent=sent)
        return sent
