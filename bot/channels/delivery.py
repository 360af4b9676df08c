"""Sending rendered requests to a platform: in order per chat, paced, retried, never lost.

Each chat has its own queue and task, so a slow or rate-limited chat never holds up another,
and a chat's replies leave in the order its turns produced them. A request is retried in place
on network errors and 5xx (exponential backoff) and after a short ``retry_after``; when the
platform stays away (or asks for a longer pause) the request and everything queued behind it for
that chat move to the durable outbox (``bot/outbox.py``), which sends them when it is back.
A blocked recipient is marked unreachable and nothing more is sent to it.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections import deque
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from bot.channels.errors import (
    ChannelError,
    ChannelUnavailable,
    MessageRejected,
    RateLimited,
    RecipientBlocked,
)
from bot.channels.pacing import Pacer
from bot.logs import get_logger
from bot.metrics import Metrics

log = get_logger(__name__)

#: A rendered platform request (JSON-able). ``"ephemeral": True`` marks a request that is
#: useless later (Telegram answerCallbackQuery): sent at once, never queued or kept.
Request = dict[str, Any]


_OUTCOMES: dict[type[ChannelError], str] = {
    RateLimited: "rate_limited",
    ChannelUnavailable: "unavailable",
    MessageRejected: "rejected",
    RecipientBlocked: "blocked",
}


class Transport(Protocol):
    channel: str

    async def deliver(self, user_id: str, request: Request) -> str | None:
        """Send one request; return the platform's message id; raise a ChannelError."""
        ...


class Parking(Protocol):
    """Where requests wait while the platform is away (the durable outbox)."""

    async def holds(self, channel: str, user_id: str) -> bool: ...

    async def park(
        self, channel: str, user_id: str, requests: list[Request], *, delay: float, error: str
    ) -> None: ...


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    attempts: int = 3
    backoff: float = 0.5
    max_backoff: float = 60.0
    max_inline_wait: float = 5.0

    def delay(self, attempt: int) -> float:
        """Backoff before retry number ``attempt + 1`` (0-based), with +-20% jitter."""
        base = min(self.backoff * (2**attempt), self.max_backoff)
        return float(base * random.uniform(0.8, 1.2))


@dataclass
class Port:
    """One channel's way out: transport, pacing, and what to do on success or a block."""

    transport: Transport
    limiter: Pacer
    on_sent: Callable[[str, str], Awaitable[None]] | None = None
    on_blocked: Callable[[str], Awaitable[None]] | None = None
    metrics: Metrics | None = None

    @property
    def channel(self) -> str:
        return self.transport.channel

    async def send_once(self, user_id: str, request: Request) -> str | None:
        """One paced platform call; a recipient who blocked us is marked unreachable here, so
        every sender (chat queues, the outbox, campaigns) does the same."""
        await self.limiter.wait()
        try:
            external_id = await self._deliver(user_id, request)
        except RecipientBlocked:
            await self.blocked(user_id)
            raise
        if external_id and self.on_sent is not None:
            try:
                await self.on_sent(user_id, external_id)
            except Exception as exc:  # a status record is not worth losing the send over
                log.warning(
                    "delivery_record_failed", channel=self.channel, error=type(exc).__name__
                )
        return external_id

    async def _deliver(self, user_id: str, request: Request) -> str | None:
        """One platform call, counted by outcome and timed."""
        if self.metrics is None:
            return await self.transport.deliver(user_id, request)
        outcome = "error"
        started = time.perf_counter()
        try:
            external_id = await self.transport.deliver(user_id, request)
            outcome = "sent"
            return external_id
        except ChannelError as exc:
            outcome = _OUTCOMES.get(type(exc), "error")
            raise
        finally:
            self.metrics.send_attempts.labels(channel=self.channel, outcome=outcome).inc()
            self.metrics.send_seconds.labels(channel=self.channel).observe(
                time.perf_counter() - started
            )

    def parked(self, count: int) -> None:
        if self.metrics is not None:
            self.metrics.parked.labels(channel=self.channel).inc(count)

    async def blocked(self, user_id: str) -> None:
        log.info("recipient_unreachable", channel=self.channel)
        if self.on_blocked is not None:
            try:
                await self.on_blocked(user_id)
            except Exception as exc:
                log.warning(
                    "mark_unreachable_failed", channel=self.channel, error=type(exc).__name__
                )


class Sender:
    """Per-chat ordered delivery with retries; falls back to ``parking`` (the outbox)."""

    def __init__(self, port: Port, parking: Parking | None, policy: RetryPolicy) -> None:
        self.port = port
        self._parking = parking
        self._policy = policy
        self._queues: dict[str, deque[Request]] = {}
        self._tasks: dict[str, asyncio.Task[None]] = {}
        self._ephemeral: set[asyncio.Task[None]] = set()

    @property
    def busy(self) -> int:
        return len(self._tasks) + len(self._ephemeral)

    def submit(self, user_id: str, requests: list[Request]) -> None:
        for request in requests:
            if request.get("ephemeral"):
                task = asyncio.create_task(self._send_ephemeral(user_id, request))
                self._ephemeral.add(task)
                task.add_done_callback(self._ephemeral.discard)
            else:
                self._queues.setdefault(user_id, deque()).append(request)
        if user_id in self._queues and user_id not in self._tasks:
            self._tasks[user_id] = asyncio.create_task(self._run(user_id), name="send-chat")

    async def idle(self) -> None:
        """Wait until every queued request was sent or parked (tests, shutdown)."""
        while self._tasks or self._ephemeral:
            await asyncio.gather(*self._tasks.values(), *self._ephemeral, return_exceptions=True)

    async def close(self, grace: float = 5.0) -> None:
        """Let queues finish for ``grace`` seconds, then park what is left."""
        try:
            await asyncio.wait_for(self.idle(), grace)
        except TimeoutError:
            pending = {user: list(queue) for user, queue in self._queues.items()}
            for task in [*self._tasks.values(), *self._ephemeral]:
                task.cancel()
            for user_id, requests in pending.items():
                await self._park(user_id, requests, 0.0, "shutdown")

    async def _run(self, user_id: str) -> None:
        queue = self._queues[user_id]
        try:
            while queue:
                await self._deliver(user_id, queue)
        finally:
            self._tasks.pop(user_id, None)
            if not queue:
                self._queues.pop(user_id, None)

    async def _deliver(self, user_id: str, queue: deque[Request]) -> None:
        channel = self.port.channel
        if self._parking is not None and await self._safe_holds(user_id):
            rest = list(queue)
            queue.clear()
            await self._park(user_id, rest, 0.0, "behind earlier replies")
            return
        request = queue[0]
        try:
            await self.send(user_id, request)
        except RecipientBlocked:
            queue.clear()  # the port marked the recipient unreachable
            return
        except MessageRejected as exc:
            log.warning("send_rejected", channel=channel, error=str(exc)[:200])
        except (ChannelUnavailable, RateLimited) as exc:
            delay = exc.retry_after if isinstance(exc, RateLimited) else self._policy.backoff
            rest = list(queue)
            queue.clear()
            await self._park(user_id, rest, delay, f"{type(exc).__name__}: {exc}")
            return
        if queue and queue[0] is request:
            queue.popleft()

    async def send(self, user_id: str, request: Request) -> str | None:
        """Send with in-place retries; raise the last ChannelError when they run out."""
        last = self._policy.attempts - 1
        for attempt in range(self._policy.attempts):
            try:
                return await self.port.send_once(user_id, request)
            except RateLimited as exc:
                if attempt == last or exc.retry_after > self._policy.max_inline_wait:
                    raise
                await asyncio.sleep(exc.retry_after)
            except ChannelUnavailable:
                if attempt == last:
                    raise
                await asyncio.sleep(self._policy.delay(attempt))
        raise AssertionError("unreachable")  # pragma: no cover

    async def _send_ephemeral(self, user_id: str, request: Request) -> None:
        try:
            await self.port.send_once(user_id, request)
        except ChannelError as exc:
            log.info("ephemeral_send_failed", channel=self.port.channel, error=type(exc).__name__)

    async def _safe_holds(self, user_id: str) -> bool:
        assert self._parking is not None
        try:
            return await self._parking.holds(self.port.channel, user_id)
        except Exception as exc:  # the outbox is unreadable: send directly rather than stall
            log.warning("outbox_check_failed", error=type(exc).__name__)
            return False

    async def _park(self, user_id: str, requests: list[Request], delay: float, error: str) -> None:
        if not requests:
            return
        if self._parking is None:
            log.error("replies_lost", channel=self.port.channel, count=len(requests), error=error)
            return
        try:
            await self._parking.park(self.port.channel, user_id, requests, delay=delay, error=error)
            self.port.parked(len(requests))
        except Exception as exc:
            log.error(
                "replies_lost",
                channel=self.port.channel,
                count=len(requests),
                error=f"{error}; outbox: {type(exc).__name__}",
            )
