"""Handoffs to the CRM team: queued with a reason and a summary, positions in the queue."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import Conversation, Handoff, HandoffState, utcnow

__all__ = ["HandoffRepository", "QueuedHandoff"]


@dataclass(frozen=True, slots=True)
class QueuedHandoff:
    id: int
    queue: str
    position: int


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
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

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

    async def _waiting(self, session: AsyncSession, channel: str, user_id: str) -> Handoff | None:
        return (
            await session.scalars(
                sa.select(Handoff)
                .join(Conversation, Conversation.id == Handoff.conversation_id)
                .where(
                    Conversation.channel == channel,
                    Conversation.user_id == user_id,
                    Handoff.state == HandoffState.QUEUED.value,
                )
                .order_by(Handoff.created_at.desc())
            )
        ).first()

    async def enqueue(
        self, channel: str, user_id: str, queue: str, reason: str, summary: Any
    ) -> QueuedHandoff:
        """Queue this conversation (one waiting handoff per conversation: a second call
        updates the waiting one's reason and summary and keeps its place)."""
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
            else:
                row.reason, row.summary = reason, summary
            position = await self._position(session, row)
        return QueuedHandoff(row.id, row.queue, position)

    async def position(self, channel: str, user_id: str) -> int | None:
        async with self._sessions() as session:
            row = await self._waiting(session, channel, user_id)
            return None if row is None else await self._position(session, row)

    async def cancel(self, channel: str, user_id: str) -> bool:
        """The user stopped waiting: close their queued handoff."""
        async with self._sessions() as session, session.begin():
            row = await self._waiting(session, channel, user_id)
            if row is None:
                return False
            row.state, row.closed_at = HandoffState.CLOSED.value, utcnow()
        return True
