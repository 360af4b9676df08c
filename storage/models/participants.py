"""Participants, their channel identities, opt-outs and data-deletion requests."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, BigIntId, UTCDateTime, one_of, utcnow
from storage.models.enums import DeletionRequestStatus, Gender, ParticipantStatus

__all__ = ["ChannelIdentity", "DataDeletionRequest", "OptOut", "Participant"]


class Participant(Base):
    """A registered person. NIK, KK, phone and email are stored only encrypted (``*_ciphertext``)
    with a keyed blind index (``*_index``) for equality lookups; see ``storage/crypto.py``."""

    __tablename__ = "participants"
    __table_args__ = (
        sa.CheckConstraint(one_of("status", ParticipantStatus), name="status"),
        sa.CheckConstraint(one_of("gender", Gender), name="gender"),
        sa.CheckConstraint("balance >= 0", name="balance_not_negative"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    nik_ciphertext: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    nik_index: Mapped[str | None] = mapped_column(sa.String(64), unique=True)
    kk_ciphertext: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    kk_index: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    name: Mapped[str | None] = mapped_column(sa.String(200))
    date_of_birth: Mapped[date | None] = mapped_column(sa.Date)
    gender: Mapped[str | None] = mapped_column(sa.String(1))
    phone_ciphertext: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    phone_index: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    email_ciphertext: Mapped[bytes | None] = mapped_column(sa.LargeBinary)
    email_index: Mapped[str | None] = mapped_column(sa.String(64), index=True)
    region_code: Mapped[str | None] = mapped_column(sa.String(6))
    language: Mapped[str] = mapped_column(sa.String(5), default="id")
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    consent_version: Mapped[str | None] = mapped_column(sa.String(20))
    notify_opt_in: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    status: Mapped[str] = mapped_column(sa.String(20), default=ParticipantStatus.REGISTERED.value)
    balance: Mapped[int] = mapped_column(sa.BigInteger, default=0)
    selected_wave_id: Mapped[int | None] = mapped_column(
        BigIntId, sa.ForeignKey("waves.id", ondelete="SET NULL")
    )
    applied_wave_id: Mapped[int | None] = mapped_column(
        BigIntId, sa.ForeignKey("waves.id", ondelete="SET NULL")
    )
    """The wave they joined (registered while it was open), whatever its outcome."""
    purchase_deadline: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ChannelIdentity(Base):
    """A user id on one channel (Telegram chat id, WhatsApp id, web chat id)."""

    __tablename__ = "channel_identities"
    __table_args__ = (sa.UniqueConstraint("channel", "user_id"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    channel: Mapped[str] = mapped_column(sa.String(20))
    user_id: Mapped[str] = mapped_column(sa.String(128))
    participant_id: Mapped[int | None] = mapped_column(
        BigIntId, sa.ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    reachable: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    last_inbound_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class OptOut(Base):
    """A channel identity that asked not to receive broadcasts (``scope``)."""

    __tablename__ = "opt_outs"
    __table_args__ = (sa.UniqueConstraint("channel_identity_id", "scope"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    channel_identity_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("channel_identities.id", ondelete="CASCADE")
    )
    scope: Mapped[str] = mapped_column(sa.String(30), default="broadcast")
    reason: Mapped[str | None] = mapped_column(sa.String(200))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class DataDeletionRequest(Base):
    """A recorded "hapus data saya" request (UU PDP), and what became of it."""

    __tablename__ = "data_deletion_requests"
    __table_args__ = (sa.CheckConstraint(one_of("status", DeletionRequestStatus), name="status"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    participant_id: Mapped[int | None] = mapped_column(
        BigIntId, sa.ForeignKey("participants.id", ondelete="SET NULL"), index=True
    )
    channel_identity_id: Mapped[int | None] = mapped_column(
        BigIntId, sa.ForeignKey("channel_identities.id", ondelete="SET NULL")
    )
    status: Mapped[str] = mapped_column(sa.String(20), default=DeletionRequestStatus.RECEIVED.value)
    requested_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    note: Mapped[str | None] = mapped_column(sa.Text)
