"""The programme itself: waves, platforms, providers, courses, enrolments and incentives."""

from __future__ import annotations

from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, BigIntId, UTCDateTime, one_of, utcnow
from storage.models.enums import CourseMode, EnrolmentStatus, Era, IncentiveStatus, WaveStatus

__all__ = ["Course", "Enrolment", "IncentivePayment", "Platform", "Provider", "Wave"]


class Wave(Base):
    """A registration wave ("gelombang"). Dates come from here, never from the assistant."""

    __tablename__ = "waves"
    __table_args__ = (
        sa.CheckConstraint(one_of("era", Era), name="era"),
        sa.CheckConstraint(one_of("status", WaveStatus), name="status"),
        sa.CheckConstraint("closes_at > opens_at", name="closes_after_opening"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    number: Mapped[int] = mapped_column(sa.Integer, unique=True)
    era: Mapped[str] = mapped_column(sa.String(12))
    opens_at: Mapped[datetime] = mapped_column(UTCDateTime())
    closes_at: Mapped[datetime] = mapped_column(UTCDateTime())
    quota: Mapped[int] = mapped_column(sa.Integer)
    status: Mapped[str] = mapped_column(sa.String(12), default=WaveStatus.SCHEDULED.value)
    announced_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class Platform(Base):
    """A digital platform partner where courses are bought (Tokopedia, Pintaria, ...)."""

    __tablename__ = "platforms"

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(80), unique=True)
    website: Mapped[str | None] = mapped_column(sa.String(200))
    active: Mapped[bool] = mapped_column(sa.Boolean, default=True)


class Provider(Base):
    """A training provider (LPK, vocational school, ed-tech company)."""

    __tablename__ = "providers"

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(120), unique=True)
    kind: Mapped[str] = mapped_column(sa.String(20))
    city: Mapped[str | None] = mapped_column(sa.String(80))


class Course(Base):
    """A course in the catalogue. Offline and hybrid courses take place in ``city``."""

    __tablename__ = "courses"
    __table_args__ = (
        sa.CheckConstraint(one_of("mode", CourseMode), name="mode"),
        sa.CheckConstraint(
            "mode NOT IN ('offline', 'hybrid') OR city IS NOT NULL", name="city_when_in_person"
        ),
        sa.CheckConstraint("price > 0", name="price_positive"),
        sa.CheckConstraint("hours > 0", name="hours_positive"),
        sa.CheckConstraint("rating IS NULL OR (rating >= 1 AND rating <= 5)", name="rating"),
        sa.Index(None, "category", "title"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    title: Mapped[str] = mapped_column(sa.String(200))
    category: Mapped[str] = mapped_column(sa.String(80))
    mode: Mapped[str] = mapped_column(sa.String(12))
    city: Mapped[str | None] = mapped_column(sa.String(80))
    price: Mapped[int] = mapped_column(sa.BigInteger)
    hours: Mapped[int] = mapped_column(sa.Integer)
    rating: Mapped[float | None] = mapped_column(sa.Double)
    provider_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("providers.id", ondelete="RESTRICT"), index=True
    )
    platform_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("platforms.id", ondelete="RESTRICT"), index=True
    )
    description: Mapped[str] = mapped_column(sa.Text, default="")
    active: Mapped[bool] = mapped_column(sa.Boolean, default=True)


class Enrolment(Base):
    """A course bought with the training balance; voucher and redeem codes come from the
    platform (the assistant never asks a user to type them)."""

    __tablename__ = "enrolments"
    __table_args__ = (sa.CheckConstraint(one_of("status", EnrolmentStatus), name="status"),)

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("participants.id", ondelete="RESTRICT"), index=True
    )
    course_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("courses.id", ondelete="RESTRICT"), index=True
    )
    voucher_code: Mapped[str] = mapped_column(sa.String(32), unique=True)
    redeem_code: Mapped[str | None] = mapped_column(sa.String(32))
    status: Mapped[str] = mapped_column(sa.String(12), default=EnrolmentStatus.PURCHASED.value)
    price_paid: Mapped[int] = mapped_column(sa.BigInteger)
    purchased_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    completed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    rating: Mapped[int | None] = mapped_column(sa.SmallInteger)
    rated_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    """When the rating and review were given: the first course's starts the window to spend the
    rest of the balance (DOMAIN.md, normal era)."""


class IncentivePayment(Base):
    """One scheduled incentive transfer (4 in the semi-bansos era, 1 in the normal era)."""

    __tablename__ = "incentive_payments"
    __table_args__ = (
        sa.CheckConstraint(one_of("status", IncentiveStatus), name="status"),
        sa.CheckConstraint("amount > 0", name="amount_positive"),
        sa.UniqueConstraint("participant_id", "sequence"),
    )

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("participants.id", ondelete="RESTRICT")
    )
    sequence: Mapped[int] = mapped_column(sa.SmallInteger)
    scheduled_date: Mapped[date] = mapped_column(sa.Date)
    amount: Mapped[int] = mapped_column(sa.BigInteger)
    status: Mapped[str] = mapped_column(sa.String(20), default=IncentiveStatus.WAITING.value)
    payout_channel: Mapped[str | None] = mapped_column(sa.String(20))
    failure_reason: Mapped[str | None] = mapped_column(sa.String(200))
    paid_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
