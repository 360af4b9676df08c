"""What staff add to a complaint ticket's history without changing the ticket: an internal
note for the team, and the delivery mark of a message to the participant (whether it reached
their chat). Neither is a new *version* of the ticket (``ticket_moves``), so either may be
written from any page. The moves (take, status, priority, message) build on this:
``TicketMoves`` is a ``TicketNotes``, and why a move or a note did not happen is one
``Refusal``.
"""

from __future__ import annotations

from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import ComplaintEvent, ComplaintTicket, TicketDelivery, utcnow

__all__ = ["NOTE", "Refusal", "TicketNotes", "added"]

NOTE = "note"
"""The kind of history entry of an internal note (outside the ticket's version)."""


class Refusal(StrEnum):
    """Why a move did not happen."""

    MISSING = "missing"  # no such ticket
    HELD = "held"  # another staff member works it
    NOT_HELD = "not_held"  # only its holder (or a supervisor) may change it
    CHANGED = "changed"  # it changed since the staff member saw it
    CLOSED = "closed"  # a closed ticket is final
    NOTHING = "nothing"  # the same status and priority and no message: nothing to record


class TicketNotes:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def add_note(self, ticket_id: int, actor: str, text: str) -> int | Refusal:
        """An internal note for the team (never sent to the participant); any staff member."""
        if not text:
            raise ValueError("an empty note")
        async with self._sessions() as session, session.begin():
            if await session.get(ComplaintTicket, ticket_id) is None:
                return Refusal.MISSING
            event = ComplaintEvent(ticket_id=ticket_id, at=utcnow(), actor=actor, kind=NOTE,
                                   note=text)  # fmt: skip
            return await added(session, event)

    async def set_delivery(self, event_id: int, delivery: TicketDelivery) -> None:
        """Whether the message of entry ``event_id`` reached the participant's chat."""
        async with self._sessions() as session, session.begin():
            await session.execute(
                sa.update(ComplaintEvent)
                .where(ComplaintEvent.id == event_id, ComplaintEvent.to_participant)
                .values(delivery=delivery.value)
            )


async def added(session: AsyncSession, event: ComplaintEvent) -> int:
    """Add a history entry in the session's transaction; its id."""
    session.add(event)
    await session.flush()
    return event.id
