"""Handoff moves left open for the caller's own write (SQLite and PostgreSQL): what keeps the
user's session and the database together when the console takes over or hands back."""

from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa

from storage.models import AuditLog
from storage.repositories.handoffs import HandoffRepository
from tests.crm.test_staff_sessions import _staff
from tests.storage.conftest import Factory


async def test_a_handoff_move_commits_only_when_the_callers_block_succeeds(
    db_factory: Factory,
) -> None:
    """The console writes the session inside the block; when that write fails, the move is
    rolled back (and meanwhile the row waits: a racing agent sees the outcome)."""
    sari, budi = await _staff(db_factory, "sari", "budi")
    handoffs = HandoffRepository(db_factory)
    queued = await handoffs.enqueue("webchat", "u1", "general", "asked for a person", None)

    with pytest.raises(ConnectionError):
        async with handoffs.taking(queued.id, sari, "crm:sari") as moved:
            assert moved
            raise ConnectionError("the session store went away")
    item = await handoffs.item(queued.id)
    assert item is not None and item.state == "queued" and item.assignee_id is None

    async with handoffs.taking(queued.id, sari, "crm:sari") as moved:
        assert moved
        racing = asyncio.create_task(handoffs.take(queued.id, budi, "crm:budi"))
        await asyncio.sleep(0.05)
    assert not await racing  # the other agent waited for the row, then found it taken
    with pytest.raises(ConnectionError):
        async with handoffs.closing(queued.id, sari, "crm:sari") as moved:
            raise ConnectionError("the session store went away")
    async with handoffs.closing(queued.id, budi, "crm:budi") as moved:
        assert not moved  # not theirs
    item = await handoffs.item(queued.id)
    assert item is not None and item.state == "assigned" and item.assignee_id == sari
    async with db_factory() as session:
        actions = (await session.scalars(sa.select(AuditLog.action))).all()
    assert actions == ["handoff.taken"]  # the rolled-back moves left no audit entry
