"""The durable outbox: replies that could not be sent yet, kept in order per chat.

Only the oldest pending item of a chat (its *head*) is ever eligible, so a chat's replies go out
in the order they were written. Workers claim an item with a short lease (a compare-and-set
update) before sending it, so two workers never send the same item.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from sqlalchemy.orm import aliased

from storage.models import OutboxItem, utcnow
from storage.models.channels import OutboxStatus

__all__ = ["OutboxRecord", "OutboxRepository"]

PENDING = OutboxStatus.PENDING.value


@dataclass(frozen=True, slots=True)
class OutboxRecord:
    id: int
    channel: str
    user_id: str
    request: dict[str, Any]
    attempts: int
    created_at: datetime


def _record(row: OutboxItem) -> OutboxRecord:
    return OutboxRecord(
        row.id, row.channel, row.user_id, dict(row.request), row.attempts, row.created_at
    )


class OutboxRepository:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def add(
        self,
        channel: str,
        user_id: str,
        requests: Sequence[dict[str, Any]],
        *,
        next_attempt_at: datetime,
        error: str | None = None,
    ) -> None:
        """Queue ``requests`` (in order) behind whatever the chat already has pending."""
        if not requests:
            return
        now = utcnow()
        async with self._sessions() as session, session.begin():
            for request in requests:  # one by one: ids follow the order
                session.add(
                    OutboxItem(
                        channel=channel,
                        user_id=user_id,
                        request=request,
                        status=PENDING,
                        attempts=0,
                        next_attempt_at=next_attempt_at,
                        last_error=error[:300] if error else None,
                        created_at=now,
                    )
                )
                await session.flush()

    async def any_pending(self) -> bool:
        async with self._sessions() as session:
            found = await session.scalar(
                sa.select(OutboxItem.id).where(OutboxItem.status == PENDING).limit(1)
            )
        return found is not None

    async def has_pending(self, channel: str, user_id: str) -> bool:
        async with self._sessions() as session:
            found = await session.scalar(
                sa.select(OutboxItem.id)
                .where(
                    OutboxItem.channel == channel,
                    OutboxItem.user_id == user_id,
                    OutboxItem.status == PENDING,
                )
                .limit(1)
            )
        return found is not None

    async def due_heads(self, now: datetime, limit: int = 100) -> list[OutboxRecord]:
        """The oldest pending item of each chat, when it is due and not claimed by a worker."""
        older = aliased(OutboxItem)
        earlier = (
            sa.select(older.id)
            .where(
                older.channel == OutboxItem.channel,
                older.user_id == OutboxItem.user_id,
                older.status == PENDING,
                older.id < OutboxItem.id,
            )
            .exists()
        )
        query = (
            sa.select(OutboxItem)
            .where(
                OutboxItem.status == PENDING,
                OutboxItem.next_attempt_at <= now,
                sa.or_(OutboxItem.claimed_until.is_(None), OutboxItem.claimed_until < now),
                ~earlier,
            )
            .order_by(OutboxItem.id)
            .limit(limit)
        )
        async with self._sessions() as session:
            return [_record(row) for row in (await session.scalars(query)).all()]

    async def next_pending(self, channel: str, user_id: str) -> OutboxRecord | None:
        async with self._sessions() as session:
            row = (
                await session.scalars(
                    sa.select(OutboxItem)
                    .where(
                        OutboxItem.channel == channel,
                        OutboxItem.user_id == user_id,
                        OutboxItem.status == PENDING,
                    )
                    .order_by(OutboxItem.id)
                    .limit(1)
                )
            ).first()
        return None if row is None else _record(row)

    async def claim(self, item_id: int, now: datetime, lease: timedelta) -> bool:
        """Take the item for ``lease``; ``False`` if another worker holds it or it is done."""
        return (
            await self._update(
                sa.update(OutboxItem)
                .where(
                    OutboxItem.id == item_id,
                    OutboxItem.status == PENDING,
                    sa.or_(OutboxItem.claimed_until.is_(None), OutboxItem.claimed_until < now),
                )
                .values(claimed_until=now + lease)
            )
            == 1
        )

    async def mark_sent(self, item_id: int, external_id: str | None) -> None:
        await self._update(
            sa.update(OutboxItem)
            .where(OutboxItem.id == item_id)
            .values(
                status=OutboxStatus.SENT.value,
                attempts=OutboxItem.attempts + 1,
                external_id=external_id,
                claimed_until=None,
                finished_at=utcnow(),
            )
        )

    async def reschedule(self, item_id: int, at: datetime, error: str) -> None:
        await self._update(
            sa.update(OutboxItem)
            .where(OutboxItem.id == item_id)
            .values(
                attempts=OutboxItem.attempts + 1,
                next_attempt_at=at,
                claimed_until=None,
                last_error=error[:300],
            )
        )

    async def fail(self, item_id: int, error: str) -> None:
        await self._finish(OutboxItem.id == item_id, OutboxStatus.FAILED, error)

    async def fail_chat(self, channel: str, user_id: str, error: str) -> int:
        """Give up on everything pending for one chat (the recipient blocked us)."""
        return await self._finish(
            sa.and_(OutboxItem.channel == channel, OutboxItem.user_id == user_id),
            OutboxStatus.FAILED,
            error,
        )

    async def expire(self, created_before: datetime) -> int:
        return await self._finish(
            OutboxItem.created_at < created_before, OutboxStatus.EXPIRED, "too old to send"
        )

    async def counts(self) -> dict[str, int]:
        async with self._sessions() as session:
            rows = (
                await session.execute(
                    sa.select(OutboxItem.status, sa.func.count()).group_by(OutboxItem.status)
                )
            ).all()
        return {str(status): int(count) for status, count in rows}

    async def _finish(self, condition: Any, status: OutboxStatus, error: str) -> int:
        return await self._update(
            sa.update(OutboxItem)
            .where(condition, OutboxItem.status == PENDING)
            .values(
                status=status.value,
                claimed_until=None,
                last_error=error[:300],
                finished_at=utcnow(),
            )
        )

    async def _update(self, statement: Any) -> int:
        async with self._sessions() as session, session.begin():
            result = await session.execute(statement)
        return int(getattr(result, "rowcount", 0) or 0)
