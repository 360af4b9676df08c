"""Automatic assignment of escalated chats (``crm.auto_assign``, off by default), like a help
desk's round-robin: a newly queued handoff goes at once to an *available* staff member (the
"Tersedia" switch on in the console and seen there within ``seen_within_minutes``; an active
account) holding fewer than ``max_open_per_agent`` assigned chats: the one holding the fewest,
among equals the one longest without an automatic assignment. Nobody available: it stays
queued. The cap limits what is assigned automatically; staff may still take more themselves.

Safe when chats are queued at once on several workers: the assignment locks the presence rows
of every available staff member (in ``staff_id`` order) before counting their chats, so the
next assignment waits for this one and counts it. On PostgreSQL that is ``SELECT ... FOR
UPDATE``; SQLite ignores it but lets one transaction write at a time, and the queueing
transaction has written (the handoff row) before it counts.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import AuditLog, Handoff, HandoffState, StaffPresence, StaffUser, utcnow

__all__ = ["AUTO_ACTOR", "OFF", "AutoAssign", "Presence", "assign_available"]

AUTO_ACTOR = "crm:auto_assign"
"""How automatic assignments appear in the audit log (action ``handoff.taken``, as a take)."""
_NEVER = datetime(1970, 1, 1, tzinfo=UTC)


class AutoAssign(BaseModel):
    """config.yml ``crm.auto_assign``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    enabled: bool = False
    max_open_per_agent: int = Field(3, ge=1, le=50)
    seen_within_minutes: float = Field(5, gt=0, le=24 * 60)


OFF = AutoAssign()


async def assign_available(
    session: AsyncSession, handoff: Handoff, rule: AutoAssign, now: datetime | None = None
) -> StaffUser | None:
    """Assign ``handoff`` (queued, written in this transaction) to the available staff member
    with the fewest open chats under the cap; who, or None (it stays queued)."""
    now = now or utcnow()
    present = await session.execute(
        sa.select(StaffPresence, StaffUser)
        .join(StaffUser, StaffUser.id == StaffPresence.staff_id)
        .where(
            StaffPresence.available,
            StaffPresence.seen_at >= now - timedelta(minutes=rule.seen_within_minutes),
            StaffUser.active,
        )
        .order_by(StaffPresence.staff_id)
        .with_for_update(of=StaffPresence)
    )
    staff = {presence.staff_id: (presence, user) for presence, user in present.all()}
    if not staff:
        return None
    counted = await session.execute(
        sa.select(Handoff.assignee_id, sa.func.count(Handoff.id))
        .where(Handoff.state == HandoffState.ASSIGNED.value, Handoff.assignee_id.in_(staff))
        .group_by(Handoff.assignee_id)
    )
    load = {int(staff_id): int(n) for staff_id, n in counted.all() if staff_id is not None}
    free = [staff_id for staff_id in staff if load.get(staff_id, 0) < rule.max_open_per_agent]
    if not free:
        return None
    chosen = min(free, key=lambda s: (load.get(s, 0), staff[s][0].assigned_at or _NEVER, s))
    presence, user = staff[chosen]
    presence.assigned_at = now
    handoff.state, handoff.assignee_id = HandoffState.ASSIGNED.value, chosen
    handoff.assigned_at = now
    session.add(
        AuditLog(actor=AUTO_ACTOR, action="handoff.taken", subject=f"handoff:{handoff.id}",
                 detail={"staff": user.username}, at=now)
    )  # fmt: skip
    await session.flush()
    return user


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
