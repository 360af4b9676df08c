"""What staff change on a complaint ticket in the CRM: take it, change its status and priority
with a message to the participant, note something for the team. Each is one entry in the
ticket's history (``complaint_events``), written in the same transaction as the change.

Moves are optimistic: the ticket is changed only if it is still as the staff member saw it
(status and holder), in one conditional UPDATE; a ticket that changed meanwhile (another staff
member, or the participant's reply) is refused, never overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import (
    ComplaintEvent,
    ComplaintPriority,
    ComplaintStatus,
    ComplaintTicket,
    TicketDelivery,
    utcnow,
)
from storage.repositories._results import rowcount

__all__ = [
    "ASSIGNED",
    "MESSAGE",
    "MESSAGE_REQUIRED",
    "NOTE",
    "PRIORITY",
    "STAFF_STATUSES",
    "STATUS",
    "Change",
    "MessageRequired",
    "Refusal",
    "TicketMoves",
]

ASSIGNED, STATUS, PRIORITY, MESSAGE, NOTE = (
    "assigned", "status_changed", "priority_changed", "message", "note",
)  # fmt: skip
"""Kinds of history entry staff make (besides ``created`` and ``participant_reply``)."""

STAFF_STATUSES = (
    ComplaintStatus.IN_PROGRESS.value,
    ComplaintStatus.WAITING_USER.value,
    ComplaintStatus.RESOLVED.value,
    ComplaintStatus.CLOSED.value,
)
"""The statuses staff may set (``open`` is only where a ticket starts)."""
MESSAGE_REQUIRED = frozenset({ComplaintStatus.WAITING_USER.value, ComplaintStatus.RESOLVED.value})
"""Moving to these needs a message for the participant: what data is needed, the resolution."""
CLOSED = ComplaintStatus.CLOSED.value


class Refusal(StrEnum):
    """Why a move did not happen."""

    MISSING = "missing"  # no such ticket
    HELD = "held"  # another staff member works it
    NOT_HELD = "not_held"  # only its holder (or a supervisor) may change it
    CHANGED = "changed"  # it changed since the staff member saw it
    CLOSED = "closed"  # a closed ticket is final
    NOTHING = "nothing"  # the same status and priority and no message: nothing to record


class MessageRequired(ValueError):
    """Waiting for the participant, or resolved, with no message to tell them why."""


@dataclass(frozen=True, slots=True)
class Change:
    """A staff member's change: the status and priority to set (either may be the current
    one), an optional message for the participant, and the status they saw."""

    status: str
    priority: str
    seen_status: str
    message: str | None = None


def _check(change: Change) -> None:
    if change.status not in (*STAFF_STATUSES, change.seen_status):
        raise ValueError(f"staff cannot set status {change.status!r}")
    ComplaintStatus(change.status)
    ComplaintPriority(change.priority)
    moving = change.status != change.seen_status
    if moving and change.status in MESSAGE_REQUIRED and not change.message:
        raise MessageRequired(change.status)


class TicketMoves:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def take(
        self, ticket_id: int, staff_id: int, actor: str, *, supervising: bool = False
    ) -> int | Refusal | None:
        """Assign the ticket to ``staff_id`` (a new one also goes ``in_progress``); the new
        history entry's id, None when it was theirs already. Another's ticket only for a
        supervisor."""
        async with self._sessions() as session, session.begin():
            row = await session.get(ComplaintTicket, ticket_id)
            if row is None:
                return Refusal.MISSING
            if row.status == CLOSED:
                return Refusal.CLOSED
            if row.assignee_id == staff_id:
                return None
            if row.assignee_id is not None and not supervising:
                return Refusal.HELD
            status = ComplaintStatus.IN_PROGRESS.value if row.status == "open" else row.status
            now = utcnow()
            moved = await session.execute(
                sa.update(ComplaintTicket)
                .where(*_as_seen(row))
                .values(assignee_id=staff_id, status=status, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if rowcount(moved) != 1:
                return Refusal.CHANGED
            changed = status != row.status
            event = ComplaintEvent(
                ticket_id=ticket_id, at=now, actor=actor, kind=ASSIGNED,
                old_status=row.status if changed else None, status=status if changed else None,
            )  # fmt: skip
            return await _added(session, event)

    async def change(
        self, ticket_id: int, staff_id: int, actor: str, change: Change, *, supervising: bool
    ) -> int | Refusal:
        """Set status and priority, with a message for the participant (``MessageRequired``
        when moving to waiting_user or resolved without one); the history entry's id. Only
        the ticket's holder, or a supervisor, may; a closed ticket stays closed."""
        _check(change)
        async with self._sessions() as session, session.begin():
            row = await session.get(ComplaintTicket, ticket_id)
            if row is None:
                return Refusal.MISSING
            if row.status == CLOSED:
                return Refusal.CLOSED
            if row.status != change.seen_status:
                return Refusal.CHANGED
            if row.assignee_id != staff_id and not supervising:
                return Refusal.NOT_HELD
            moving, reprioritised = change.status != row.status, change.priority != row.priority
            if not (moving or reprioritised or change.message):
                return Refusal.NOTHING
            now = utcnow()
            moved = await session.execute(
                sa.update(ComplaintTicket)
                .where(*_as_seen(row))
                .values(status=change.status, priority=change.priority, updated_at=now)
                .execution_options(synchronize_session=False)
            )
            if rowcount(moved) != 1:
                return Refusal.CHANGED
            kind = STATUS if moving else PRIORITY if reprioritised else MESSAGE
            event = ComplaintEvent(
                ticket_id=ticket_id, at=now, actor=actor, kind=kind,
                old_status=row.status if moving else None,
                status=change.status if moving else None,
                priority=change.priority if reprioritised else None,
                note=change.message or None, to_participant=bool(change.message),
                delivery=TicketDelivery.PENDING.value if change.message else None,
            )  # fmt: skip
            return await _added(session, event)

    async def add_note(self, ticket_id: int, actor: str, text: str) -> int | Refusal:
        """An internal note for the team (never sent to the participant); any staff member."""
        if not text:
            raise ValueError("an empty note")
        async with self._sessions() as session, session.begin():
            if await session.get(ComplaintTicket, ticket_id) is None:
                return Refusal.MISSING
            event = ComplaintEvent(ticket_id=ticket_id, at=utcnow(), actor=actor, kind=NOTE,
                                   note=text)  # fmt: skip
            return await _added(session, event)

    async def set_delivery(self, event_id: int, delivery: TicketDelivery) -> None:
        """Whether the message of entry ``event_id`` reached the participant's chat."""
        async with self._sessions() as session, session.begin():
            await session.execute(
                sa.update(ComplaintEvent)
                .where(ComplaintEvent.id == event_id, ComplaintEvent.to_participant)
                .values(delivery=delivery.value)
            )


def _as_seen(row: ComplaintTicket) -> tuple[sa.ColumnElement[bool], ...]:
    """The ticket is still as it was read: same status, same holder."""
    holder = (
        ComplaintTicket.assignee_id.is_(None)
        if row.assignee_id is None
        else ComplaintTicket.assignee_id == row.assignee_id
    )
    return ComplaintTicket.id == row.id, ComplaintTicket.status == row.status, holder


async def _added(session: AsyncSession, event: ComplaintEvent) -> int:
    session.add(event)
    await session.flush()
    return event.id
