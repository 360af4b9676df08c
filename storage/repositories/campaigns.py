"""Broadcast campaigns: who receives one (a segment of consenting participants), one delivery
row per recipient (the unique key makes a second send of the same campaign impossible), their
schedule and the figures. Senders claim and settle the rows through ``campaign_deliveries``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import (
    AuditLog,
    Campaign,
    CampaignDelivery,
    CampaignStatus,
    ChannelIdentity,
    DeliveryStatus,
    Participant,
    ParticipantStatus,
    utcnow,
)
from storage.repositories._results import rowcount
from storage.repositories.campaign_deliveries import DeliveryRepository, consenting

__all__ = ["CampaignInfo", "CampaignRepository", "Segment"]

PUSH_CHANNELS = ("telegram", "whatsapp")
_DELIVERIES = cast(sa.Table, CampaignDelivery.__table__)


class Segment(BaseModel):
    """Who receives a campaign: participants who opted in to notifications, narrowed by these
    filters (an empty list means any). Stored as the campaign's JSON ``segment``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    channels: list[str] = Field(default_factory=list)
    statuses: list[ParticipantStatus] = Field(default_factory=list)
    provinces: list[str] = Field(default_factory=list, description="2-digit province codes")
    languages: list[str] = Field(default_factory=list)


@dataclass(frozen=True, slots=True)
class CampaignInfo:
    id: int
    name: str
    template: str
    segment: Segment
    status: str
    counts: dict[str, int]
    whatsapp_template: str | None = None
    scheduled_at: datetime | None = None


class CampaignRepository:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory
        self.deliveries = DeliveryRepository(session_factory)
        """The per-recipient rows that senders claim and settle."""

    async def create(
        self,
        name: str,
        template: str,
        segment: Segment,
        created_by: int | None = None,
        whatsapp_template: str | None = None,
    ) -> int:
        async with self._sessions() as session, session.begin():
            row = Campaign(
                name=name,
                template=template,
                whatsapp_template=whatsapp_template,
                segment=segment.model_dump(mode="json"),
                status=CampaignStatus.DRAFT.value,
                created_by_id=created_by,
            )
            session.add(row)
            await session.flush()
            return row.id

    @staticmethod
    def _recipients(segment: Segment) -> sa.Select[int]:
        """Identities that may receive a broadcast (``consenting``) on a channel that can be
        written to first, narrowed by the segment."""
        query = (
            sa.select(ChannelIdentity.id)
            .join(Participant, Participant.id == ChannelIdentity.participant_id)
            .where(
                *consenting(),
                ChannelIdentity.channel.in_(segment.channels or PUSH_CHANNELS),
                ChannelIdentity.channel.in_(PUSH_CHANNELS),
            )
        )
        if segment.statuses:
            query = query.where(Participant.status.in_([s.value for s in segment.statuses]))
        if segment.provinces:
            province = sa.func.substr(Participant.region_code, 1, 2)
            query = query.where(province.in_(segment.provinces))
        if segment.languages:
            query = query.where(Participant.language.in_(segment.languages))
        return query

    async def count_recipients(self, segment: Segment) -> int:
        query = sa.select(sa.func.count()).select_from(self._recipients(segment).subquery())
        async with self._sessions() as session:
            return int(await session.scalar(query) or 0)

    async def start(self, campaign_id: int, actor: str) -> int:
        """Create the delivery rows (each recipient once, whatever happens concurrently or on a
        second call) and mark the campaign running; returns how many rows were added."""
        now = utcnow()
        async with self._sessions() as session, session.begin():
            campaign = await session.get(Campaign, campaign_id)
            if campaign is None or campaign.status in (
                CampaignStatus.COMPLETED.value, CampaignStatus.CANCELLED.value
            ):  # fmt: skip
                return 0
            if campaign.status == CampaignStatus.RUNNING.value:
                return 0  # started before: its recipients were fixed then
            recipients = self._recipients(Segment.model_validate(campaign.segment)).subquery()
            source = sa.select(
                sa.literal(campaign_id), recipients.c.id,
                sa.literal(DeliveryStatus.PENDING.value), sa.literal(0), sa.literal(now),
            ).where(sa.true())  # SQLite needs a WHERE before an upsert's ON CONFLICT  # fmt: skip
            insert = _insert(session)(_DELIVERIES).from_select(
                ["campaign_id", "channel_identity_id", "status", "attempts", "updated_at"], source
            )
            result = await session.execute(
                insert.on_conflict_do_nothing(index_elements=["campaign_id", "channel_identity_id"])
            )
            campaign.status = CampaignStatus.RUNNING.value
            added = rowcount(result)
            session.add(
                AuditLog(
                    actor=actor, action="campaign.started", subject=f"campaign:{campaign_id}",
                    detail={"added": added}, at=now,
                )
            )  # fmt: skip
        return added

    async def schedule(self, campaign_id: int, at: datetime, actor: str) -> bool:
        """Send a draft (or re-time a scheduled) campaign at ``at``; a worker starts it then."""
        return await self._set_status(
            campaign_id, (CampaignStatus.DRAFT, CampaignStatus.SCHEDULED), actor,
            "campaign.scheduled", status=CampaignStatus.SCHEDULED.value, scheduled_at=at,
        )  # fmt: skip

    async def cancel(self, campaign_id: int, actor: str) -> bool:
        """Stop a campaign: what was not sent yet is skipped (senders stop after their batch)."""
        now = utcnow()
        cancelled = await self._set_status(
            campaign_id,
            (CampaignStatus.DRAFT, CampaignStatus.SCHEDULED, CampaignStatus.RUNNING),
            actor, "campaign.cancelled", status=CampaignStatus.CANCELLED.value,
        )  # fmt: skip
        if cancelled:
            async with self._sessions() as session, session.begin():
                await session.execute(
                    sa.update(CampaignDelivery)
                    .where(
                        CampaignDelivery.campaign_id == campaign_id,
                        CampaignDelivery.status == DeliveryStatus.PENDING.value,
                    )
                    .values(
                        status=DeliveryStatus.SKIPPED.value, last_error="campaign cancelled",
                        updated_at=now,
                    )
                )  # fmt: skip
        return cancelled

    async def _set_status(
        self,
        campaign_id: int,
        current: tuple[CampaignStatus, ...],
        actor: str,
        action: str,
        **values: Any,
    ) -> bool:
        now = utcnow()
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                sa.update(Campaign)
                .where(Campaign.id == campaign_id, Campaign.status.in_([c.value for c in current]))
                .values(**values)
            )
            if not rowcount(result):
                return False
            subject = f"campaign:{campaign_id}"
            session.add(AuditLog(actor=actor, action=action, subject=subject, at=now))
        return True

    async def due(self, now: datetime | None = None) -> list[tuple[int, str]]:
        """Campaigns a worker should act on: scheduled ones whose time has come, and running
        ones (with deliveries left), oldest first, as (id, status)."""
        at = now or utcnow()
        query = (
            sa.select(Campaign.id, Campaign.status)
            .where(
                sa.or_(
                    sa.and_(
                        Campaign.status == CampaignStatus.SCHEDULED.value,
                        Campaign.scheduled_at <= at,
                    ),
                    Campaign.status == CampaignStatus.RUNNING.value,
                )
            )
            .order_by(Campaign.id)
        )
        async with self._sessions() as session:
            return [(int(i), str(s)) for i, s in (await session.execute(query)).all()]

    async def complete_if_done(self, campaign_id: int) -> bool:
        async with self._sessions() as session, session.begin():
            pending = await session.scalar(
                sa.select(sa.func.count(CampaignDelivery.id)).where(
                    CampaignDelivery.campaign_id == campaign_id,
                    CampaignDelivery.status == DeliveryStatus.PENDING.value,
                )
            )
            if pending:
                return False
            await session.execute(
                sa.update(Campaign)
                .where(Campaign.id == campaign_id, Campaign.status == CampaignStatus.RUNNING.value)
                .values(status=CampaignStatus.COMPLETED.value)
            )
        return True

    async def recent(self, limit: int = 50) -> list[CampaignInfo]:
        """The newest campaigns with their delivery counts (for the console)."""
        async with self._sessions() as session:
            rows = (
                await session.scalars(sa.select(Campaign).order_by(Campaign.id.desc()).limit(limit))
            ).all()
            ids = [row.id for row in rows]
            counts: dict[int, dict[str, int]] = {i: {} for i in ids}
            if ids:
                grouped = await session.execute(
                    sa.select(
                        CampaignDelivery.campaign_id, CampaignDelivery.status,
                        sa.func.count(CampaignDelivery.id),
                    )
                    .where(CampaignDelivery.campaign_id.in_(ids))
                    .group_by(CampaignDelivery.campaign_id, CampaignDelivery.status)
                )  # fmt: skip
                for campaign_id, status, n in grouped:
                    counts[int(campaign_id)][str(status)] = int(n)
        return [_info(row, counts[row.id]) for row in rows]

    async def info(self, campaign_id: int) -> CampaignInfo | None:
        async with self._sessions() as session:
            campaign = await session.get(Campaign, campaign_id)
            if campaign is None:
                return None
            rows = await session.execute(
                sa.select(CampaignDelivery.status, sa.func.count(CampaignDelivery.id))
                .where(CampaignDelivery.campaign_id == campaign_id)
                .group_by(CampaignDelivery.status)
            )
            counts = {str(status): int(n) for status, n in rows}
        return _info(campaign, counts)


def _info(campaign: Campaign, counts: dict[str, int]) -> CampaignInfo:
    return CampaignInfo(
        campaign.id, campaign.name, campaign.template,
        Segment.model_validate(campaign.segment), campaign.status, counts,
        campaign.whatsapp_template, campaign.scheduled_at,
    )  # fmt: skip


def _insert(session: AsyncSession) -> Any:
    dialect = session.get_bind().dialect.name
    return postgresql.insert if dialect == "postgresql" else sqlite.insert
