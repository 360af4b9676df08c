"""Chats already waiting, handed out when staff have room (``crm.auto_assign``; SQLite and
PostgreSQL): oldest first, by the same rules as a new chat (the fewest open chats under the
cap, equals in turn), never back to someone who held the chat before; nobody can take it:
nothing changes. The change commits only with the caller's block (the participant's session),
and hand-outs at the same moment never give anyone more than the cap, nor one chat twice."""

from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa

from storage.models import AuditLog, StaffPresence
from storage.repositories.handoff_assign import AUTO_ACTOR, AutoAssign, HandOut
from storage.repositories.handoffs import HandoffRepository
from storage.repositories.staff_presence import Presence
from tests.storage.conftest import Factory
from tests.storage.test_db_crm import _staff

ON = AutoAssign(enabled=True, max_open_per_agent=2)


async def _give(hand_out: HandOut, handoff_id: int) -> str | None:
    """Hand ``handoff_id`` out; the display name of who got it."""
    async with hand_out.assigning(handoff_id) as assigned:
        return None if assigned is None else assigned.display_name


async def _queue(factory: Factory, *users: str) -> list[int]:
    """Queue a chat for each user, in this order, while nobody is assigned chats."""
    plain = HandoffRepository(factory)
    return [(await plain.enqueue("webchat", u, "general", "asked", None)).id for u in users]


async def _auto_audits(factory: Factory) -> list[str]:
    async with factory() as session:
        found = await session.scalars(
            sa.select(AuditLog.subject).where(AuditLog.actor == AUTO_ACTOR).order_by(AuditLog.id)
        )
        return list(found)


async def test_the_oldest_waiting_chat_first_by_the_rules_of_a_new_one(
    db_factory: Factory,
) -> None:
    sari, budi = await _staff(db_factory, "sari", "budi")
    held, *waiting = await _queue(db_factory, "u0", "u1", "u2", "u3", "u4")
    handoffs = HandoffRepository(db_factory, ON)
    assert await handoffs.take(held, sari, "crm:sari")  # Sari holds one already
    hand_out = handoffs.hand_out
    assert await hand_out.next_waiting() is None  # nobody available yet
    presence = Presence(db_factory)
    for staff_id in (sari, budi):
        await presence.switch(staff_id, True)

    given = []
    while (found := await hand_out.next_waiting()) is not None:
        given.append((found, await _give(hand_out, found)))
    # oldest first; Budi holds the fewest, then equals in turn; then both are at the cap of 2
    assert given == [(waiting[0], "Budi"), (waiting[1], "Sari"), (waiting[2], "Budi")]
    holders = {i.user_id: (i.state, i.assignee) for i in await handoffs.open_items()}
    assert holders == {
        "u0": ("assigned", "Sari"), "u1": ("assigned", "Budi"), "u2": ("assigned", "Sari"),
        "u3": ("assigned", "Budi"), "u4": ("queued", None),
    }  # fmt: skip
    item = await handoffs.item(waiting[0])
    assert item is not None and item.assigned_at is not None
    assert await _auto_audits(db_factory) == [f"handoff:{h}" for h in waiting[:3]]
    assert await _give(hand_out, waiting[0]) is None  # no longer waiting
    assert await hand_out.next_waiting(skip=[waiting[3]]) is None  # and still no room
    assert await HandoffRepository(db_factory).hand_out.next_waiting() is None  # setting off


async def test_a_requeued_chat_never_goes_back_to_who_held_it(db_factory: Factory) -> None:
    sari, budi, ani = await _staff(db_factory, "sari", "budi", "ani")
    (chat,) = await _queue(db_factory, "u1")
    handoffs = HandoffRepository(db_factory, ON)
    assert await handoffs.take(chat, sari, "crm:sari")
    assert await handoffs.requeue(chat, "crm:boss")  # Sari left, a supervisor put it back
    await Presence(db_factory).switch(sari, True)  # Sari is back, and has room

    assert await handoffs.hand_out.next_waiting() == chat  # someone has room ...
    assert await _give(handoffs.hand_out, chat) is None  # ... but only the one who held it
    item = await handoffs.item(chat)
    assert item is not None and (item.state, item.assignee_id, item.assigned_at) == (
        "queued", None, None,
    )  # fmt: skip
    assert await _auto_audits(db_factory) == []
    await Presence(db_factory).switch(budi, True)
    assert await _give(handoffs.hand_out, chat) == "Budi"
    assert await handoffs.requeue(chat, "crm:boss")  # assigned automatically, then put back
    await Presence(db_factory).switch(ani, True)
    assert await _give(handoffs.hand_out, chat) == "Ani"  # neither Sari nor Budi


async def test_nothing_changes_unless_the_callers_block_succeeds(db_factory: Factory) -> None:
    (sari,) = await _staff(db_factory, "sari")
    (chat,) = await _queue(db_factory, "u1")
    await Presence(db_factory).switch(sari, True)
    handoffs = HandoffRepository(db_factory, ON)

    with pytest.raises(ConnectionError):
        async with handoffs.hand_out.assigning(chat) as assigned:
            assert assigned is not None and assigned.username == "sari"
            raise ConnectionError("the session store went away")
    item = await handoffs.item(chat)
    assert item is not None and (item.state, item.assignee_id) == ("queued", None)
    assert await _auto_audits(db_factory) == []
    async with db_factory() as session:
        row = await session.get(StaffPresence, sari)
        assert row is not None and row.assigned_at is None
    assert await _give(handoffs.hand_out, chat) == "Sari"


async def test_hand_outs_at_once_never_exceed_the_cap(db_factory: Factory) -> None:
    """Three available staff with room for one more each, twelve waiting chats, each handed
    out twice at the same moment: three are assigned, one to each; the rest keep waiting."""
    staff = await _staff(db_factory, "sari", "budi", "ani")
    held = await _queue(db_factory, *(f"held{n}" for n in range(3)))
    handoffs = HandoffRepository(db_factory, ON)
    for handoff_id, staff_id in zip(held, staff, strict=True):
        assert await handoffs.take(handoff_id, staff_id, "crm:x")
    waiting = await _queue(db_factory, *(f"u{n}" for n in range(12)))
    presence = Presence(db_factory)
    for staff_id in staff:
        await presence.switch(staff_id, True)

    given = await asyncio.gather(*(_give(handoffs.hand_out, h) for h in waiting * 2))
    assert sorted(g for g in given if g is not None) == ["Ani", "Budi", "Sari"]
    items = await handoffs.open_items()
    assigned = [i for i in items if i.user_id.startswith("u") and i.state == "assigned"]
    assert sorted(i.assignee or "" for i in assigned) == ["Ani", "Budi", "Sari"]
    assert len([i for i in items if i.state == "queued"]) == 9
    assert len(await _auto_audits(db_factory)) == 3
