"""Handoffs to the CRM team: queued with a reason and a summary (or assigned at once to an
available staff member: ``handoff_assign``), positions in the queue, and the console's list.
What staff do to a handoff (take, close, drop, requeue) is the base class, ``handoff_moves``;
waiting chats handed out when staff have room are ``hand_out`` (``handoff_assign.HandOut``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import Conversation, Handoff, HandoffState, StaffUser, utcnow
from storage.repositories.handoff_assign import OFF, AutoAssign, HandOut, assign_available
from storage.repositories.handoff_feedback import HandoffFeedbackRepository
from storage.repositories.handoff_moves import HandoffMoves

__all__ = ["HandoffItem", "HandoffRepository", "HandoffStatus", "QueuedHandoff"]


@dataclass(frozen=True, slots=True)
class QueuedHandoff:
    id: int
    queue: str
    position: int
    agent: str | None = None
    """The display name of the staff member it was assigned to at once (``crm.auto_assign``;
    None: it waits in the queue, at ``position``)."""
    username: str | None = None
    """That staff member's username."""


@dataclass(frozen=True, slots=True)
class HandoffStatus:
    """Where a conversation's open handoff stands, as its participant may see it."""

    state: str
    """``"queued"`` or ``"assigned"``."""
    position: int | None
    """The place in the queue while queued (as the bot's queue messages tell it)."""
    agent: str | None
    """The display name of the agent holding it (as their greeting names them)."""


@dataclass(frozen=True, slots=True)
class HandoffItem:
    """A handoff as the CRM console shows it."""

    id: int
    channel: str
    user_id: str
    queue: str
    reason: str
    summary: Any
    state: str
    assignee_id: int | None
    assignee: str | None
    created_at: datetime
    assigned_at: datetime | None
    csat: int | None = None


async def _conversation_id(session: AsyncSession, channel: str, user_id: str) -> int:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    now = utcnow()
    await session.execute(
        insert(Conversation)
        .values(channel=channel, user_id=user_id, started_at=now, last_message_at=now)
        .on_conflict_do_nothing(index_elements=[Conversation.channel, Conversation.user_id])
    )
    found = await session.scalar(
        sa.select(Conversation.id).where(
            Conversation.channel == channel, Conversation.user_id == user_id
        )
    )
    assert found is not None
    return int(found)


class HandoffRepository(HandoffMoves):
    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], auto_assign: AutoAssign = OFF
    ) -> None:
        super().__init__(session_factory)
        self.auto_assign = auto_assign
        self.hand_out = HandOut(session_factory, auto_assign)
        """Waiting chats handed to available staff with room (``crm.auto_assign``)."""
        self.feedback = HandoffFeedbackRepository(session_factory)
        """Notes, ratings and figures about handoffs (``handoff_feedback``)."""

    async def _position(self, session: AsyncSession, row: Handoff) -> int:
        ahead = await session.scalar(
            sa.select(sa.func.count(Handoff.id)).where(
                Handoff.queue == row.queue,
                Handoff.state == HandoffState.QUEUED.value,
                sa.or_(
                    Handoff.created_at < row.created_at,
                    sa.and_(Handoff.created_at == row.created_at, Handoff.id < row.id),
                ),
            )
        )
        return int(ahead or 0) + 1

    async def _waiting(
        self,
        session: AsyncSession,
        channel: str,
        user_id: str,
        states: tuple[HandoffState, ...] = (HandoffState.QUEUED,),
    ) -> Handoff | None:
        return (
            await session.scalars(
                sa.select(Handoff)
                .join(Conversation, Conversation.id == Handoff.conversation_id)
                .where(
                    Conversation.channel == channel,
                    Conversation.user_id == user_id,
                    Handoff.state.in_([state.value for state in states]),
                )
                .order_by(Handoff.created_at.desc())
            )
        ).first()

    async def enqueue(
        self, channel: str, user_id: str, queue: str, reason: str, summary: Any
    ) -> QueuedHandoff:
        """Queue this conversation (one waiting handoff per conversation: a second call
        updates the waiting one's reason and summary and keeps its place). With
        ``auto_assign`` on, a new handoff goes at once to an available staff member if there
        is one (``handoff_assign``)."""
        async with self._sessions() as session, session.begin():
            row = await self._waiting(session, channel, user_id)
            if row is None:
                row = Handoff(
                    conversation_id=await _conversation_id(session, channel, user_id),
                    queue=queue,
                    reason=reason,
                    summary=summary,
                    state=HandoffState.QUEUED.value,
                    created_at=utcnow(),
                )
                session.add(row)
                await session.flush()
                if self.auto_assign.enabled:
                    agent = await assign_available(session, row, self.auto_assign)
                    if agent is not None:
                        return QueuedHandoff(
                            row.id, row.queue, 0, agent.display_name, agent.username
                        )
            else:
                row.reason, row.summary = reason, summary
            position = await self._position(session, row)
        return QueuedHandoff(row.id, row.queue, position)

    async def position(self, channel: str, user_id: str) -> int | None:
        async with self._sessions() as session:
            row = await self._waiting(session, channel, user_id)
            return None if row is None else await self._position(session, row)

    async def status(self, channel: str, user_id: str) -> HandoffStatus | None:
        """The conversation's open handoff (queued or assigned), or None. Read only."""
        open_states = (HandoffState.QUEUED, HandoffState.ASSIGNED)
        async with self._sessions() as session:
            row = await self._waiting(session, channel, user_id, open_states)
            if row is None:
                return None
            if row.state == HandoffState.QUEUED.value:
                return HandoffStatus(row.state, await self._position(session, row), None)
            agent = await session.scalar(
                sa.select(StaffUser.display_name).where(StaffUser.id == row.assignee_id)
            )
            return HandoffStatus(row.state, None, agent)

    async def cancel(self, channel: str, user_id: str) -> bool:
        """The user stopped waiting, or left the agent: close their open handoff."""
        return await self.leave(channel, user_id) is not None

    async def leave(self, channel: str, user_id: str) -> str | None:
        """``cancel``, saying the state the closed handoff was in: ``"assigned"`` frees a place
        for a waiting chat (``hand_out``), ``"queued"`` does not; None when none was open."""
        open_states = (HandoffState.QUEUED, HandoffState.ASSIGNED)
        async with self._sessions() as session, session.begin():
            row = await self._waiting(session, channel, user_id, open_states)
            if row is None:
                return None
            was = row.state
            row.state, row.closed_at = HandoffState.CLOSED.value, utcnow()
        return was

    # -- the CRM console ------------------------------------------------------------------------
    def _items(self) -> sa.Select[Handoff, str, str, str]:
        return (
            sa.select(Handoff, Conversation.channel, Conversation.user_id, StaffUser.display_name)
            .join(Conversation, Conversation.id == Handoff.conversation_id)
            .outerjoin(StaffUser, StaffUser.id == Handoff.assignee_id)
        )

    @staticmethod
    def _item(row: Any) -> HandoffItem:
        handoff: Handoff = row[0]
        return HandoffItem(
            handoff.id, row[1], row[2], handoff.queue, handoff.reason, handoff.summary,
            handoff.state, handoff.assignee_id, row[3], handoff.created_at, handoff.assigned_at,
            handoff.csat,
        )  # fmt: skip

    async def open_items(self, limit: int = 200) -> list[HandoffItem]:
        """Waiting (oldest first) and assigned handoffs: the console's queue."""
        query = (
            self._items()
            .where(Handoff.state != HandoffState.CLOSED.value)
            .order_by(Handoff.created_at, Handoff.id)
            .limit(limit)
        )
        async with self._sessions() as session:
            rows = (await session.execute(query)).all()
        return [self._item(row) for row in rows]

    async def item(self, handoff_id: int) -> HandoffItem | None:
        async with self._sessions() as session:
            row = (await session.execute(self._items().where(Handoff.id == handoff_id))).first()
        return None if row is None else self._item(row)
