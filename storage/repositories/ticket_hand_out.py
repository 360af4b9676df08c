"""Automatic assignment of complaint tickets (``crm.ticket_auto_assign``, off by default), like a
help desk's load-balanced round-robin (Zendesk's omnichannel routing, Freshdesk's Omniroute,
Chatwoot's auto-assignment): a ticket nobody holds goes to an *available* staff member (the
console's "Tersedia" switch on and seen there within the same minutes as for chats:
``staff_presence``; an active account in one of ``roles``) holding fewer than
``max_open_per_agent`` open tickets: the one holding the fewest, among equals the one longest
without an automatic assignment (chat or ticket: ``StaffPresence.assigned_at``), then the lowest
id. Nobody has room: it waits. The cap limits what is assigned automatically; staff may still
take more themselves.

*Open* is the work staff owe: ``open`` and ``in_progress``. A ticket waiting for the participant,
resolved or closed does not count (help desks count open tickets, not pending ones).

An automatic assignment is recorded as a take is (a history entry ``assigned``; a new ticket
goes ``in_progress``), its actor ``auto:<username>`` (who got it; the console says
"Otomatis"), and in the audit log (``ticket.assigned`` by ``crm:ticket_auto_assign``).

Two moments: a new ticket is assigned in its filing transaction (``assign_new``); tickets
already waiting go out (``hand_out``: urgent before high before normal before low, oldest
first) when room may have appeared: the console calls it when someone switches "Tersedia" on,
after a ticket is changed or taken, and when the ticket list or the queue page is shown.

Safe on several workers at once, as for chats (``handoff_assign``): the assigning transaction
writes the ticket's row first (inserted, or claimed with a conditional UPDATE), then locks the
presence rows of the available staff (in ``staff_id`` order; ``SELECT ... FOR UPDATE`` on
PostgreSQL) before counting their tickets, so the next assignment waits for this one and
counts it; SQLite lets one transaction write at a time, and this one has written first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import (
    AuditLog,
    ComplaintEvent,
    ComplaintPriority,
    ComplaintStatus,
    ComplaintTicket,
    StaffPresence,
    StaffRole,
    StaffUser,
    utcnow,
)
from storage.repositories._results import rowcount
from storage.repositories.ticket_moves import ASSIGNED

__all__ = [
    "AUDIT_ACTION",
    "AUDIT_ACTOR",
    "AUTO",
    "OPEN_WORK",
    "TICKETS_OFF",
    "TicketAssigned",
    "TicketAutoAssign",
    "TicketHandOut",
    "assigned_to",
]

AUTO = "auto"
"""The prefix of an automatic assignment's actor in a ticket's history: ``auto:<username>``."""
AUDIT_ACTOR, AUDIT_ACTION = "crm:ticket_auto_assign", "ticket.assigned"
OPEN_WORK = (ComplaintStatus.OPEN.value, ComplaintStatus.IN_PROGRESS.value)
"""The statuses that count toward a staff member's load, and that a ticket nobody holds has
when it waits to be handed out."""
HAND_OUT_AT_ONCE = 10
"""At most this many waiting tickets are tried per hand-out (the next one goes on)."""
_NEVER = datetime(1970, 1, 1, tzinfo=UTC)
_RANK = {p.value: n for n, p in enumerate(reversed(ComplaintPriority))}  # urgent first
_Staff = tuple[StaffPresence, StaffUser]


class TicketAutoAssign(BaseModel):
    """config.yml ``crm.ticket_auto_assign``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    enabled: bool = False
    max_open_per_agent: int = Field(10, ge=1, le=500)
    roles: frozenset[StaffRole] = Field(frozenset(StaffRole), min_length=1)
    """Who may be assigned tickets (every role may take one by hand)."""


TICKETS_OFF = TicketAutoAssign()


@dataclass(frozen=True, slots=True)
class TicketAssigned:
    """A ticket assigned automatically, and to whom."""

    ticket_id: int
    staff_id: int
    username: str


def assigned_to(actor: str) -> str | None:
    """The username an automatic assignment's actor names (None: not one)."""
    prefix = f"{AUTO}:"
    return actor.removeprefix(prefix) if actor.startswith(prefix) else None


class _Nobody(Exception):
    """Nobody available has room: roll the claim back."""


class TicketHandOut:
    """Tickets nobody holds, to available staff with room (``crm.ticket_auto_assign``)."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        rule: TicketAutoAssign = TICKETS_OFF,
        seen_within_minutes: float = 5,
    ) -> None:
        """``seen_within_minutes``: as for chats (``crm.auto_assign.seen_within_minutes``)."""
        self._sessions = session_factory
        self.rule = rule
        self.window = timedelta(minutes=seen_within_minutes)

    async def assign_new(
        self, session: AsyncSession, ticket: ComplaintTicket, now: datetime
    ) -> TicketAssigned | None:
        """Assign ``ticket``, just filed (its row written in this transaction), to the
        available staff member with room; who, or None (it waits). Off: None."""
        if not self.rule.enabled:
            return None
        found = await self._choose(session, now)
        if found is None:
            return None
        given = await _give(session, ticket.id, ticket.status, found, now)
        await session.refresh(ticket)
        return given

    async def hand_out(self, at_most: int = HAND_OUT_AT_ONCE) -> list[TicketAssigned]:
        """Waiting tickets (urgent first, then oldest) to available staff with room, until
        nothing waits or nobody has room; what was assigned. Off: nothing."""
        given: list[TicketAssigned] = []
        tried: set[int] = set()
        while self.rule.enabled and len(tried) < at_most:
            ticket_id = await self._next_waiting(tried)
            if ticket_id is None:
                break
            tried.add(ticket_id)
            try:
                assigned = await self._assign_waiting(ticket_id)
            except _Nobody:
                break
            if assigned is not None:
                given.append(assigned)
        return given

    async def _next_waiting(self, skip: set[int]) -> int | None:
        """The first waiting ticket not in ``skip``, while someone available has room. Reads."""
        rank = sa.case(_RANK, value=ComplaintTicket.priority, else_=len(_RANK))
        async with self._sessions() as session:
            if await self._choose(session, utcnow(), lock=False) is None:
                return None
            found = await session.scalar(
                sa.select(ComplaintTicket.id)
                .where(*_waiting(), ComplaintTicket.id.not_in(sorted(skip)))
                .order_by(rank, ComplaintTicket.created_at, ComplaintTicket.id)
                .limit(1)
            )
        return None if found is None else int(found)

    async def _assign_waiting(self, ticket_id: int) -> TicketAssigned | None:
        """Assign one waiting ticket; None when it no longer waits (``_Nobody``: nobody has
        room; nothing changed)."""
        now = utcnow()
        async with self._sessions() as session, session.begin():
            claimed = await session.execute(
                sa.update(ComplaintTicket)
                .where(ComplaintTicket.id == ticket_id, *_waiting())
                .values(updated_at=now)
                .execution_options(synchronize_session=False)
            )  # written first: the ticket's row is locked, and SQLite's one writer is us
            if rowcount(claimed) != 1:
                return None
            status = await session.scalar(
                sa.select(ComplaintTicket.status).where(ComplaintTicket.id == ticket_id)
            )
            found = await self._choose(session, now)
            if found is None or status is None:
                raise _Nobody
            return await _give(session, ticket_id, status, found, now)

    async def _choose(
        self, session: AsyncSession, now: datetime, *, lock: bool = True
    ) -> _Staff | None:
        """The available staff member with room holding the fewest open tickets (among equals
        the one longest without an automatic assignment, then the lowest id)."""
        query = (
            sa.select(StaffPresence, StaffUser)
            .join(StaffUser, StaffUser.id == StaffPresence.staff_id)
            .where(
                StaffPresence.available,
                StaffPresence.seen_at >= now - self.window,
                StaffUser.active,
                StaffUser.role.in_(sorted(self.rule.roles)),
            )
            .order_by(StaffPresence.staff_id)
        )
        if lock:
            query = query.with_for_update(of=StaffPresence)
        staff = {p.staff_id: (p, u) for p, u in (await session.execute(query)).all()}
        if not staff:
            return None
        counted = await session.execute(
            sa.select(ComplaintTicket.assignee_id, sa.func.count(ComplaintTicket.id))
            .where(ComplaintTicket.status.in_(OPEN_WORK), ComplaintTicket.assignee_id.in_(staff))
            .group_by(ComplaintTicket.assignee_id)
        )
        load = {int(s): int(n) for s, n in counted.all() if s is not None}
        free = [s for s in staff if load.get(s, 0) < self.rule.max_open_per_agent]
        if not free:
            return None
        chosen = min(free, key=lambda s: (load.get(s, 0), staff[s][0].assigned_at or _NEVER, s))
        return staff[chosen]


def _waiting() -> tuple[sa.ColumnElement[bool], ...]:
    """Nobody holds the ticket, and it is work staff owe."""
    return ComplaintTicket.assignee_id.is_(None), ComplaintTicket.status.in_(OPEN_WORK)


async def _give(
    session: AsyncSession, ticket_id: int, status: str, found: _Staff, now: datetime
) -> TicketAssigned:
    """Assign the ticket as a take does (a new one goes ``in_progress``), recorded in its
    history and the audit log; the staff member's turn moves on."""
    presence, user = found
    new = ComplaintStatus.IN_PROGRESS.value if status == ComplaintStatus.OPEN.value else status
    await session.execute(
        sa.update(ComplaintTicket)
        .where(ComplaintTicket.id == ticket_id)
        .values(assignee_id=user.id, status=new, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    moved = new != status
    session.add(
        ComplaintEvent(
            ticket_id=ticket_id, at=now, actor=f"{AUTO}:{user.username}", kind=ASSIGNED,
            old_status=status if moved else None, status=new if moved else None,
        )
    )  # fmt: skip
    session.add(
        AuditLog(actor=AUDIT_ACTOR, action=AUDIT_ACTION, subject=f"ticket:{ticket_id}",
                 detail={"staff": user.username}, at=now)
    )  # fmt: skip
    presence.assigned_at = now
    await session.flush()
    return TicketAssigned(ticket_id, user.id, user.username)
