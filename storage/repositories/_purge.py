"""Deleting old rows in batches, each in its own transaction (a large backlog never holds one
long transaction), and recording the purge in the audit log; shared by the retention jobs."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import AuditLog
from storage.repositories._results import rowcount

__all__ = ["purge_in_batches"]


async def purge_in_batches(
    sessions: async_sessionmaker[AsyncSession],
    table: sa.Table,
    which: sa.ColumnElement[bool],
    *,
    batch: int,
    action: str,
    subject: str,
    detail: dict[str, Any],
) -> int:
    """Delete the rows of ``table`` that ``which`` selects, ``batch`` ids at a time (oldest id
    first); then one audit entry ``action`` with ``detail`` and the count. Returns the count."""
    removed = 0
    while True:
        oldest = (
            sa.select(table.c.id).where(which).order_by(table.c.id).limit(batch).scalar_subquery()
        )
        async with sessions() as session, session.begin():
            result = await session.execute(sa.delete(table).where(table.c.id.in_(oldest)))
        count = rowcount(result)
        removed += count
        if count < batch:
            break
    async with sessions() as session, session.begin():
        entry = AuditLog(
            actor="system", action=action, subject=subject, detail={**detail, "count": removed}
        )
        session.add(entry)
    return removed
