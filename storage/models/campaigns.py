"""Broadcast campaigns and their per-recipient deliveries (exactly once per identity)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import JSON, Base, BigIntId, UTCDateTime, one_of, utcnow
from storage.models.enums import CampaignStatus, DeliveryStatus

__all__ = ["Campaign", "CampaignDelivery"]


class Campaign(Base):
    """A message template sent to a segment (a JSON filter over participants/identities)."""

    __tablename__ = "campaigns"
    __table_args__ = (sa.CheckConstraint(one_of("status", CampaignStatus), name="status"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(120))
    template: Mapped[str] = mapped_column(sa.Text)
    whatsapp_template: Mapped[str | None] = mapped_column(sa.String(512))
    """An approved WhatsApp message template (its name; the body's one parameter is the first
    name) for recipients outside WhatsApp's 24-hour window; None: they are skipped."""
    segment: Mapped[Any] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(sa.String(10), default=CampaignStatus.DRAFT.value)
    scheduled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_by_id: Mapped[int | None] = mapped_column(
        BigIntId, sa.ForeignKey("staff_users.id", ondelete="SET NULL")
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class CampaignDelivery(Base):
    """One recipient of a campaign; the unique key makes a second send impossible."""

    __tablename__ = "campaign_deliveries"
    __table_args__ = (
        sa.CheckConstraint(one_of("status", DeliveryStatus), name="status"),
        sa.UniqueConstraint("campaign_id", "channel_identity_id"),
        sa.Index(None, "campaign_id", "status"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("campaigns.id", ondelete="CASCADE")
    )
    channel_identity_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("channel_identities.id", ondelete="RESTRICT"), index=True
    )
    status: Mapped[str] = mapped_column(sa.String(10), default=DeliveryStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(sa.Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(sa.String(300))
    external_id: Mapped[str | None] = mapped_column(sa.String(128))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
