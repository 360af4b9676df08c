"""What CRM staff do to a handoff: take a waiting one, hand a held one back to the bot (close),
close a waiting one nobody took (drop), put a taken one back in the queue (requeue). Each is
one conditional, audited UPDATE: when two agents or the participant act at once, exactly one of
them moves the handoff. The base of ``HandoffRepository`` (``handoffs``)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import AuditLog, Handoff, HandoffState, utcnow
from storage.repositories._results import rowcount

__all__ = ["HandoffMoves"]


class HandoffMoves:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

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
