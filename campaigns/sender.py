"""Sending a running campaign: claim deliveries, check each recipient still wants broadcasts,
send through the channel (paced by the shared rate limit), record the outcome.

Exactly once per recipient: a delivery row is unique per (campaign, identity) and only its
claimant sends it. The one gap is a sender that dies after the platform accepted a message and
before the row says so: after the lease that delivery is sent again (at least once, never lost,
within that window only).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import timedelta

from bot.channels.broadcast import NotConfigured
from bot.channels.errors import ChannelUnavailable, MessageRejected, RateLimited, RecipientBlocked
from campaigns.failure_reasons import OPTED_OUT, OUTSIDE_WINDOW
from flows import Outbound
from storage.models import DeliveryStatus
from storage.repositories.campaign_deliveries import Claimed, fill, first_name
from storage.repositories.campaigns import CampaignInfo, CampaignRepository

Send = Callable[[str, str, Outbound], Awaitable[str | None]]
"""Send one message to (channel, user id) now; the platform's id, or a ChannelError."""
WindowOpen = Callable[[str, str], Awaitable[bool]]
"""Whether a free-form message may be sent to (channel, user id) now (WhatsApp's 24 hours)."""
SendTemplate = Callable[[str, str, str, str, list[str]], Awaitable[str | None]]
"""Send an approved WhatsApp template: (channel, user id, name, language, body parameters)."""


class OutsideWindow(Exception):
    """Free text may not be sent now, and there is no approved template to send instead."""


class CampaignSender:
    def __init__(
        self,
        repository: CampaignRepository,
        send: Send,
        window_open: WindowOpen,
        *,
        send_template: SendTemplate | None = None,
        batch: int = 100,
        lease: timedelta = timedelta(minutes=5),
        max_attempts: int = 3,
        poll_seconds: float = 1.0,
    ) -> None:
        self._repo = repository
        self._deliveries = repository.deliveries
        self._send = send
        self._window_open = window_open
        self._send_template = send_template
        self._batch = batch
        self._lease = lease
        self._max_attempts = max_attempts
        self._poll = poll_seconds

    async def run(self, campaign_id: int) -> None:
        """Send until every delivery of the campaign is settled (sent, failed or skipped)."""
        info = await self._repo.info(campaign_id)
        if info is None:
            raise LookupError(f"no campaign {campaign_id}")
        while True:
            claimed = await self._deliveries.claim(campaign_id, self._batch, self._lease)
            if claimed:
                # Every send of the batch settles before a failure propagates: none is left
                # running unrecorded while another sender could claim its row again.
                outcomes = await asyncio.gather(
                    *(self._one(item, info) for item in claimed), return_exceptions=True
                )
                for outcome in outcomes:
                    if isinstance(outcome, BaseException):
                        raise outcome
                continue
            if await self._repo.complete_if_done(campaign_id):
                return
            await asyncio.sleep(self._poll)  # retries wait for their lease, or another sender

    async def _one(self, item: Claimed, info: CampaignInfo) -> None:
        if not await self._deliveries.still_wanted(item.id):
            await self._deliveries.finish(item.id, DeliveryStatus.SKIPPED, error=OPTED_OUT)
            return
        try:
            external_id = await self._deliver(item, info)
        except OutsideWindow:
            await self._deliveries.finish(item.id, DeliveryStatus.SKIPPED, error=OUTSIDE_WINDOW)
        except (RecipientBlocked, MessageRejected, NotConfigured) as exc:
            await self._deliveries.finish(item.id, DeliveryStatus.FAILED, error=_describe(exc))
        except (ChannelUnavailable, RateLimited) as exc:
            if item.attempts >= self._max_attempts:
                await self._deliveries.finish(item.id, DeliveryStatus.FAILED, error=_describe(exc))
            else:
                await self._deliveries.retry_later(item.id, _describe(exc))
        else:
            await self._deliveries.finish(item.id, DeliveryStatus.SENT, external_id=external_id)

    async def _deliver(self, item: Claimed, info: CampaignInfo) -> str | None:
        """The free text, or on WhatsApp outside the 24-hour window the campaign's approved
        template (``OutsideWindow`` when it has none)."""
        if item.channel == "whatsapp" and not await self._window_open(item.channel, item.user_id):
            if not info.whatsapp_template or self._send_template is None:
                raise OutsideWindow
            language = "en" if item.language == "en" else "id"
            return await self._send_template(
                item.channel, item.user_id, info.whatsapp_template, language,
                [first_name(item.name)],
            )  # fmt: skip
        text = fill(info.template, item.name)
        return await self._send(item.channel, item.user_id, Outbound(text))


def _describe(exc: Exception) -> str:
    return f"{type(exc).__name__}: {exc}"
