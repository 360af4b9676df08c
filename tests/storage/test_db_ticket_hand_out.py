"""Complaint tickets assigned automatically (``crm.ticket_auto_assign``; SQLite and PostgreSQL):
a new ticket goes to the available staff member (switch on, seen lately, an active account in
an allowed role) holding the fewest open tickets under the cap, equals in turn, then the lowest
id; recorded as a take by "auto:<username>" and in the audit log. Nobody with room: it waits,
and waiting tickets go out (most urgent, then oldest) when room appears. Tickets filed or
handed out at the same moment never give anyone more than the cap."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import sqlalchemy as sa

from storage.models import (
    AuditLog,
    ComplaintEvent,
    ComplaintTicket,
    StaffPresence,
    StaffUser,
    utcnow,
)
from storage.repositories.staff_presence import Presence
from storage.repositories.ticket_hand_out import (
    AUDIT_ACTOR,
    TicketAutoAssign,
    TicketHandOut,
)
from storage.repositories.ticket_moves import Change, TicketMoves
from storage.repositories.tickets import TicketRepository
from tests.storage.conftest import Factory

ON = TicketAutoAssign(enabled=True, max_open_per_agent=2)


async def _staff(factory: Factory, *names: str, role: str = "agent") -> list[int]:
    """Staff members, each with "Tersedia" switched on (seen now)."""
    async with factory() as session, session.begin():
        rows = [
            StaffUser(username=n, display_name=n.title(), role=role, password_hash="x")
            for n in names
        ]
        session.add_all(rows)
        await session.flush()
        ids = [row.id for row in rows]
    for staff_id in ids:
        await Presence(factory).switch(staff_id, True)
    return ids


async def _file(
    factory: Factory, user: str, rule: TicketAutoAssign = ON, priority: str = "normal"
) -> int:
    tickets = TicketRepository(factory, TicketHandOut(factory, rule))
    filed = await tickets.create("webchat", user, "nik", "NIK dipakai", priority=priority)
    async with factory() as session:
        found = await session.scalar(
            sa.select(ComplaintTicket.id).where(ComplaintTicket.reference == filed.reference)
        )
    assert found is not None
    return int(found)


async def _holders(factory: Factory) -> dict[int, tuple[str, str | None]]:
    """Per ticket, its status and the username holding it."""
    async with factory() as session:
        rows = await session.execute(
            sa.select(ComplaintTicket.id, ComplaintTicket.status, StaffUser.username)
            .outerjoin(StaffUser, StaffUser.id == ComplaintTicket.assignee_id)
            .order_by(ComplaintTicket.id)
        )
        return {int(i): (status, who) for i, status, who in rows.all()}


async def _resolve(factory: Factory, ticket_id: int, staff_id: int) -> None:
    done = Change("resolved", "normal", "in_progress", "Sudah diperbaiki.")
    moved = await TicketMoves(factory).change(ticket_id, staff_id, "crm:x", done, supervising=True)
    assert isinstance(moved, int)


async def test_a_new_ticket_goes_to_the_least_loaded_available_staff_member(
    db_factory: Factory,
) -> None:
    await _staff(db_factory, "sari", "budi")
    (ani,) = await _staff(db_factory, "ani")
    await Presence(db_factory).switch(ani, False)  # switched off: never chosen
    (old,) = await _staff(db_factory, "lama")
    async with db_factory.begin() as session:  # switched on, but not seen for an hour
        row = await session.get(StaffPresence, old)
        assert row is not None
        row.seen_at = utcnow() - timedelta(hours=1)

    first = await _file(db_factory, "u1")
    second = await _file(db_factory, "u2")
    third = await _file(db_factory, "u3")
    # equal loads: the lowest id, then the one longest without an automatic assignment
    assert await _holders(db_factory) == {
        first: ("in_progress", "sari"), second: ("in_progress", "budi"),
        third: ("in_progress", "sari"),
    }  # fmt: skip

    async with db_factory() as session:
        events = (
            await session.execute(
                sa.select(ComplaintEvent.kind, ComplaintEvent.actor, ComplaintEvent.status)
                .where(ComplaintEvent.ticket_id == first)
                .order_by(ComplaintEvent.id)
            )
        ).all()
        audits = (
            await session.execute(
                sa.select(AuditLog.subject, AuditLog.detail).where(AuditLog.actor == AUDIT_ACTOR)
            )
        ).all()
    assert [tuple(e) for e in events] == [
        ("created", "webchat:user", "open"), ("assigned", "auto:sari", "in_progress"),
    ]  # fmt: skip
    assert [a[0] for a in audits] == [f"ticket:{t}" for t in (first, second, third)]
    assert audits[0][1] == {"staff": "sari"}


async def test_off_roles_and_inactive_accounts_are_respected(db_factory: Factory) -> None:
    await _staff(db_factory, "boss", role="admin")
    (gone,) = await _staff(db_factory, "gone")
    async with db_factory.begin() as session:
        await session.execute(sa.update(StaffUser).where(StaffUser.id == gone).values(active=False))

    off = await _file(db_factory, "u1", TicketAutoAssign())  # the default: off
    agents_only = TicketAutoAssign(enabled=True, roles=frozenset({"agent", "supervisor"}))
    not_admin = await _file(db_factory, "u2", agents_only)
    admin = await _file(db_factory, "u3")
    assert await _holders(db_factory) == {
        off: ("open", None), not_admin: ("open", None), admin: ("in_progress", "boss"),
    }  # fmt: skip


async def test_nobody_with_room_it_waits_and_goes_out_most_urgent_then_oldest(
    db_factory: Factory,
) -> None:
    (sari,) = await _staff(db_factory, "sari")
    held = [await _file(db_factory, f"h{n}") for n in range(2)]  # Sari is at the cap of 2
    waiting_low = await _file(db_factory, "w1", priority="low")
    waiting_old = await _file(db_factory, "w2")
    waiting_urgent = await _file(db_factory, "w3", priority="urgent")
    hand_out = TicketHandOut(db_factory, ON)
    assert await hand_out.hand_out() == []  # still no room
    assert await TicketHandOut(db_factory).hand_out() == []  # off

    await _resolve(db_factory, held[0], sari)  # one place
    (given,) = await hand_out.hand_out()
    assert (given.ticket_id, given.username) == (waiting_urgent, "sari")

    async with db_factory.begin() as session:  # waiting for the participant: not counted
        await session.execute(
            sa.update(ComplaintTicket)
            .where(ComplaintTicket.id == held[1])
            .values(status="waiting_user")
        )
    assert [g.ticket_id for g in await hand_out.hand_out()] == [waiting_old]
    await _resolve(db_factory, waiting_urgent, sari)
    assert [g.ticket_id for g in await hand_out.hand_out()] == [waiting_low]
    holders = await _holders(db_factory)
    assert {t: holders[t] for t in (waiting_low, waiting_old)} == {
        waiting_low: ("in_progress", "sari"), waiting_old: ("in_progress", "sari"),
    }  # fmt: skip


async def test_tickets_at_once_never_exceed_the_cap(db_factory: Factory) -> None:
    """Three available staff with room for two each; twelve tickets filed at the same moment,
    then the waiting ones handed out twice at once: six are assigned, two to each."""
    await _staff(db_factory, "sari", "budi", "ani")
    await asyncio.gather(*(_file(db_factory, f"u{n}") for n in range(12)))
    hand_out = TicketHandOut(db_factory, ON)
    await asyncio.gather(hand_out.hand_out(), hand_out.hand_out())

    holders = await _holders(db_factory)
    held = sorted(who for _, who in holders.values() if who is not None)
    assert held == ["ani", "ani", "budi", "budi", "sari", "sari"]
    assert sum(1 for status, who in holders.values() if (status, who) == ("open", None)) == 6
    async with db_factory() as session:
        audits = await session.scalar(
            sa.select(sa.func.count(AuditLog.id)).where(AuditLog.actor == AUDIT_ACTOR)
        )
    assert audits == 6


async def test_waiting_tickets_handed_out_at_once_go_to_one_person_each(
    db_factory: Factory,
) -> None:
    """Filed while nobody was available; two staff switch on and hand-outs run at once."""
    waiting = [await _file(db_factory, f"u{n}") for n in range(6)]
    await _staff(db_factory, "sari", "budi")
    hand_out = TicketHandOut(db_factory, ON)
    runs = await asyncio.gather(*(hand_out.hand_out() for _ in range(3)))

    given = [g.ticket_id for run in runs for g in run]
    assert sorted(given) == waiting[:4]  # the oldest four, each once
    holders = await _holders(db_factory)
    assert sorted(holders[t][1] or "" for t in waiting[:4]) == ["budi", "budi", "sari", "sari"]
    assert [holders[t] for t in waiting[4:]] == [("open", None), ("open", None)]
