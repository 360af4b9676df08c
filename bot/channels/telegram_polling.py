"""Long polling for development (``prakerja serve --telegram-polling``): the same ``feed`` path
as the webhook, with getUpdates instead of POSTs.

The offset only moves past an update once its turn was taken; when the store is away the same
update is fed again after a pause, so polling loses no message either. getUpdates does not work
while a webhook is set, so polling starts by deleting the webhook. One process only: two pollers
of one bot would fight over updates (``prakerja serve`` refuses polling with several workers).
"""

from __future__ import annotations

import asyncio

from aiogram.exceptions import TelegramAPIError, TelegramRetryAfter
from aiogram.types import Update

from bot.channels.telegram import ALLOWED_UPDATES, TelegramChannel
from bot.logs import get_logger
from storage.errors import LockTimeout, StoreUnavailable

log = get_logger(__name__)

MAX_PAUSE = 30.0


async def poll(channel: TelegramChannel, *, wait: int = 25, pause: float = 1.0) -> None:
    """Run until cancelled."""
    bot = channel.bot
    await bot.delete_webhook(drop_pending_updates=False)
    log.info("telegram_polling_started")
    offset: int | None = None
    failures = 0
    while True:
        try:
            updates = await bot.get_updates(
                offset=offset,
                timeout=wait,
                allowed_updates=ALLOWED_UPDATES,
                request_timeout=wait + 10,
            )
            failures = 0
        except TelegramRetryAfter as exc:
            await asyncio.sleep(exc.retry_after)
            continue
        except TelegramAPIError as exc:
            failures += 1
            log.warning("telegram_polling_failed", error=type(exc).__name__)
            await asyncio.sleep(min(pause * 2 ** min(failures, 6), MAX_PAUSE))
            continue
        for update in updates:
            await _feed_until_taken(channel, update, pause)
            offset = update.update_id + 1


async def _feed_until_taken(channel: TelegramChannel, update: Update, pause: float) -> None:
    attempt = 0
    while True:
        try:
            await channel.feed(update)
            return
        except (StoreUnavailable, LockTimeout) as exc:
            attempt += 1
            log.warning("telegram_polling_store_unavailable", error=type(exc).__name__)
            await asyncio.sleep(min(pause * 2 ** min(attempt, 6), MAX_PAUSE))
