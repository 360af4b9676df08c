"""The delivery rows of running campaigns as senders see them: claimed with a lease (so that
several senders share the work and a dead one's rows come back), checked once more against the
recipient's consent right before sending, and settled with the platform's answer."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import (
    Campaign,
    CampaignDelivery,
    CampaignStatus,
    ChannelIdentity,
    DeliveryStatus,
    OptOut,
    Participant,
    utcnow,
)

__all__ = ["Claimed", "DeliveryRepository", "consenting", "fill", "first_name"]

BROADCAST = "broadcast"


@dataclass(frozen=True, slots=True)
class Claimed:
    """A delivery a sender holds for ``lease``: where to send and what to fill in."""

    id: int
    channel: str
    user_id: str
    name: str | None
    language: str
    attempts: int


def consenting() -> tuple[sa.ColumnElement[bool], ...]:
    """A participant who opted in and was not deleted, on a reachable identity without a
    broadcast opt-out: who may receive a campaign (at the start, and again before sending)."""
    opted_out = sa.select(OptOut.id).where(
        OptOut.channel_identity_id == ChannelIdentity.id, OptOut.scope == BROADCAST
    )
    return (
        Participant.notify_opt_in.is_(True),
        Participant.deleted_at.is_(None),
        ChannelIdentity.reachable.is_(True),
        ~sa.exists(opted_out),
    )


class DeliveryRepository:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def claim(self, campaign_id: int, limit: int, lease: timedelta) -> list[Claimed]:
        """Up to ``limit`` pending deliveries for this sender: never tried, or tried by a sender
        whose lease ran out (it stopped mid-way). The attempt count and lease start are set in
        the same statement, so two senders never hold the same delivery."""
        now = utcnow()
        free = sa.or_(
            CampaignDelivery.attempts == 0, CampaignDelivery.updated_at < now - lease
        )
        running = sa.select(Campaign.id).where(
            Campaign.id == campaign_id, Campaign.status == CampaignStatus.RUNNING.value
        )
        pending = (
            sa.select(CampaignDelivery.id)
            .where(
                CampaignDelivery.campaign_id.in_(running.scalar_subquery()),
                CampaignDelivery.status == DeliveryStatus.PENDING.value,
                free,
            )
            .order_by(CampaignDelivery.id)
            .limit(limit)
        )
        async with self._sessions() as session, session.begin():
            ids = (
                await session.execute(
                    sa.update(CampaignDelivery)
                    .where(CampaignDelivery.id.in_(pending.scalar_subquery()), free)
                    .values(attempts=CampaignDelivery.attempts + 1, updated_at=now)
                    .returning(CampaignDelivery.id)
                )
            ).scalars().all()
            if not ids:
                return []
            rows = await session.execute(
                sa.select(
                    CampaignDelivery.id, ChannelIdentity.channel, ChannelIdentity.user_id,
                    Participant.name, Participant.language, CampaignDelivery.attempts,
                )
                .join(ChannelIdentity, ChannelIdentity.id == CampaignDelivery.channel_identity_id)
                .outerjoin(Participant, Participant.id == ChannelIdentity.participant_id)
                .where(CampaignDelivery.id.in_(ids))
                .order_by(CampaignDelivery.id)
            )  # fmt: skip
        return [Claimed(r[0], r[1], r[2], r[3], r[4] or "id", r[5]) for r in rows]

    async def still_wanted(self, delivery_id: int) -> bool:
        """Whether the recipient still accepts broadcasts (checked again right before sending:
        an opt-out after the campaign started counts)."""
        query = (
            sa.select(CampaignDelivery.id)
            .join(ChannelIdentity, ChannelIdentity.id == CampaignDelivery.channel_identity_id)
            .join(Participant, Participant.id == ChannelIdentity.participant_id)
            .where(CampaignDelivery.id == delivery_id, *consenting())
        )
        async with self._sessions() as session:
            return (await session.scalar(query)) is not None

    async def finish(
        self,
        delivery_id: int,
        status: DeliveryStatus,
        *,
        external_id: str | None = None,
        error: str | None = None,
    ) -> None:
        now = utcnow()
        async with self._sessions() as session, session.begin():
            await session.execute(
                sa.update(CampaignDelivery)
                .where(CampaignDelivery.id == delivery_id)
                .values(
                    status=status.value, external_id=external_id,
                    last_error=error[:300] if error else None, updated_at=now,
                    sent_at=now if status == DeliveryStatus.SENT else None,
                )
            )  # fmt: skip

    async def retry_later(self, delivery_id: int, error: str) -> None:
        """Leave it pending (the lease makes it wait) with the reason."""
        async with self._sessions() as session, session.begin():
            await session.execute(
                sa.update(CampaignDelivery)
                .where(CampaignDelivery.id == delivery_id)
                .values(last_error=error[:300])
            )

    async def errors(self, campaign_ids: Sequence[int]) -> dict[int, dict[str, int]]:
        """Per campaign, how many deliveries failed or were skipped with each recorded error
        (the console says why: ``campaigns.failure_reasons``)."""
        found: dict[int, dict[str, int]] = {i: {} for i in campaign_ids}
        if not campaign_ids:
            return found
        settled = (DeliveryStatus.FAILED.value, DeliveryStatus.SKIPPED.value)
        query = (
            sa.select(
                CampaignDelivery.campaign_id, CampaignDelivery.last_error,
                sa.func.count(CampaignDelivery.id),
            )
            .where(CampaignDelivery.campaign_id.in_(campaign_ids),
                   CampaignDelivery.status.in_(settled))
            .group_by(CampaignDelivery.campaign_id, CampaignDelivery.last_error)
        )  # fmt: skip
        async with self._sessions() as session:
            for campaign_id, error, n in (await session.execute(query)).all():
                found[int(campaign_id)][str(error or "")] = int(n)
        return found


def first_name(name: str | None) -> str:
    """A participant's first name, or "kamu" (you) when there is none."""
    return name.split()[0] if name and name.split() else "kamu"


def fill(template: str, name: str | None) -> str:
    """The campaign text for one recipient: ``{name}`` becomes their first name (or "kamu")."""
    return template.replace("{name}", first_name(name))
