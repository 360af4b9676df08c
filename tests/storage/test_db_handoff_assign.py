"""Escalated chats assigned at once to available staff (``crm.auto_assign``; SQLite and
PostgreSQL): the available staff member with the fewest open chats under the cap gets a new
handoff, equals take turns; nobody available (switched off, not seen lately, deactivated, or
at the cap): it stays queued, as without the setting. Chats queued at the same moment never
give anyone more than the cap."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import sqlalchemy as sa

from storage.models import AuditLog, StaffPresence, StaffUser, utcnow
from storage.repositories.handoff_assign import AUTO_ACTOR, AutoAssign
from storage.repositories.handoffs import HandoffRepository
from storage.repositories.staff_presence import Presence
from tests.storage.conftest import Factory
from tests.storage.test_db_crm import _staff

ON = AutoAssign(enabled=True, max_open_per_agent=2)


async def _holders(handoffs: HandoffRepository) -> dict[str, str | None]:
    """Each open handoff's user id and who holds it."""
    return {item.user_id: item.assignee for item in await handoffs.open_items()}


async def test_the_fewest_open_chats_first_and_equals_in_turn(db_factory: Factory) -> None:
    sari, budi, ani = await _staff(db_factory, "sari", "budi", "ani")
    presence = Presence(db_factory)
    for staff_id in (sari, budi):
        await presence.switch(staff_id, True)
    handoffs = HandoffRepository(db_factory, ON)
    held = await HandoffRepository(db_factory).enqueue("webchat", "u0", "general", "x", None)
    assert await handoffs.take(held.id, sari, "crm:sari")  # Sari holds one already

    first = await handoffs.enqueue("webchat", "u1", "general", "asked", {"a": 1})
    assert (first.agent, first.position) == ("Budi", 0)  # the fewest open chats
    second = await handoffs.enqueue("webchat", "u2", "general", "asked", None)
    assert second.agent == "Sari"  # one each: Sari has waited longer for an assignment
    third = await handoffs.enqueue("webchat", "u3", "general", "asked", None)
    assert third.agent == "Budi"  # in turn
    fourth = await handoffs.enqueue("webchat", "u4", "general", "asked", None)
    assert (fourth.agent, fourth.position) == (None, 1)  # both at the cap of 2: queued
    assert await _holders(handoffs) == {
        "u0": "Sari", "u1": "Budi", "u2": "Sari", "u3": "Budi", "u4": None,
    }  # fmt: skip
    again = await handoffs.enqueue("webchat", "u4", "general", "asked again", None)
    assert (again.id, again.agent, again.position) == (fourth.id, None, 1)  # keeps its place

    item = await handoffs.item(first.id)
    assert item is not None and (item.state, item.assignee_id) == ("assigned", budi)
    assert item.assigned_at is not None and item.summary == {"a": 1}
    async with db_factory() as session:
        audit = (
            await session.execute(
                sa.select(AuditLog.actor, AuditLog.subject).where(AuditLog.actor == AUTO_ACTOR)
            )
        ).all()
    assert sorted(audit) == sorted((AUTO_ACTOR, f"handoff:{h.id}") for h in (first, second, third))
    assert ani not in {i.assignee_id for i in await handoffs.open_items()}  # never switched on


async def test_nobody_available_leaves_the_chat_queued(db_factory: Factory) -> None:
    sari, budi, ani = await _staff(db_factory, "sari", "budi", "ani")
    presence = Presence(db_factory)
    await presence.switch(sari, True)
    await presence.switch(sari, False)  # switched off again
    await presence.switch(budi, True)
    async with db_factory() as session, session.begin():  # not seen for 6 minutes
        stale = utcnow() - timedelta(minutes=6)
        await session.execute(
            sa.update(StaffPresence).where(StaffPresence.staff_id == budi).values(seen_at=stale)
        )
    await presence.switch(ani, True)
    async with db_factory() as session, session.begin():  # deactivated
        await session.execute(sa.update(StaffUser).where(StaffUser.id == ani).values(active=False))

    handoffs = HandoffRepository(db_factory, ON)
    queued = await handoffs.enqueue("webchat", "u1", "general", "asked", None)
    assert (queued.agent, queued.position) == (None, 1)
    await presence.seen(budi)  # back in the console
    assert (await handoffs.enqueue("webchat", "u2", "general", "asked", None)).agent == "Budi"
    off = HandoffRepository(db_factory)  # crm.auto_assign off (the default)
    assert (await off.enqueue("webchat", "u3", "general", "asked", None)).agent is None
    assert await _holders(handoffs) == {"u1": None, "u2": "Budi", "u3": None}


async def test_the_switch_and_the_console_seeing_staff(db_factory: Factory) -> None:
    (sari,) = await _staff(db_factory, "sari")
    presence = Presence(db_factory)
    assert not await presence.available(sari)
    await presence.seen(sari)  # not switched on: nothing is written
    async with db_factory() as session:
        assert await session.get(StaffPresence, sari) is None
    now = utcnow()
    await presence.switch(sari, True, now)
    await presence.seen(sari, now + timedelta(seconds=20))  # written at most every 30 s
    async with db_factory() as session:
        row = await session.get(StaffPresence, sari)
        assert row is not None and row.available and row.seen_at == now
    later = now + timedelta(seconds=40)
    await presence.seen(sari, later)
    async with db_factory() as session:
        row = await session.get(StaffPresence, sari)
        assert row is not None and row.seen_at == later
    await presence.switch(sari, False)
    assert not await presence.available(sari)


async def test_chats_queued_at_once_never_exceed_the_cap(db_factory: Factory) -> None:
    """Twelve chats at the same moment, three available staff with room for one more each:
    exactly three are assigned, one to each; the rest wait in the queue."""
    staff = await _staff(db_factory, "sari", "budi", "ani")
    presence = Presence(db_factory)
    for staff_id in staff:
        await presence.switch(staff_id, True)
    plain = HandoffRepository(db_factory)
    for n, staff_id in enumerate(staff):  # each holds one already
        held = await plain.enqueue("webchat", f"held{n}", "general", "x", None)
        assert await plain.take(held.id, staff_id, "crm:x")

    handoffs = HandoffRepository(db_factory, ON)
    queued = await asyncio.gather(
        *(handoffs.enqueue("webchat", f"u{n}", "general", "asked", None) for n in range(12))
    )
    assigned = sorted(q.agent for q in queued if q.agent is not None)
    assert assigned == ["Ani", "Budi", "Sari"]
    assert len([q for q in queued if q.agent is None]) == 9
    holders = await _holders(handoffs)
    assert sorted(h for h in holders.values() if h is not None) == ["Ani", "Ani", "Budi",
        "Budi", "Sari", "Sari"]  # fmt: skip
