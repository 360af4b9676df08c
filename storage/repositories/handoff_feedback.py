"""What the team learns from handoffs: internal notes, the user's rating of the help (CSAT)
after the hand-back, and per-agent figures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import (
    AuditLog,
    Conversation,
    Handoff,
    HandoffNote,
    HandoffState,
    StaffUser,
    utcnow,
)
from storage.repositories._results import rowcount

__all__ = [
    "AgentFigures", "CsatSummary", "HandoffEnding", "HandoffFeedbackRepository", "HandoffNoteView",
]  # fmt: skip

ENDED_BY_STAFF = {"handoff.closed": "handed_back", "handoff.dropped": "dropped"}
"""The audited moves that close a handoff, and how the console names them; a handoff closed
without one was left by the participant."""


@dataclass(frozen=True, slots=True)
class HandoffNoteView:
    author: str
    text: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class AgentFigures:
    agent: str
    handled: int
    ratings: int
    average: float | None


@dataclass(frozen=True, slots=True)
class CsatSummary:
    ratings: int
    average: float | None


@dataclass(frozen=True, slots=True)
class HandoffEnding:
    """How a closed handoff ended: ``how`` is "handed_back" (staff gave it back to the bot),
    "dropped" (closed without being taken) or "left" (the participant left); ``by``: the staff
    member who ended it (their name), ``taken``: whether staff had taken it."""

    how: str
    at: datetime | None
    by: str | None
    taken: bool


class HandoffFeedbackRepository:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def add_note(self, handoff_id: int, author: str, text: str) -> None:
        async with self._sessions() as session, session.begin():
            session.add(HandoffNote(handoff_id=handoff_id, author=author, text=text))

    async def notes(self, handoff_id: int) -> list[HandoffNoteView]:
        query = (
            sa.select(HandoffNote)
            .where(HandoffNote.handoff_id == handoff_id)
            .order_by(HandoffNote.created_at, HandoffNote.id)
        )
        async with self._sessions() as session:
            rows = (await session.scalars(query)).all()
        return [HandoffNoteView(row.author, row.text, row.created_at) for row in rows]

    async def ending(self, handoff_id: int) -> HandoffEnding | None:
        """How the handoff ended; None while it is open (or when there is none)."""
        moves = (
            sa.select(AuditLog.action, AuditLog.actor)
            .where(
                AuditLog.subject == f"handoff:{handoff_id}",
                AuditLog.action.in_(ENDED_BY_STAFF),
            )
            .order_by(AuditLog.at.desc(), AuditLog.id.desc())
            .limit(1)
        )
        async with self._sessions() as session:
            row = await session.get(Handoff, handoff_id)
            if row is None or row.state != HandoffState.CLOSED.value:
                return None
            move = (await session.execute(moves)).first()
            if move is None:
                return HandoffEnding("left", row.closed_at, None, row.assigned_at is not None)
            username = move.actor.removeprefix("crm:")
            name = await session.scalar(
                sa.select(StaffUser.display_name).where(StaffUser.username == username)
            )
        taken = row.assigned_at is not None
        return HandoffEnding(ENDED_BY_STAFF[move.action], row.closed_at, name or username, taken)

    async def record_csat(self, channel: str, user_id: str, handoff_id: int, score: int) -> bool:
        """The user's rating of a closed handoff of their own conversation, once."""
        if not 1 <= score <= 5:
            return False
        conversation = sa.select(Conversation.id).where(
            Conversation.channel == channel, Conversation.user_id == user_id
        )
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                sa.update(Handoff)
                .where(
                    Handoff.id == handoff_id,
                    Handoff.conversation_id.in_(conversation.scalar_subquery()),
                    Handoff.state == HandoffState.CLOSED.value,
                    Handoff.assignee_id.is_not(None),
                    Handoff.csat.is_(None),
                )
                .values(csat=score, csat_at=utcnow())
            )
        return bool(rowcount(result))

    async def csat_since(self, since: datetime) -> CsatSummary:
        query = sa.select(sa.func.count(Handoff.csat), sa.func.avg(Handoff.csat)).where(
            Handoff.csat_at >= since
        )
        async with self._sessions() as session:
            count, average = (await session.execute(query)).one()
        return CsatSummary(int(count or 0), None if average is None else float(average))

    async def agent_figures(self, since: datetime) -> list[AgentFigures]:
        """Per agent: handoffs taken since ``since``, and the ratings users gave them."""
        query = (
            sa.select(
                StaffUser.display_name,
                sa.func.count(Handoff.id),
                sa.func.count(Handoff.csat),
                sa.func.avg(Handoff.csat),
            )
            .join(Handoff, Handoff.assignee_id == StaffUser.id)
            .where(Handoff.assigned_at >= since)
            .group_by(StaffUser.id, StaffUser.display_name)
            .order_by(StaffUser.display_name)
        )
        async with self._sessions() as session:
            rows = (await session.execute(query)).all()
        return [
            AgentFigures(name, int(handled), int(rated), None if avg is None else float(avg))
            for name, handled, rated, avg in rows
        ]
