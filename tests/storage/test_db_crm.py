"""What the CRM console reads and changes: staff accounts and handoffs (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio

import sqlalchemy as sa

from storage.models import AuditLog, StaffUser
from storage.repositories.handoffs import HandoffRepository
from storage.repositories.staff import StaffRepository
from tests.storage.conftest import Factory


async def _staff(factory: Factory, *names: str) -> list[int]:
    async with factory() as session, session.begin():
        rows = [
            StaffUser(username=n, display_name=n.title(), role="agent", password_hash="x")
            for n in names
        ]
        session.add_all(rows)
        await session.flush()
        return [row.id for row in rows]


async def test_staff_are_found_by_username_and_id(db_factory: Factory) -> None:
    (sari,) = await _staff(db_factory, "sari")
    staff = StaffRepository(db_factory)
    found = await staff.by_username("sari")
    assert found is not None and found.id == sari and found.display_name == "Sari"
    assert await staff.get(sari) == found
    assert await staff.by_username("nobody") is None
    await staff.signed_in(sari)


async def test_one_agent_takes_a_waiting_handoff_and_only_they_hand_it_back(
    db_factory: Factory,
) -> None:
    sari, budi = await _staff(db_factory, "sari", "budi")
    handoffs = HandoffRepository(db_factory)
    first = await handoffs.enqueue("webchat", "u1", "general", "asked for a person", {"a": 1})
    await handoffs.enqueue("telegram", "42", "complaints", "fraud", None)

    items = await handoffs.open_items()
    assert [(i.channel, i.user_id, i.state) for i in items] == [
        ("webchat", "u1", "queued"), ("telegram", "42", "queued"),
    ]  # fmt: skip
    assert items[0].summary == {"a": 1} and items[0].assignee is None

    taken = await asyncio.gather(
        handoffs.take(first.id, sari, "crm:sari"), handoffs.take(first.id, budi, "crm:budi")
    )
    assert sorted(taken) == [False, True]  # two agents race: exactly one wins
    item = await handoffs.item(first.id)
    assert item is not None and item.state == "assigned" and item.assigned_at is not None
    holder = item.assignee_id
    other = budi if holder == sari else sari
    assert not await handoffs.close(first.id, other, "crm:other")  # not theirs
    assert await handoffs.close(first.id, holder or 0, "crm:holder")
    assert not await handoffs.close(first.id, holder or 0, "crm:holder")  # already closed
    assert [i.user_id for i in await handoffs.open_items()] == ["42"]
    assert await handoffs.item(999) is None
    async with db_factory() as session:
        actions = (await session.scalars(sa.select(AuditLog.action).order_by(AuditLog.id))).all()
    assert actions == ["handoff.taken", "handoff.closed"]
