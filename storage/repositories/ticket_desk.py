"""The CRM's ticket desk, the staff side of complaint tickets: a filtered, paged list; one
ticket with the chat its participant can be told in; its history (``complaint_events``).
What staff change is ``ticket_moves``; which participant replies staff have not seen yet is
``ticket_replies``; when the first response to the participant is due, ``ticket_targets``;
which chat the participant can be told in, ``ticket_reach``; tickets assigned automatically,
``ticket_hand_out``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.business_hours import CALENDAR, TargetClock
from storage.models import ComplaintEvent, ComplaintTicket, StaffUser
from storage.repositories.ticket_hand_out import TicketHandOut
from storage.repositories.ticket_moves import TicketMoves, version_of
from storage.repositories.ticket_reach import Reach, handoff_of, reach_of
from storage.repositories.ticket_replies import (
    Unread,
    count_unread,
    has_new_reply,
    mark_seen,
    new_reply_times,
)
from storage.repositories.ticket_targets import TARGETS, DueDates, Overdue, TicketTargets

__all__ = [
    "PER_PAGE",
    "DeskPage",
    "DeskTicket",
    "Filters",
    "Reach",
    "TicketCase",
    "TicketDeskRepository",
    "TicketEvent",
]

PER_PAGE = 20


@dataclass(frozen=True, slots=True)
class DeskTicket:
    """A ticket as the desk lists it."""

    id: int
    reference: str
    category: str
    status: str
    priority: str
    created_at: datetime
    updated_at: datetime
    assignee_id: int | None
    assignee: str | None
    """The display name of the staff member working it."""
    new_reply_at: datetime | None = None
    """When the participant replied, if no staff member has seen that reply yet (None: no
    new reply)."""
    first_response_at: datetime | None = None  # staff's first message to the participant
    due_at: datetime | None = None  # while that is awaited, when it is due (ticket_targets)


@dataclass(frozen=True, slots=True)
class DeskPage:
    items: list[DeskTicket]
    page: int
    pages: int
    total: int


@dataclass(frozen=True, slots=True)
class Filters:
    status: str | None = None
    category: str | None = None
    oldest_first: bool = False
    assignee_id: int | None = None
    new_replies: bool = False
    """Only tickets with a participant reply staff have not seen."""
    replies_first: bool = False
    """Tickets with a new participant reply before the others (each group in its order)."""
    overdue: bool = False  # only tickets past their first-response target
    due_first: bool = False  # earliest first-response due first (``ticket_targets``)


@dataclass(frozen=True, slots=True)
class TicketCase:
    """One ticket, with what the desk shows of its participant."""

    ticket: DeskTicket
    description: str
    participant_id: int | None
    reach: Reach | None
    """None: no chat can be told (no channel identity, or it was erased or cannot receive)."""
    version: int = 0
    """Changes with every take, change, message and participant reply (``ticket_moves``)."""
    handoff_id: int | None = None
    """The participant's latest conversation in the console (a handoff of the chat that
    filed the ticket, else of the chat they can be told in), if there is one."""
    reply_seen_at: datetime | None = None
    """Staff have seen the participant's replies up to this time (None: none yet)."""


@dataclass(frozen=True, slots=True)
class TicketEvent:
    """One entry of a ticket's history."""

    id: int
    at: datetime
    actor: str
    kind: str
    status: str | None
    old_status: str | None
    priority: str | None
    note: str | None
    to_participant: bool
    delivery: str | None


def _listed() -> sa.Select[ComplaintTicket, str]:
    return sa.select(ComplaintTicket, StaffUser.display_name).outerjoin(
        StaffUser, StaffUser.id == ComplaintTicket.assignee_id
    )


def _ticket(row: ComplaintTicket, assignee: str | None, new: datetime | None) -> DeskTicket:
    return DeskTicket(
        row.id, row.reference, row.category, row.status, row.priority, row.created_at,
        row.updated_at, row.assignee_id, assignee, new,
    )  # fmt: skip


def _event(e: ComplaintEvent) -> TicketEvent:
    return TicketEvent(
        e.id, e.at, e.actor, e.kind, e.status, e.old_status, e.priority, e.note,
        e.to_participant, e.delivery,
    )  # fmt: skip


def _where(filters: Filters) -> list[sa.ColumnElement[bool]]:
    found: list[sa.ColumnElement[bool]] = []
    if filters.status:
        found.append(ComplaintTicket.status == filters.status)
    if filters.category:
        found.append(ComplaintTicket.category == filters.category)
    if filters.assignee_id is not None:
        found.append(ComplaintTicket.assignee_id == filters.assignee_id)
    if filters.new_replies:
        found.append(has_new_reply())
    return found


class TicketDeskRepository:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        targets: TicketTargets = TARGETS,
        clock: TargetClock = CALENDAR,
        hand_out: TicketHandOut | None = None,
    ) -> None:
        self._sessions = session_factory
        self.moves = TicketMoves(session_factory)
        """Take, change, note (``ticket_moves``)."""
        self.hand_out = hand_out or TicketHandOut(session_factory)
        """Waiting tickets to available staff with room (``crm.ticket_auto_assign``; off
        unless given)."""
        self.due = DueDates(session_factory, targets, clock)  # first-response targets

    async def page(
        self, filters: Filters, page: int = 1, per_page: int = PER_PAGE, now: datetime | None = None
    ) -> DeskPage:
        """Newest first (or oldest, or earliest due first: ``ticket_targets``), those with a new
        participant reply first if asked; a page past the end is clamped to the last one.
        ``now``: when the overdue filter looks (None: the clock's).

        With replies first, the tickets with a new reply (a handful) and the others are read
        apart, each in its order: neither query has to rank every ticket."""
        if per_page < 1:
            raise ValueError("per_page must be at least 1")
        where = _where(filters) + self.due.where(filters.overdue, now)
        when, tie = ComplaintTicket.created_at, ComplaintTicket.id
        order = (when.asc(), tie.asc()) if filters.oldest_first else (when.desc(), tie.desc())
        ranked = self.due.order() if filters.due_first else order

        async def count(*more: sa.ColumnElement[bool]) -> int:
            counted = sa.select(sa.func.count(ComplaintTicket.id)).where(*where, *more)
            return int(await session.scalar(counted) or 0)

        async def rows(skip: int, limit: int, *more: sa.ColumnElement[bool]) -> list[Any]:
            query = _listed().where(*where, *more).order_by(*ranked).offset(skip).limit(limit)
            return list((await session.execute(query)).all())

        async with self._sessions() as session:
            total = await count()
            pages = math.ceil(total / per_page)
            page = min(max(page, 1), max(pages, 1))
            skip = (page - 1) * per_page
            if filters.replies_first and not filters.new_replies:
                first = await count(has_new_reply())
                found = await rows(skip, per_page, has_new_reply()) if skip < first else []
                if len(found) < per_page:
                    rest = max(skip - first, 0), per_page - len(found)
                    found += await rows(*rest, ~has_new_reply())
            else:
                found = await rows(skip, per_page)
            times = await new_reply_times(session, [row[0].id for row in found])
            items = [_ticket(row, assignee, times.get(row.id)) for row, assignee in found]
            return DeskPage(await self.due.dated(session, items), page, pages, total)

    async def case(self, ticket_id: int) -> TicketCase | None:
        async with self._sessions() as session:
            chosen = _listed().where(ComplaintTicket.id == ticket_id)
            found = (await session.execute(chosen)).first()
            if found is None:
                return None
            row, assignee = found
            replied = (await new_reply_times(session, [ticket_id])).get(ticket_id)
            reach = await reach_of(session, row)
            version = await version_of(session, ticket_id)
            handoff_id = await handoff_of(session, row, reach)
            (dated,) = await self.due.dated(session, [_ticket(row, assignee, replied)])
        return TicketCase(
            dated, row.description, row.participant_id, reach,
            version, handoff_id, row.reply_seen_at,
        )  # fmt: skip

    async def history(self, ticket_id: int) -> list[TicketEvent]:
        """Oldest first."""
        async with self._sessions() as session:
            rows = (
                await session.scalars(
                    sa.select(ComplaintEvent)
                    .where(ComplaintEvent.ticket_id == ticket_id)
                    .order_by(ComplaintEvent.at, ComplaintEvent.id)
                )
            ).all()
        return [_event(e) for e in rows]

    async def unread(self, staff_id: int | None = None) -> Unread:
        """How many tickets have a participant reply no staff member has seen: all of them,
        and those ``staff_id`` holds."""
        async with self._sessions() as session:
            return await count_unread(session, staff_id)

    async def overdue(self, staff_id: int | None = None, now: datetime | None = None) -> Overdue:
        """How many tickets are past their first-response target (``ticket_targets``): all of
        them, and those ``staff_id`` holds."""
        return await self.due.overdue(staff_id, now)

    async def seen(self, ticket_id: int, staff_id: int, up_to: datetime) -> bool:
        """The staff member opened the ticket's page, which showed the participant's replies
        up to ``up_to`` (the time of the latest one shown): they are seen, if ``staff_id``
        holds the ticket. Whether that changed anything (False: not the holder, or seen
        already)."""
        async with self._sessions() as session, session.begin():
            return await mark_seen(session, ticket_id, staff_id, up_to)
