"""Internal response-time targets of complaint tickets (like a help desk's SLA): per priority,
how many hours staff have for their *first response*, the first message staff send the
participant on the ticket (a ``complaint_events`` entry ``to_participant``, whatever became of
its delivery: a message the chat could not take is still on record for ``cek tiket``).

A ticket *awaits* its first response while it is new or in progress and staff have sent no
message yet (waiting for the participant, resolved and closed tickets do not: the first two
need a message, and a closed ticket is done). Its first response is *due* its priority's target
(the current priority) after ``created_at``, counted on the desk's clock
(``storage.business_hours``: staff hours only, or every hour of the calendar), and it is
*overdue* once that has passed.

The targets are for staff only: participants are never told a time (DOMAIN.md: no resolution
SLA is published). Nothing is stored: the due time follows the settings and the priority of
the moment. Everything here is one set-based query, the same on SQLite and PostgreSQL: the
overdue test compares ``created_at`` with one cut-off per priority (due times grow with the
filing time, so the tickets past due are those filed up to a cut-off instant), and the
"earliest due first" order adds the priority's target to the clock's worked time at
``created_at`` (``clock_sql``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any, Self

import sqlalchemy as sa
from pydantic import BaseModel, ConfigDict, Field, model_validator
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.business_hours import CALENDAR, Cutoff, TargetClock
from storage.models import (
    ComplaintEvent,
    ComplaintPriority,
    ComplaintStatus,
    ComplaintTicket,
    utcnow,
)
from storage.repositories.clock_sql import worked_seconds

if TYPE_CHECKING:
    from storage.repositories.ticket_desk import DeskTicket

__all__ = [
    "AWAITING",
    "TARGETS",
    "DueDates",
    "Overdue",
    "TicketTargets",
    "awaits_response",
    "due_order",
    "first_responses",
    "is_overdue",
]

AWAITING = (ComplaintStatus.OPEN.value, ComplaintStatus.IN_PROGRESS.value)
"""The statuses in which a ticket without a staff message awaits its first response."""
MOST_HOURS = 24 * 90
"""No target is longer than 90 days (a typo such as 7200 fails at start-up)."""


class TicketTargets(BaseModel):
    """Hours to the first staff response, per priority (config.yml ``crm.ticket_targets``).
    A more urgent priority may not have a longer target than a less urgent one."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    urgent: float = Field(4, gt=0, le=MOST_HOURS)
    high: float = Field(8, gt=0, le=MOST_HOURS)
    normal: float = Field(24, gt=0, le=MOST_HOURS)
    low: float = Field(72, gt=0, le=MOST_HOURS)

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if not self.urgent <= self.high <= self.normal <= self.low:
            raise ValueError("targets must not grow with urgency: urgent <= high <= normal <= low")
        return self

    def target(self, priority: str) -> timedelta:
        """The time allowed for a ticket of this priority (ValueError for an unknown one)."""
        hours: float = getattr(self, ComplaintPriority(priority).value)
        return timedelta(hours=hours)


TARGETS = TicketTargets()
"""The default targets (urgent 4 hours, high 8, normal 24, low 72)."""


@dataclass(frozen=True, slots=True)
class Overdue:
    """How many tickets are past their first-response target: all, and those one staff
    member holds."""

    total: int = 0
    mine: int = 0


def _responded() -> sa.Exists:
    """The ticket (of the enclosing query) has a staff message to the participant (probed
    per ticket through the index on ticket_id and at)."""
    return (
        sa.select(ComplaintEvent.id)
        .where(ComplaintEvent.ticket_id == ComplaintTicket.id, ComplaintEvent.to_participant)
        .exists()
    )


def awaits_response() -> sa.ColumnElement[bool]:
    return sa.and_(ComplaintTicket.status.in_(AWAITING), ~_responded())


def _filed_by(cutoff: Cutoff) -> sa.ColumnElement[bool]:
    filed = ComplaintTicket.created_at
    return filed <= cutoff.at if cutoff.inclusive else filed < cutoff.at


def is_overdue(
    targets: TicketTargets, now: datetime, clock: TargetClock = CALENDAR
) -> sa.ColumnElement[bool]:
    """Awaiting a first response past its target at ``now``: per priority, filed by the
    clock's cut-off for the target (a plain comparison of ``created_at`` on both databases)."""
    late = [
        sa.and_(
            ComplaintTicket.priority == priority.value,
            _filed_by(clock.late_cutoff(now, targets.target(priority))),
        )
        for priority in ComplaintPriority
    ]
    return sa.and_(awaits_response(), sa.or_(*late))


def due_order(
    targets: TicketTargets, clock: TargetClock = CALENDAR
) -> tuple[sa.ColumnElement[Any], ...]:
    """Tickets awaiting a first response first, the earliest due first; then the others,
    newest first."""
    awaiting = awaits_response()
    seconds = sa.case(
        *((ComplaintTicket.priority == p.value, targets.target(p).total_seconds())
          for p in ComplaintPriority),
    )  # fmt: skip
    due = worked_seconds(clock, ComplaintTicket.created_at) + seconds
    return (
        sa.case((awaiting, 0), else_=1),
        sa.case((awaiting, due), else_=None),
        ComplaintTicket.created_at.desc(),
        ComplaintTicket.id.desc(),
    )


async def first_responses(session: AsyncSession, ticket_ids: Sequence[int]) -> dict[int, datetime]:
    """Of these tickets, those staff have written to the participant on: the first time."""
    if not ticket_ids:
        return {}
    rows = await session.execute(
        sa.select(ComplaintEvent.ticket_id, sa.func.min(ComplaintEvent.at))
        .where(ComplaintEvent.ticket_id.in_(ticket_ids), ComplaintEvent.to_participant)
        .group_by(ComplaintEvent.ticket_id)
    )
    return {int(ticket_id): at for ticket_id, at in rows}


class DueDates:
    """The ticket desk's first-response targets (``TicketDeskRepository.due``), counted on
    ``clock``. A ``now`` left out is the system clock's (``utcnow``)."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        targets: TicketTargets,
        clock: TargetClock = CALENDAR,
    ) -> None:
        self._sessions = session_factory
        self.targets = targets
        self.clock = clock

    def due(self, created_at: datetime, priority: str) -> datetime:
        """When the first response to a ticket filed at ``created_at`` is due."""
        return self.clock.due(created_at, self.targets.target(priority))

    def where(self, overdue: bool, now: datetime | None = None) -> list[sa.ColumnElement[bool]]:
        """The list's condition for ``Filters.overdue``."""
        return [is_overdue(self.targets, now or utcnow(), self.clock)] if overdue else []

    def order(self) -> tuple[sa.ColumnElement[Any], ...]:
        """The list's order for ``Filters.due_first``."""
        return due_order(self.targets, self.clock)

    async def dated(self, session: AsyncSession, tickets: list[DeskTicket]) -> list[DeskTicket]:
        """The tickets with their first response's time or, while it is awaited, its due
        time."""
        firsts = await first_responses(session, [t.id for t in tickets])
        return [
            replace(
                t,
                first_response_at=firsts.get(t.id),
                due_at=None
                if t.status not in AWAITING or t.id in firsts
                else self.due(t.created_at, t.priority),
            )
            for t in tickets
        ]

    async def overdue(self, staff_id: int | None = None, now: datetime | None = None) -> Overdue:
        """How many tickets are past their first-response target at ``now``: all of them, and
        those ``staff_id`` holds."""
        late = is_overdue(self.targets, now or utcnow(), self.clock)
        mine = sa.func.coalesce(
            sa.func.sum(sa.case((ComplaintTicket.assignee_id == staff_id, 1), else_=0)), 0
        )
        async with self._sessions() as session:
            counted = sa.select(sa.func.count(ComplaintTicket.id), mine).where(late)
            found = (await session.execute(counted)).one()
        return Overdue(int(found[0] or 0), int(found[1] or 0) if staff_id is not None else 0)
