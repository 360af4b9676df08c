"""Handoffs to the CRM team: queued with a reason and a summary (or assigned at once to an
available staff member: ``handoff_assign``), positions in the queue."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import (
    AuditLog,
    Conversation,
    Handoff,
    HandoffState,
    StaffUser,
    utcnow,
)
from storage.repositories._results import rowcount
from storage.repositories.handoff_assign import OFF, AutoAssign, assign_available
from storage.repositories.handoff_feedback import HandoffFeedbackRepository

__all__ = ["HandoffItem", "HandoffRepository", "HandoffStatus", "QueuedHandoff"]


@dataclass(frozen=True, slots=True)
class QueuedHandoff:
    id: int
    queue: str
    position: int
    agent: str | None = None
    """The display name of the staff member it was assigned to at once (``crm.auto_assign``;
    None: it waits in the queue, at ``position``)."""


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


class HandoffRepository:
    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], auto_assign: AutoAssign = OFF
    ) -> None:
        self._sessions = session_factory
        self.auto_assign = auto_assign
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
                        return QueuedHandoff(row.id, row.queue, 0, agent.display_name)
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
        open_states = (HandoffState.QUEUED, HandoffState.ASSIGNED)
        async with self._sessions() as session, session.begin():
            row = await self._waiting(session, channel, user_id, open_states)
            if row is None:
                return False
            row.state, row.closed_at = HandoffState.CLOSED.value, utcnow()
        return True

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

    async def take(self, handoff_id: int, staff_id: int, actor: str) -> bool:
        """Assign a waiting handoff to ``staff_id``; False if it is no longer waiting (another
        agent was faster, or the user stopped waiting)."""
        async with self.taking(handoff_id, staff_id, actor) as moved:
            return moved

    async def close(self, handoff_id: int, staff_id: int, actor: str) -> bool:
        """The agent hands the conversation back to the bot; False unless they hold it."""
        async with self.closing(handoff_id, staff_id, actor) as moved:
            return moved

    async def drop(self, handoff_id: int, actor: str) -> bool:
        """Close a handoff nobody took (the user left, or staff cannot answer it)."""
        async with self.dropping(handoff_id, actor) as moved:
            return moved

    async def requeue(self, handoff_id: int, actor: str) -> bool:
        """Put a taken handoff back in the queue (the agent left; another one continues)."""
        async with self.requeueing(handoff_id, actor) as moved:
            return moved

    # Each of these is ``take`` / ``close`` / ``drop`` / ``requeue`` left uncommitted while the
    # caller's block runs: it commits when the block ends and rolls back if the block raises,
    # so that a write elsewhere (the user's session) and this one happen together or not at all.
    def taking(
        self, handoff_id: int, staff_id: int, actor: str
    ) -> AbstractAsyncContextManager[bool]:
        return self._moving(
            handoff_id, HandoffState.QUEUED, actor, "handoff.taken",
            state=HandoffState.ASSIGNED.value, assignee_id=staff_id, assigned_at=utcnow(),
        )  # fmt: skip

    def closing(
        self, handoff_id: int, staff_id: int, actor: str
    ) -> AbstractAsyncContextManager[bool]:
        return self._moving(
            handoff_id, HandoffState.ASSIGNED, actor, "handoff.closed",
            Handoff.assignee_id == staff_id,
            state=HandoffState.CLOSED.value, closed_at=utcnow(),
        )  # fmt: skip

    def dropping(self, handoff_id: int, actor: str) -> AbstractAsyncContextManager[bool]:
        return self._moving(
            handoff_id, HandoffState.QUEUED, actor, "handoff.dropped",
            state=HandoffState.CLOSED.value, closed_at=utcnow(),
        )  # fmt: skip

    def requeueing(self, handoff_id: int, actor: str) -> AbstractAsyncContextManager[bool]:
        return self._moving(
            handoff_id, HandoffState.ASSIGNED, actor, "handoff.requeued",
            state=HandoffState.QUEUED.value, assignee_id=None, assigned_at=None,
        )  # fmt: skip

    @asynccontextmanager
    async def _moving(
        self,
        handoff_id: int,
        current: HandoffState,
        actor: str,
        action: str,
        *conditions: sa.ColumnElement[bool],
        **values: Any,
    ) -> AsyncIterator[bool]:
        """One audited state change, only from ``current`` (and ``conditions``): when two
        agents or the user act at once, exactly one of them moves the handoff. Yields whether
        it moved; the change is written (and its row locked) but commits only after the block."""
        now = utcnow()
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                sa.update(Handoff)
                .where(Handoff.id == handoff_id, Handoff.state == current.value, *conditions)
                .values(**values)
            )
            moved = bool(rowcount(result))
            if moved:
                session.add(_audit(actor, action, handoff_id, now))
                await session.flush()
            yield moved


def _audit(actor: str, action: str, handoff_id: int, at: datetime) -> AuditLog:
    return AuditLog(actor=actor, action=action, subject=f"handoff:{handoff_id}", at=at)
