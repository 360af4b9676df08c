"""Automatic assignment of escalated chats (``crm.auto_assign``, off by default), like a help
desk's round-robin: a chat goes to an *available* staff member (the "Tersedia" switch on in the
console and seen there within ``seen_within_minutes``: ``staff_presence``; an active account)
holding fewer than ``max_open_per_agent`` assigned chats: the one holding the fewest, among
equals the one longest without an automatic assignment; never back to someone who held it
before (a chat a supervisor put back in the queue goes to another person). Nobody available:
it stays queued. The cap limits what is assigned automatically; staff may still take more
themselves.

Two moments: a newly queued chat is assigned at once, in the queueing transaction
(``assign_available``); chats already waiting are handed out, oldest first, when room appears
(``HandOut``: the console asks when someone switches "Tersedia" on, when a chat ends (handed
back, or its participant left the staff member holding it: the bot asks then) or is requeued,
and on the queue's live refresh).

Safe when this happens at once on several workers: an assignment first writes the handoff's
row (inserted, or claimed from the queue), then locks the presence rows of every available
staff member (in ``staff_id`` order) before counting their chats, so the next assignment waits
for this one and counts it. On PostgreSQL that is ``SELECT ... FOR UPDATE``; SQLite ignores it
but lets one transaction write at a time, and the assigning transaction has written first.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Collection
from contextlib import asynccontextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import AuditLog, Handoff, HandoffState, StaffPresence, StaffUser, utcnow
from storage.repositories._results import rowcount

__all__ = ["AUTO_ACTOR", "OFF", "Assigned", "AutoAssign", "HandOut", "assign_available"]

AUTO_ACTOR = "crm:auto_assign"
"""How automatic assignments appear in the audit log (action ``handoff.taken``, as a take)."""
TAKEN = "handoff.taken"
_NEVER = datetime(1970, 1, 1, tzinfo=UTC)
_Present = dict[int, tuple[StaffPresence, StaffUser]]


class AutoAssign(BaseModel):
    """config.yml ``crm.auto_assign``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    enabled: bool = False
    max_open_per_agent: int = Field(3, ge=1, le=50)
    seen_within_minutes: float = Field(5, gt=0, le=24 * 60)


OFF = AutoAssign()


@dataclass(frozen=True, slots=True)
class Assigned:
    """The staff member a waiting chat was handed to."""

    staff_id: int
    username: str
    display_name: str


async def _present(session: AsyncSession, rule: AutoAssign, now: datetime, lock: bool) -> _Present:
    """The available staff (their presence rows locked, in ``staff_id`` order, with ``lock``)."""
    query = (
        sa.select(StaffPresence, StaffUser)
        .join(StaffUser, StaffUser.id == StaffPresence.staff_id)
        .where(
            StaffPresence.available,
            StaffPresence.seen_at >= now - timedelta(minutes=rule.seen_within_minutes),
            StaffUser.active,
        )
        .order_by(StaffPresence.staff_id)
    )
    if lock:
        query = query.with_for_update(of=StaffPresence)
    rows = (await session.execute(query)).all()
    return {presence.staff_id: (presence, user) for presence, user in rows}


async def _choose(
    session: AsyncSession,
    rule: AutoAssign,
    now: datetime,
    *,
    lock: bool = True,
    exclude: Collection[str] = (),
) -> tuple[StaffPresence, StaffUser] | None:
    """The available staff member with room who holds the fewest assigned chats (among equals
    the one longest without an automatic assignment), not one named in ``exclude``."""
    staff = await _present(session, rule, now, lock)
    if not staff:
        return None
    counted = await session.execute(
        sa.select(Handoff.assignee_id, sa.func.count(Handoff.id))
        .where(Handoff.state == HandoffState.ASSIGNED.value, Handoff.assignee_id.in_(staff))
        .group_by(Handoff.assignee_id)
    )
    load = {int(staff_id): int(n) for staff_id, n in counted.all() if staff_id is not None}
    free = [
        staff_id
        for staff_id, (_, user) in staff.items()
        if load.get(staff_id, 0) < rule.max_open_per_agent and user.username not in exclude
    ]
    if not free:
        return None
    chosen = min(free, key=lambda s: (load.get(s, 0), staff[s][0].assigned_at or _NEVER, s))
    return staff[chosen]


def _noted(
    session: AsyncSession, presence: StaffPresence, user: StaffUser, handoff_id: int, now: datetime
) -> None:
    presence.assigned_at = now
    session.add(
        AuditLog(actor=AUTO_ACTOR, action=TAKEN, subject=f"handoff:{handoff_id}",
                 detail={"staff": user.username}, at=now)
    )  # fmt: skip


async def assign_available(
    session: AsyncSession, handoff: Handoff, rule: AutoAssign, now: datetime | None = None
) -> StaffUser | None:
    """Assign ``handoff`` (queued, written in this transaction) to the available staff member
    with the fewest open chats under the cap; who, or None (it stays queued)."""
    now = now or utcnow()
    found = await _choose(session, rule, now)
    if found is None:
        return None
    presence, user = found
    handoff.state, handoff.assignee_id = HandoffState.ASSIGNED.value, user.id
    handoff.assigned_at = now
    _noted(session, presence, user, handoff.id, now)
    await session.flush()
    return user


async def _held_before(session: AsyncSession, handoff_id: int) -> set[str]:
    """The usernames of the staff who held this handoff before (taken, by hand or not)."""
    rows = await session.execute(
        sa.select(AuditLog.actor, AuditLog.detail).where(
            AuditLog.subject == f"handoff:{handoff_id}", AuditLog.action == TAKEN
        )
    )
    held: set[str] = set()
    for who, detail in rows.all():
        if who == AUTO_ACTOR and isinstance(detail, dict):
            held.add(str(detail.get("staff")))
        elif who.startswith("crm:"):
            held.add(who.removeprefix("crm:"))
    return held


class _Unchanged(Exception):
    """Nobody can take the claimed handoff: roll the claim back."""


class HandOut:
    """Chats already waiting, handed to available staff with room, oldest first."""

    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], rule: AutoAssign = OFF
    ) -> None:
        self._sessions = session_factory
        self.rule = rule

    async def next_waiting(self, skip: Collection[int] = ()) -> int | None:
        """The oldest waiting handoff not in ``skip``, while someone available has room; None
        when nothing waits, nobody has room, or ``crm.auto_assign`` is off. Reads only."""
        if not self.rule.enabled:
            return None
        async with self._sessions() as session:
            if await _choose(session, self.rule, utcnow(), lock=False) is None:
                return None
            found = await session.scalar(
                sa.select(Handoff.id)
                .where(Handoff.state == HandoffState.QUEUED.value, Handoff.id.not_in(sorted(skip)))
                .order_by(Handoff.created_at, Handoff.id)
                .limit(1)
            )
        return None if found is None else int(found)

    @asynccontextmanager
    async def assigning(self, handoff_id: int) -> AsyncIterator[Assigned | None]:
        """Give the waiting handoff to the available staff member with room (not one who held
        it before); yields who, or None when it no longer waits or nobody can take it (nothing
        changed). The change is written (its rows locked) but commits only after the caller's
        block, and rolls back if the block raises: the participant's session goes with it."""
        async with self._sessions() as session:
            try:
                async with session.begin():
                    assigned = await self._assign(session, handoff_id, utcnow())
                    if assigned is None:
                        raise _Unchanged
                    yield assigned
                    return
            except _Unchanged:
                pass
        yield None

    async def _assign(
        self, session: AsyncSession, handoff_id: int, now: datetime
    ) -> Assigned | None:
        claimed = await session.execute(
            sa.update(Handoff)
            .where(Handoff.id == handoff_id, Handoff.state == HandoffState.QUEUED.value)
            .values(state=HandoffState.ASSIGNED.value, assigned_at=now)
        )  # written first: the handoff's row is locked, and SQLite's one writer is us
        if not rowcount(claimed):
            return None
        exclude = await _held_before(session, handoff_id)
        found = await _choose(session, self.rule, now, exclude=exclude)
        if found is None:
            return None
        presence, user = found
        await session.execute(
            sa.update(Handoff).where(Handoff.id == handoff_id).values(assignee_id=user.id)
        )
        _noted(session, presence, user, handoff_id, now)
        await session.flush()
        return Assigned(user.id, user.username, user.display_name)
