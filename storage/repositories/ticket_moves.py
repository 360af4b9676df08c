"""What staff change on a complaint ticket in the CRM: take it, change its status and priority
with a message to the participant (and, through ``ticket_notes``, note something for the
team). Each is one entry in the ticket's history (``complaint_events``), written in the same
transaction as the change.

Moves are optimistic: a change is made only if the ticket is still as the staff member saw
it. Its *version* is its latest history entry other than an internal note: every take, status,
priority or message, and the participant's reply, is a new version; a page carries the version
it showed, and a change from an older page is refused, never overwritten (like Zendesk's
collision detection). The ticket row is locked while the version is compared (PostgreSQL),
and the UPDATE is conditional on status, holder and no newer version (SQLite, which reads
without a lock). Internal notes are outside the version: one may be added from any page.

The same change posted twice (a double click) is recognised as the one already made
(``Repeated``), not made again: the second post comes from the same page version, by the same
staff member, asking for what the ticket now is.

A change (status, priority or a message) also marks the participant's replies seen
(``reply_seen_at``, see ``ticket_desk``): it was made from a page showing them all, since a
reply is a new version. Taking a ticket, or noting something, does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession

from storage.models import (
    ComplaintEvent,
    ComplaintPriority,
    ComplaintStatus,
    ComplaintTicket,
    TicketDelivery,
    utcnow,
)
from storage.repositories._results import rowcount
from storage.repositories.ticket_notes import NOTE, Refusal, TicketNotes, added
from storage.repositories.tickets import PARTICIPANT_REPLY

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
    "Repeated",
    "TicketMoves",
    "version_of",
]

ASSIGNED, STATUS, PRIORITY, MESSAGE = "assigned", "status_changed", "priority_changed", "message"
"""Kinds of history entry staff make (besides ``created``, ``participant_reply`` and ``NOTE``,
an internal note: ``ticket_notes``)."""

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


class MessageRequired(ValueError):
    """Waiting for the participant, or resolved, with no message to tell them why."""


class Repeated(NamedTuple):
    """The change was made already, by this very post sent twice: its history entry, and
    what became of its message (None: no message)."""

    event_id: int
    delivery: str | None


@dataclass(frozen=True, slots=True)
class Change:
    """A staff member's change: the status and priority to set (either may be the current
    one), an optional message for the participant, the status they saw and the ticket's
    version their page showed (None: not checked, for scripts and fixtures)."""

    status: str
    priority: str
    seen_status: str
    message: str | None = None
    seen_version: int | None = None


def _check(change: Change) -> None:
    if change.status not in (*STAFF_STATUSES, change.seen_status):
        raise ValueError(f"staff cannot set status {change.status!r}")
    ComplaintStatus(change.status)
    ComplaintPriority(change.priority)
    moving = change.status != change.seen_status
    if moving and change.status in MESSAGE_REQUIRED and not change.message:
        raise MessageRequired(change.status)


class TicketMoves(TicketNotes):
    """Take and change a ticket; add a note and mark a message's delivery (``TicketNotes``)."""

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
            return await added(session, event)

    async def change(
        self, ticket_id: int, staff_id: int, actor: str, change: Change, *, supervising: bool
    ) -> int | Refusal | Repeated:
        """Set status and priority, with a message for the participant (``MessageRequired``
        when moving to waiting_user or resolved without one); the history entry's id. Only
        the ticket's holder, or a supervisor, may; a closed ticket stays closed; a ticket
        whose version is not ``change.seen_version`` any more is refused (or, for the same
        post sent twice, ``Repeated``)."""
        _check(change)
        async with self._sessions() as session, session.begin():
            row = await session.get(ComplaintTicket, ticket_id, with_for_update=True)
            if row is None:
                return Refusal.MISSING
            seen = change.seen_version
            outdated = seen is not None and await version_of(session, ticket_id) != seen
            if outdated and seen is not None:
                repeated = await _repeated(session, row, actor, change, seen)
                if repeated is not None:
                    return repeated
            if row.status == CLOSED:
                return Refusal.CLOSED
            if row.assignee_id != staff_id and not supervising:
                return Refusal.NOT_HELD
            if outdated or row.status != change.seen_status:
                return Refusal.CHANGED
            moving, reprioritised = change.status != row.status, change.priority != row.priority
            if not (moving or reprioritised or change.message):
                return Refusal.NOTHING
            now = utcnow()
            unchanged = () if seen is None else (~_newer(ticket_id, seen),)
            moved = await session.execute(
                sa.update(ComplaintTicket)
                .where(*_as_seen(row), *unchanged)
                .values(
                    status=change.status,
                    priority=change.priority,
                    updated_at=now,
                    reply_seen_at=_replies_seen(ticket_id),
                )
                .execution_options(synchronize_session=False)
            )
            if rowcount(moved) != 1:  # a racing post came first (SQLite; PostgreSQL locks)
                if seen is not None:
                    repeated = await _repeated(session, row, actor, change, seen)
                    if repeated is not None:
                        return repeated
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
            return await added(session, event)


def _replies_seen(ticket_id: int) -> sa.ColumnElement[Any]:
    """The time of the ticket's latest participant reply; what was seen before when none."""
    latest = (
        sa.select(sa.func.max(ComplaintEvent.at))
        .where(ComplaintEvent.ticket_id == ticket_id, ComplaintEvent.kind == PARTICIPANT_REPLY)
        .scalar_subquery()
    )
    return sa.func.coalesce(latest, ComplaintTicket.reply_seen_at)


def _newer(ticket_id: int, version: int) -> sa.Exists:
    """The ticket has a version after ``version``."""
    return sa.exists().where(
        ComplaintEvent.ticket_id == ticket_id, ComplaintEvent.kind != NOTE,
        ComplaintEvent.id > version,
    )  # fmt: skip


async def version_of(session: AsyncSession, ticket_id: int) -> int:
    """The ticket's version: its latest history entry other than an internal note (0 for a
    ticket with no history)."""
    latest = await session.scalar(
        sa.select(sa.func.max(ComplaintEvent.id)).where(
            ComplaintEvent.ticket_id == ticket_id, ComplaintEvent.kind != NOTE
        )
    )
    return int(latest or 0)


async def _repeated(
    session: AsyncSession, row: ComplaintTicket, actor: str, change: Change, seen: int
) -> Repeated | None:
    """The change already made from the same page version, if this post repeats it: the only
    new entry since is this staff member's, with this message, and the ticket is now what
    the post asks for."""
    await session.refresh(row)  # as it is now (SQLite reads outside a lock may be older)
    since = (
        await session.scalars(
            sa.select(ComplaintEvent)
            .where(
                ComplaintEvent.ticket_id == row.id,
                ComplaintEvent.kind != NOTE,
                ComplaintEvent.id > seen,
            )
            .order_by(ComplaintEvent.id)
            .limit(2)
        )
    ).all()
    if len(since) != 1:
        return None
    (event,) = since
    same = (
        event.actor == actor
        and event.kind in (STATUS, PRIORITY, MESSAGE)
        and (event.note or None) == (change.message or None)
        and (row.status, row.priority) == (change.status, change.priority)
    )
    return Repeated(event.id, event.delivery) if same else None


def _as_seen(row: ComplaintTicket) -> tuple[sa.ColumnElement[bool], ...]:
    """The ticket is still as it was read: same status, same holder."""
    holder = (
        ComplaintTicket.assignee_id.is_(None)
        if row.assignee_id is None
        else ComplaintTicket.assignee_id == row.assignee_id
    )
    return ComplaintTicket.id == row.id, ComplaintTicket.status == row.status, holder
