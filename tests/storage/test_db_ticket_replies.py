"""The ticket desk notices a participant's reply (SQLite and PostgreSQL): a reply is new until
the staff member holding the ticket has seen it, or staff changed the ticket; the list marks,
filters, counts and puts first the tickets with a new reply; a second reply is new again;
the migration counts replies staff already acted on as seen; erasure still erases the reply."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.crypto import PersonalDataCipher
from storage.migrate import upgrade
from storage.models import ComplaintEvent, ComplaintTicket
from storage.repositories.deletion import ERASED_TEXT, DeletionRepository
from storage.repositories.participants import ParticipantRepository
from storage.repositories.ticket_desk import Filters, TicketDeskRepository
from storage.repositories.ticket_moves import Change
from storage.repositories.ticket_replies import Unread
from storage.repositories.tickets import PARTICIPANT_REPLY, TicketRepository
from tests.storage.conftest import Factory
from tests.storage.test_db_crm import _staff
from tests.storage.test_db_ticket_desk import ASKED, _file
from tests.storage.test_db_tickets import NOW, _new


async def _reference(factory: Factory, ticket: int) -> str:
    async with factory() as session:
        row = await session.get(ComplaintTicket, ticket)
    assert row is not None
    return row.reference


async def _ask_and_reply(
    factory: Factory, ticket: int, staff_id: int, user: str, text: str
) -> datetime:
    """Staff ask for data (waiting_user) and the participant sends it: the reply's time."""
    desk = TicketDeskRepository(factory)
    case = await desk.case(ticket)
    assert case is not None
    asking = Change("waiting_user", "normal", case.ticket.status, ASKED, case.version)
    moved = await desk.moves.change(ticket, staff_id, "crm:x", asking, supervising=True)
    assert isinstance(moved, int)
    reference = await _reference(factory, ticket)
    assert await TicketRepository(factory).add_reply("webchat", user, reference, text)
    reply = (await desk.history(ticket))[-1]
    assert reply.kind == PARTICIPANT_REPLY
    return reply.at


async def _new_at(desk: TicketDeskRepository, ticket: int) -> datetime | None:
    case = await desk.case(ticket)
    assert case is not None
    return case.ticket.new_reply_at


async def test_a_reply_is_new_until_its_holder_sees_it_and_a_second_reply_is_new_again(
    db_factory: Factory,
) -> None:
    sari, budi = await _staff(db_factory, "sari", "budi")
    desk = TicketDeskRepository(db_factory)
    ticket = await _file(db_factory, "u1")
    await _file(db_factory, "u2")
    await desk.moves.take(ticket, sari, "crm:sari")
    assert await desk.unread(sari) == Unread(0, 0)

    first = await _ask_and_reply(db_factory, ticket, sari, "u1", "0812****7890")
    assert await _new_at(desk, ticket) == first
    assert await desk.unread(sari) == Unread(1, 1)  # all, and those sari holds
    assert await desk.unread(budi) == Unread(1, 0)
    assert await desk.unread() == Unread(1, 0)
    assert [t.id for t in (await desk.page(Filters(new_replies=True))).items] == [ticket]
    assert (await desk.page(Filters(new_replies=True, assignee_id=budi))).total == 0
    assert [t.id for t in (await desk.page(Filters(new_replies=True, assignee_id=sari))).items] == [
        ticket
    ]

    assert not await desk.seen(ticket, budi, first)  # not budi's ticket: still new for sari
    assert await desk.unread(sari) == Unread(1, 1)
    assert await desk.seen(ticket, sari, first)
    assert not await desk.seen(ticket, sari, first)  # seen already: nothing to write
    assert await _new_at(desk, ticket) is None
    assert await desk.unread(sari) == Unread(0, 0)
    assert (await desk.page(Filters(new_replies=True))).total == 0
    case = await desk.case(ticket)
    assert case is not None and case.reply_seen_at == first

    second = await _ask_and_reply(db_factory, ticket, sari, "u1", "lahir 17-08-1995")
    assert second > first
    assert await _new_at(desk, ticket) == second  # new again
    assert await desk.unread(sari) == Unread(1, 1)
    assert not await desk.seen(ticket, sari, first)  # a page that showed only the first reply
    assert await _new_at(desk, ticket) == second
    assert await desk.seen(ticket, sari, second)
    assert await desk.unread(sari) == Unread(0, 0)


async def test_the_list_can_put_tickets_with_a_new_reply_first(db_factory: Factory) -> None:
    (sari,) = await _staff(db_factory, "sari")
    desk = TicketDeskRepository(db_factory)
    ids = [await _file(db_factory, f"u{n}") for n in range(4)]
    replied = await _ask_and_reply(db_factory, ids[1], sari, "u1", "data")  # nobody holds it
    assert not await desk.seen(ids[1], sari, replied)  # new until someone takes it and looks

    newest = await desk.page(Filters(), 1, per_page=2)
    assert [t.id for t in newest.items] == [ids[3], ids[2]]  # no reply first unless asked
    first = await desk.page(Filters(replies_first=True), 1, per_page=2)
    assert [t.id for t in first.items] == [ids[1], ids[3]]  # then newest first
    assert first.items[0].new_reply_at is not None and first.items[1].new_reply_at is None
    rest = await desk.page(Filters(replies_first=True), 2, per_page=2)
    assert [t.id for t in rest.items] == [ids[2], ids[0]]
    oldest = await desk.page(Filters(replies_first=True, oldest_first=True))
    assert [t.id for t in oldest.items] == [ids[1], ids[0], ids[2], ids[3]]

    await desk.moves.take(ids[1], sari, "crm:sari")
    assert await _new_at(desk, ids[1]) == replied
    assert await desk.seen(ids[1], sari, replied)
    after = await desk.page(Filters(replies_first=True))
    assert [t.id for t in after.items] == ids[::-1]  # seen: back in its place


async def test_a_change_marks_the_reply_seen_but_a_take_or_a_note_does_not(
    db_factory: Factory,
) -> None:
    sari, boss = await _staff(db_factory, "sari", "boss")
    desk = TicketDeskRepository(db_factory)
    ticket = await _file(db_factory, "u1")
    await desk.moves.take(ticket, sari, "crm:sari")
    replied = await _ask_and_reply(db_factory, ticket, sari, "u1", "data")

    assert isinstance(await desk.moves.add_note(ticket, "crm:boss", "cek ke bank"), int)
    assert isinstance(await desk.moves.take(ticket, boss, "crm:boss", supervising=True), int)
    assert await _new_at(desk, ticket) == replied  # noted and taken over: still new
    assert await desk.unread(boss) == Unread(1, 1)

    case = await desk.case(ticket)
    assert case is not None
    done = Change("resolved", "normal", "in_progress", "Sudah beres.", case.version)
    moved = await desk.moves.change(ticket, sari, "crm:sari", done, supervising=True)
    assert isinstance(moved, int)
    case = await desk.case(ticket)
    assert case is not None and case.ticket.new_reply_at is None
    assert case.reply_seen_at == replied  # the reply's time, not the change's
    assert case.ticket.updated_at > replied
    assert await desk.unread(boss) == Unread(0, 0)


async def test_a_change_on_a_ticket_nobody_replied_to_leaves_nothing_seen(
    db_factory: Factory,
) -> None:
    (sari,) = await _staff(db_factory, "sari")
    desk = TicketDeskRepository(db_factory)
    ticket = await _file(db_factory, "u1")
    await desk.moves.take(ticket, sari, "crm:sari")
    change = Change("in_progress", "high", "in_progress")
    moved = await desk.moves.change(ticket, sari, "crm:sari", change, supervising=False)
    assert isinstance(moved, int)
    case = await desk.case(ticket)
    assert case is not None and case.reply_seen_at is None and case.ticket.new_reply_at is None


async def test_erasure_still_erases_a_new_reply_and_leaves_only_its_time(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    (sari,) = await _staff(db_factory, "sari")
    participants, desk = ParticipantRepository(db_factory, cipher), TicketDeskRepository(db_factory)
    person = await participants.create(_new(), now=NOW)
    await participants.link_identity(person.id, "webchat", "u1")
    ticket = await _file(db_factory, "u1")
    await desk.moves.take(ticket, sari, "crm:sari")
    first = await _ask_and_reply(db_factory, ticket, sari, "u1", "nomor saya 0812****7890")
    assert await desk.seen(ticket, sari, first)
    await _ask_and_reply(db_factory, ticket, sari, "u1", "lahir 17-08-1995")

    assert await DeletionRepository(db_factory).anonymise(person.id, actor="crm:sari")

    replies = [e for e in await desk.history(ticket) if e.kind == PARTICIPANT_REPLY]
    assert [e.note for e in replies] == [ERASED_TEXT, ERASED_TEXT]
    async with db_factory() as session:
        row = await session.get(ComplaintTicket, ticket)
    assert row is not None and row.reply_seen_at == first  # a time, nothing they wrote
    assert await desk.unread(sari) == Unread(1, 1)  # staff still learn a reply came


async def test_the_migration_counts_replies_staff_acted_on_as_seen(db_engine: AsyncEngine) -> None:
    """Tickets replied to before the desk noticed replies: a reply followed by a staff entry
    (not a note) was acted on; one that is the ticket's latest entry is new."""
    await upgrade(db_engine, "0010")
    start = datetime(2026, 11, 30, 3, 0, tzinfo=NOW.tzinfo)
    tickets, events = ComplaintTicket.__table__, ComplaintEvent.__table__
    plan = {  # reference: its history after "created"
        "PRK-10000001": ["status_changed", PARTICIPANT_REPLY, "status_changed"],
        "PRK-10000002": ["status_changed", PARTICIPANT_REPLY, "note"],
        "PRK-10000003": ["status_changed", PARTICIPANT_REPLY, "message", PARTICIPANT_REPLY],
        "PRK-10000004": ["assigned"],
    }
    replied: dict[str, datetime] = {}
    async with db_engine.begin() as connection:
        for n, (reference, kinds) in enumerate(plan.items(), start=1):
            row = {"id": n, "reference": reference, "category": "nik", "description": "x",
                   "status": "in_progress", "priority": "normal", "created_at": start,
                   "updated_at": start}  # fmt: skip
            await connection.execute(sa.insert(tickets).values(row))
            for minutes, kind in enumerate(["created", *kinds]):
                at = start + timedelta(minutes=minutes)
                await connection.execute(
                    sa.insert(events).values(ticket_id=n, at=at, actor="crm:sari", kind=kind)
                )
                if kind == PARTICIPANT_REPLY:
                    replied[reference] = at

    await upgrade(db_engine)

    async with db_engine.connect() as connection:
        rows = await connection.execute(
            sa.select(tickets.c.reference, tickets.c.reply_seen_at).order_by(tickets.c.id)
        )
        seen = {reference: at for reference, at in rows}
    assert seen == {
        "PRK-10000001": replied["PRK-10000001"],  # staff moved it after the reply
        "PRK-10000002": None,  # only a note since: new
        "PRK-10000003": None,  # a second reply nobody acted on: new
        "PRK-10000004": None,  # no reply at all
    }
