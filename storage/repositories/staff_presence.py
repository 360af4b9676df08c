"""The console's "Tersedia" switch (``crm.auto_assign``) and the time the console last saw each
staff member: what makes them *available* for chats assigned automatically
(``handoff_assign``)."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import StaffPresence, utcnow

__all__ = ["Presence"]


class Presence:
    """The console's "Tersedia" switch and the time it last saw each staff member."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def available(self, staff_id: int) -> bool:
        """Whether the switch is on (seen recently or not)."""
        async with self._sessions() as session:
            found = await session.scalar(
                sa.select(StaffPresence.available).where(StaffPresence.staff_id == staff_id)
            )
        return bool(found)

    async def switch(self, staff_id: int, available: bool, now: datetime | None = None) -> None:
        """Switch on (seen now) or off."""
        now = now or utcnow()
        async with self._sessions() as session, session.begin():
            row = await session.get(StaffPresence, staff_id, with_for_update=True)
            if row is None:
                row = StaffPresence(staff_id=staff_id, available=available)
                session.add(row)
            row.available = available
            if available:
                row.seen_at = now

    async def seen(self, staff_id: int, now: datetime | None = None) -> None:
        """The console saw this staff member (written at most every 30 seconds, only while
        the switch is on)."""
        now = now or utcnow()
        async with self._sessions() as session, session.begin():
            await session.execute(
                sa.update(StaffPresence)
                .where(
                    StaffPresence.staff_id == staff_id,
                    StaffPresence.available,
                    sa.or_(
                        StaffPresence.seen_at.is_(None),
                        StaffPresence.seen_at < now - timedelta(seconds=30),
                    ),
                )
                .values(seen_at=now)
            )
