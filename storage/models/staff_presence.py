"""Whether a CRM staff member takes escalated chats assigned to them automatically
(``crm.auto_assign``): switched on and off in the console, and when they were last seen there."""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from storage.models.base import Base, BigIntId, UTCDateTime

__all__ = ["StaffPresence"]


class StaffPresence(Base):
    """One staff member's availability (no row: never switched on). They are *available* while
    ``available`` is on and the console saw them recently (``seen_at``: any console page or
    its live refresh, while on); signing out switches it off."""

    __tablename__ = "staff_presence"

    staff_id: Mapped[int] = mapped_column(
        BigIntId, sa.ForeignKey("staff_users.id", ondelete="CASCADE"), primary_key=True
    )
    available: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    assigned_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    """When a chat was last assigned to them automatically (round-robin among equals)."""
