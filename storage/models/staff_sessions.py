"""Signed-in CRM console sessions: a session lives while its row does (sign-out deletes it)."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, BigIntId, UTCDateTime, utcnow

__all__ = ["StaffSession"]


class StaffSession(Base):
    """One sign-in of a staff member. The console's cookie carries a random session id;
    ``id`` is its SHA-256 (hex), so the table alone cannot be turned into a cookie. Every
    worker checks the cookie against this table: deleting the row (sign-out, a new password,
    a deactivated account) signs that cookie out everywhere."""

    __tablename__ = "staff_sessions"

    id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    staff_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("staff_users.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
