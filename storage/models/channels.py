"""What the Telegram and WhatsApp channels keep: the outbox of replies waiting for a platform that
is away, delivery statuses of sent messages, long button payloads and numbered choices."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import JSON, Base, BigIntId, UTCDateTime, one_of, utcnow

__all__ = [
    "ButtonPayload",
    "ChannelChoices",
    "MessageDelivery",
    "OutboxItem",
    "OutboxStatus",
    "SendStatus",
]


class OutboxStatus(StrEnum):
    PENDING = "pending"  # waiting for the platform; sent in id order per chat
    SENT = "sent"
    FAILED = "failed"  # rejected for good (blocked recipient, invalid request)
    EXPIRED = "expired"  # waited longer than channels.outbox_max_age_hours


class SendStatus(StrEnum):
    """A sent message's delivery status; later statuses never move back to earlier ones."""

    SENT = "sent"
    DELIVERED = "delivered"
    READ = "read"
    FAILED = "failed"


class OutboxItem(Base):
    """One rendered platform request that could not be sent when its turn ended."""

    __tablename__ = "outbox"
    __table_args__ = (
        sa.CheckConstraint(one_of("status", OutboxStatus), name="status"),
        sa.Index(None, "channel", "user_id", "status", "id"),
        sa.Index(None, "status", "next_attempt_at"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(20))
    user_id: Mapped[str] = mapped_column(sa.String(128))
    request: Mapped[Any] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(sa.String(10), default=OutboxStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(sa.Integer, default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str | None] = mapped_column(sa.String(300))
    external_id: Mapped[str | None] = mapped_column(sa.String(128))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class MessageDelivery(Base):
    """A message the assistant sent, by the platform's id, with its latest delivery status."""

    __tablename__ = "message_deliveries"
    __table_args__ = (
        sa.CheckConstraint(one_of("status", SendStatus), name="status"),
        sa.UniqueConstraint("channel", "external_id"),
        sa.Index(None, "channel", "user_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(20))
    external_id: Mapped[str] = mapped_column(sa.String(128))
    user_id: Mapped[str | None] = mapped_column(sa.String(128))
    status: Mapped[str] = mapped_column(sa.String(10), default=SendStatus.SENT.value)
    error_code: Mapped[int | None] = mapped_column(sa.Integer)
    error_title: Mapped[str | None] = mapped_column(sa.String(300))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ButtonPayload(Base):
    """A button payload too long for the platform (Telegram: 64 bytes), under a short key."""

    __tablename__ = "button_payloads"

    key: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    payload: Mapped[str] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class ChannelChoices(Base):
    """The payloads behind the numbers of the last numbered-text menu sent to one user."""

    __tablename__ = "channel_choices"
    __table_args__ = (sa.UniqueConstraint("channel", "user_id"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(20))
    user_id: Mapped[str] = mapped_column(sa.String(128))
    payloads: Mapped[Any] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
