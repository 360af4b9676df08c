"""Assembly of the Telegram and WhatsApp channels from settings (built once per process).

Only configured channels are built, and their SDKs are imported only then: a web-chat-only
deployment never loads aiogram. ``start`` begins the outbox drainer and either registers the
Telegram webhook (PRAKERJA_TELEGRAM_WEBHOOK_URL) or starts long polling; ``close`` stops them,
gives queued replies a few seconds and parks the rest in the outbox.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.channels.delivery import Port, RetryPolicy, Sender
from bot.channels.pacing import Pacer, RateLimiter, SharedRateLimiter
from bot.channels.turns import AnswerMarks, Handle, TurnRunner
from bot.logs import get_logger
from bot.metrics import Metrics
from bot.outbox import Outbox
from bot.settings import ChannelSettings, Settings
from storage.crypto import PersonalDataCipher
from storage.repositories.channels import ChannelRepository
from storage.repositories.outbox import OutboxRepository

if TYPE_CHECKING:
    import redis.asyncio as aioredis

    from bot.channels.attachments import Evidence
    from bot.channels.telegram import TelegramChannel
    from bot.channels.whatsapp import WhatsAppChannel

log = get_logger(__name__)

Closer = Callable[[], Awaitable[None]]


@dataclass
class Channels:
    telegram: TelegramChannel | None = None
    whatsapp: WhatsAppChannel | None = None
    outbox: Outbox | None = None
    senders: list[Sender] = field(default_factory=list)
    closers: list[Closer] = field(default_factory=list)
    polling: asyncio.Task[None] | None = None
    redis: aioredis.Redis | None = None
    metrics: Metrics | None = None
    """Shares each channel's send rate limit between processes, when Redis is configured."""

    def pacer(self, channel: str, rate: float) -> Pacer:
        if self.redis is None:
            return RateLimiter(rate)
        return SharedRateLimiter(self.redis, f"prakerja:rate:{channel}", rate)

    async def start(self, settings: Settings) -> None:
        if self.outbox is not None:
            self.outbox.start()
        if self.telegram is None:
            return
        if settings.telegram_polling:
            from bot.channels.telegram_polling import poll

            timeout = settings.channels.polling_timeout_seconds
            self.polling = asyncio.create_task(poll(self.telegram, wait=timeout))
        elif settings.telegram_webhook_url:
            await _set_webhook(self.telegram, settings.telegram_webhook_url)

    async def idle(self) -> None:
        """Wait until every queued reply was sent or parked."""
        for sender in self.senders:
            await sender.idle()

    async def close(self) -> None:
        if self.polling is not None:
            self.polling.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self.polling
        for sender in self.senders:
            await sender.close()
        if self.outbox is not None:
            await self.outbox.close()
        for closer in self.closers:
            await closer()


async def _set_webhook(channel: TelegramChannel, url: str) -> None:
    from aiogram.exceptions import TelegramNetworkError, TelegramServerError

    try:
        await channel.set_webhook(url)
    except (TelegramNetworkError, TelegramServerError) as exc:
        # Telegram keeps the webhook registered before; serve on and let an operator see it.
        log.error("telegram_set_webhook_failed", error=type(exc).__name__)


def retry_policy(tuning: ChannelSettings) -> RetryPolicy:
    return RetryPolicy(
        attempts=tuning.send_attempts,
        backoff=tuning.backoff_seconds,
        max_backoff=tuning.max_backoff_seconds,
        max_inline_wait=tuning.max_inline_wait_seconds,
    )


def open_channels(
    settings: Settings,
    handle: Handle,
    factory: async_sessionmaker[AsyncSession],
    metrics: Metrics | None = None,
    *,
    marks: AnswerMarks,
    cipher: PersonalDataCipher | None = None,
) -> Channels:
    """The configured channels; ``marks`` (the session store) records which messages were
    answered, so a redelivery reaching any worker is not answered twice; with ``cipher``,
    files sent as evidence go onto complaint tickets (``attachments``)."""
    channels = Channels(metrics=metrics)
    if not (settings.telegram_enabled or settings.whatsapp_enabled):
        return channels
    tuning = settings.channels
    policy = retry_policy(tuning)
    store = ChannelRepository(factory)
    channels.outbox = Outbox(
        OutboxRepository(factory),
        policy=policy,
        poll_seconds=tuning.outbox_poll_seconds,
        max_age_hours=tuning.outbox_max_age_hours,
    )
    if settings.redis_url:
        import redis.asyncio as aioredis

        client = aioredis.Redis.from_url(settings.redis_url, socket_timeout=5)
        channels.redis = client
        channels.closers.append(client.aclose)
    evidence = None
    if cipher is not None:
        from bot.channels.attachments import open_evidence

        evidence = open_evidence(factory, cipher, settings.attachments, marks)
    if settings.telegram_enabled:
        _open_telegram(settings, handle, store, policy, channels, marks, evidence)
    if settings.whatsapp_enabled:
        _open_whatsapp(settings, handle, store, policy, channels, marks, evidence)
    return channels


def _unreachable(store: ChannelRepository, channel: str) -> Callable[[str], Awaitable[None]]:
    async def mark(user_id: str) -> None:
        await store.set_reachable(channel, user_id, False)

    return mark


def _open_telegram(
    settings: Settings,
    handle: Handle,
    store: ChannelRepository,
    policy: RetryPolicy,
    channels: Channels,
    marks: AnswerMarks,
    evidence: Evidence | None = None,
) -> None:
    from bot.channels.telegram import CHANNEL, TelegramChannel, TelegramTransport, create_bot
    from bot.channels.telegram_render import TelegramRenderer

    assert settings.telegram_token is not None and channels.outbox is not None
    tuning = settings.channels
    bot = create_bot(
        settings.telegram_token.get_secret_value(),
        settings.telegram_api_url,
        tuning.send_timeout_seconds,
    )
    port = Port(
        TelegramTransport(bot),
        channels.pacer(CHANNEL, tuning.telegram_rate_per_second),
        on_blocked=_unreachable(store, CHANNEL),
        metrics=channels.metrics,
    )
    channels.outbox.register(port)
    sender = Sender(port, channels.outbox, policy)
    renderer = TelegramRenderer(store)
    runner = TurnRunner(CHANNEL, handle, renderer.render, sender, store, marks=marks)
    secret = settings.telegram_secret.get_secret_value() if settings.telegram_secret else ""
    channels.telegram = TelegramChannel(bot, secret, runner, renderer, evidence)
    channels.senders.append(sender)
    channels.closers.append(bot.session.close)


def _open_whatsapp(
    settings: Settings,
    handle: Handle,
    store: ChannelRepository,
    policy: RetryPolicy,
    channels: Channels,
    marks: AnswerMarks,
    evidence: Evidence | None = None,
) -> None:
    import httpx

    from bot.channels.whatsapp import WhatsAppChannel
    from bot.channels.whatsapp_api import CHANNEL, GraphTransport, WhatsAppRenderer
    from bot.channels.whatsapp_media import GraphMedia

    assert settings.whatsapp_token is not None and settings.whatsapp_phone_number_id
    assert settings.whatsapp_app_secret and settings.whatsapp_verify_token
    assert channels.outbox is not None
    tuning = settings.channels
    client = httpx.AsyncClient(timeout=tuning.send_timeout_seconds)
    token = settings.whatsapp_token.get_secret_value()
    transport = GraphTransport(
        client, settings.whatsapp_api_url, settings.whatsapp_phone_number_id, token
    )

    async def record_sent(user_id: str, external_id: str) -> None:
        await store.record_sent(CHANNEL, user_id, external_id)

    port = Port(
        transport,
        channels.pacer(CHANNEL, tuning.whatsapp_rate_per_second),
        on_sent=record_sent,
        on_blocked=_unreachable(store, CHANNEL),
        metrics=channels.metrics,
    )
    channels.outbox.register(port)
    sender = Sender(port, channels.outbox, policy)
    renderer = WhatsAppRenderer(store)
    runner = TurnRunner(CHANNEL, handle, renderer.render, sender, store, marks=marks)
    channels.whatsapp = WhatsAppChannel(
        verify_token=settings.whatsapp_verify_token.get_secret_value(),
        app_secret=settings.whatsapp_app_secret.get_secret_value(),
        runner=runner,
        renderer=renderer,
        store=store,
        evidence=evidence,
        media=GraphMedia(client, settings.whatsapp_api_url, token),
    )
    channels.senders.append(sender)
    channels.closers.append(client.aclose)
