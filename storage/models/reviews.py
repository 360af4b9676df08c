"""Texts the assistant did not understand, labelled with an intent by staff: training data."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, BigIntId, UTCDateTime, utcnow

__all__ = ["NluReview"]


class NluReview(Base):
    """One distinct text (as the transcript keeps it: masked) and the intent a supervisor
    gave it. ``text_hash`` (SHA-256 hex of the text) is the unique key: a unique index on
    long texts is not portable (PostgreSQL's B-tree rows are limited in size)."""

    __tablename__ = "nlu_reviews"

    id: Mapped[int] = mapped_column(BigIntId, primary_key=True)
    text_hash: Mapped[str] = mapped_column(sa.String(64), unique=True)
    text: Mapped[str] = mapped_column(sa.Text)
    intent: Mapped[str] = mapped_column(sa.String(80))
    reviewer: Mapped[str] = mapped_column(sa.String(64))
    """The staff username, like ``Message.author`` (it outlives a deactivated account)."""
    reviewed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
