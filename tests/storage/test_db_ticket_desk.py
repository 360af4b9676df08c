"""The CRM's ticket desk in the database (SQLite and PostgreSQL): the list, take, status and
priority changes with a message, notes, the participant's reply, where a participant can be
told, and erasure of what the history says."""

from __future__ import annotations

import asyncio

import pytest
import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.models import ComplaintEvent, ComplaintTicket, TicketDelivery
from storage.repositories.deletion import ERASED_TEXT, DeletionRepository
from storage.repositories.handoffs import HandoffRepository
from storage.repositories.participants import ParticipantRepository
from storage.repositories.ticket_desk import Filters, Reach, TicketDeskRepository
from storage.repositories.ticket_moves import Change, MessageRequired, Refusal, Repeated
from storage.repositories.tickets import TicketRepository
from tests.storage.conftest import Factory
from tests.storage.test_db_crm import _staff
from tests.storage.test_db_tickets import NOW, _new

ASKED = "Mohon kirim nomor HP yang terdaftar."


async def _file(factory: Factory, user: str = "u1", category: str = "account_blocked") -> int:
    filed = await TicketRepository(factory).create("webchat", user, category, "Akun diblokir")
    async with factory() as session:
        found = await session.scalar(
            sa.select(ComplaintTicket.id).where(ComplaintTicket.reference == filed.reference)
        )
    assert found is not None
    return int(found)


async def test_the_list_filters_orders_and_pages(db_factory: Factory) -> None:
    (sari,) = await _staff(db_factory, "sari")
    desk = TicketDeskRepository(db_factory)
    ids = [await _file(db_factory, f"u{n}", ("incentive", "nik")[n % 2]) for n in range(5)]
    await desk.moves.take(ids[1], sari, "crm:sari")

    first = await desk.page(Filters(), 1, per_page=2)
    assert (first.page, first.pages, first.total) == (1, 3, 5)
    assert [t.id for t in first.items] == [ids[4], ids[3]]  # newest first
    assert [t.id for t in (await desk.page(Filters(), 9, per_page=2)).items] == [ids[0]]  # last
    oldest = await desk.page(Filters(oldest_first=True), 1, per_page=2)
    assert [t.id for t in oldest.items] == [ids[0], ids[1]]
    nik = await desk.page(Filters(category="nik"))
    assert [t.id for t in nik.items] == [ids[3], ids[1]]
    started = await desk.page(Filters(status="in_progress"))
    assert [(t.id, t.assignee) for t in started.items] == [(ids[1], "Sari")]
    assert [t.id for t in (await desk.page(Filters(assignee_id=sari))).items] == [ids[1]]
    assert (await desk.page(Filters(status="closed"))).total == 0
    with pytest.raises(ValueError):
        await desk.page(Filters(), per_page=0)


async def test_one_staff_member_takes_a_ticket_and_a_supervisor_may_take_it_over(
    db_factory: Factory,
) -> None:
    sari, budi = await _staff(db_factory, "sari", "budi")
    desk = TicketDeskRepository(db_factory)
    ticket = await _file(db_factory)

    raced = await asyncio.gather(
        desk.moves.take(ticket, sari, "crm:sari"), desk.moves.take(ticket, budi, "crm:budi")
    )
    won = [r for r in raced if isinstance(r, int)]
    lost = [r for r in raced if not isinstance(r, int)]
    assert len(won) == 1 and lost[0] in (Refusal.CHANGED, Refusal.HELD)  # one of two racing
    case = await desk.case(ticket)
    assert case is not None and case.ticket.status == "in_progress"
    holder = case.ticket.assignee_id
    other = budi if holder == sari else sari
    assert await desk.moves.take(ticket, holder or 0, "crm:holder") is None  # theirs already
    assert await desk.moves.take(ticket, other, "crm:other") is Refusal.HELD
    assert isinstance(await desk.moves.take(ticket, other, "crm:boss", supervising=True), int)
    case = await desk.case(ticket)
    assert case is not None and case.ticket.assignee_id == other
    events = await desk.history(ticket)
    assert [(e.kind, e.old_status, e.status) for e in events] == [
        ("created", None, "open"), ("assigned", "open", "in_progress"), ("assigned", None, None),
    ]  # fmt: skip
    assert await desk.moves.take(10_000, sari, "crm:sari") is Refusal.MISSING


async def test_a_change_records_old_and_new_status_its_author_and_the_message(
    db_factory: Factory,
) -> None:
    sari, budi = await _staff(db_factory, "sari", "budi")
    desk = TicketDeskRepository(db_factory)
    ticket = await _file(db_factory)
    moves = desk.moves
    await moves.take(ticket, sari, "crm:sari")

    asking = Change("waiting_user", "high", "in_progress", ASKED)
    assert await moves.change(ticket, budi, "crm:budi", asking, supervising=False) is (
        Refusal.NOT_HELD
    )
    with pytest.raises(MessageRequired):
        await moves.change(ticket, sari, "crm:sari", Change("resolved", "high", "in_progress"),
                           supervising=False)  # fmt: skip
    with pytest.raises(ValueError):
        await moves.change(ticket, sari, "crm:sari", Change("open", "normal", "in_progress"),
                           supervising=False)  # fmt: skip
    stale = Change("waiting_user", "high", "open", ASKED)
    assert await moves.change(ticket, sari, "crm:sari", stale, supervising=False) is (
        Refusal.CHANGED
    )
    event = await moves.change(ticket, sari, "crm:sari", asking, supervising=False)
    assert isinstance(event, int)
    await moves.set_delivery(event, TicketDelivery.SENT)
    same = Change("waiting_user", "high", "waiting_user")
    assert await moves.change(ticket, sari, "crm:sari", same, supervising=False) is (
        Refusal.NOTHING
    )
    closing = Change("closed", "high", "waiting_user")
    assert isinstance(await moves.change(ticket, budi, "crm:budi", closing, supervising=True), int)
    reopen = Change("in_progress", "high", "closed", "lagi")
    assert await moves.change(ticket, sari, "crm:sari", reopen, supervising=True) is (
        Refusal.CLOSED
    )
    assert await moves.take(ticket, budi, "crm:budi", supervising=True) is Refusal.CLOSED

    asked, closed = (await desk.history(ticket))[-2:]
    assert (asked.actor, asked.kind, asked.old_status, asked.status, asked.priority) == (
        "crm:sari", "status_changed", "in_progress", "waiting_user", "high",
    )  # fmt: skip
    assert (asked.note, asked.to_participant, asked.delivery) == (ASKED, True, "sent")
    assert (closed.actor, closed.old_status, closed.status, closed.priority) == (
        "crm:budi", "waiting_user", "closed", None,
    )  # fmt: skip
    assert (closed.note, closed.to_participant, closed.delivery) == (None, False, None)
    case = await desk.case(ticket)
    assert case is not None and (case.ticket.status, case.ticket.priority) == ("closed", "high")


async def test_notes_are_internal_and_a_message_alone_is_recorded(db_factory: Factory) -> None:
    (sari,) = await _staff(db_factory, "sari")
    desk = TicketDeskRepository(db_factory)
    ticket = await _file(db_factory)
    assert isinstance(await desk.moves.add_note(ticket, "crm:sari", "cek ke bank"), int)
    assert await desk.moves.add_note(10_000, "crm:sari", "x") is Refusal.MISSING
    with pytest.raises(ValueError):
        await desk.moves.add_note(ticket, "crm:sari", "")
    only = Change("open", "normal", "open", "Kami sedang mengecek.")
    told = await desk.moves.change(ticket, sari, "crm:sari", only, supervising=True)
    assert isinstance(told, int)
    note, message = (await desk.history(ticket))[-2:]
    assert (note.kind, note.note, note.to_participant, note.delivery) == (
        "note", "cek ke bank", False, None,
    )  # fmt: skip
    assert (message.kind, message.status, message.to_participant, message.delivery) == (
        "message", None, True, "pending",
    )  # fmt: skip
    filed = await TicketRepository(db_factory).for_identity("webchat", "u1")
    assert filed[0].message == "Kami sedang mengecek."  # the note never shows


async def test_the_participant_sees_staffs_message_and_replies_while_the_ticket_waits(
    db_factory: Factory,
) -> None:
    (sari,) = await _staff(db_factory, "sari")
    tickets, desk = TicketRepository(db_factory), TicketDeskRepository(db_factory)
    ticket = await _file(db_factory, "u1")
    await _file(db_factory, "stranger")
    (mine,) = await tickets.for_identity("webchat", "u1")
    assert await tickets.add_reply("webchat", "u1", mine.reference, "0812****7890") is None
    await desk.moves.take(ticket, sari, "crm:sari")
    asking = Change("waiting_user", "normal", "in_progress", ASKED)
    await desk.moves.change(ticket, sari, "crm:sari", asking, supervising=False)

    (mine,) = await tickets.for_identity("webchat", "u1", reference=mine.reference)
    assert (mine.status, mine.message) == ("waiting_user", ASKED)
    assert await tickets.add_reply("webchat", "stranger", mine.reference, "x") is None
    assert await tickets.add_reply("telegram", "u1", mine.reference, "x") is None
    replied = await tickets.add_reply("webchat", "u1", mine.reference.lower(), "0812****7890")
    assert replied is not None and replied.status == "in_progress"
    assert await tickets.add_reply("webchat", "u1", mine.reference, "again") is None  # once
    (mine,) = await tickets.for_identity("webchat", "u1")
    assert (mine.status, mine.message) == ("in_progress", None)  # answered: not shown again
    reply = (await desk.history(ticket))[-1]
    assert (reply.actor, reply.kind, reply.old_status, reply.status, reply.note) == (
        "webchat:user", "participant_reply", "waiting_user", "in_progress", "0812****7890",
    )  # fmt: skip


async def test_a_participant_is_told_in_the_chat_that_filed_or_their_latest_chat(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants, desk = ParticipantRepository(db_factory, cipher), TicketDeskRepository(db_factory)
    person = await participants.create(_new(), now=NOW)
    await participants.link_identity(person.id, "whatsapp", "6281234567890")
    ticket = await _file(db_factory, "visitor-1")
    await participants.link_identity(person.id, "webchat", "visitor-1")
    case = await desk.case(ticket)
    assert case is not None and case.reach == Reach("webchat", "visitor-1")
    assert "visitor-1" not in repr(case.reach)

    await participants.set_reachable("webchat", "visitor-1", False)  # the chat cannot receive
    case = await desk.case(ticket)
    assert case is not None and case.reach == Reach("whatsapp", "6281234567890")
    await participants.set_reachable("whatsapp", "6281234567890", False)
    case = await desk.case(ticket)
    assert case is not None and case.reach is None and case.participant_id is None  # filed first
    async with db_factory() as session, session.begin():
        session.add(ComplaintTicket(reference="PRK-00000042", category="nik", description="x"))
    orphan = (await desk.page(Filters(category="nik"))).items[0]
    case = await desk.case(orphan.id)
    assert case is not None and case.reach is None and case.participant_id is None
    assert await desk.case(10_000) is None


async def test_erasing_a_participant_erases_what_their_ticket_history_says(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    (sari,) = await _staff(db_factory, "sari")
    participants, desk = ParticipantRepository(db_factory, cipher), TicketDeskRepository(db_factory)
    tickets = TicketRepository(db_factory)
    person = await participants.create(_new(), now=NOW)
    await participants.link_identity(person.id, "webchat", "u1")
    ticket = await _file(db_factory, "u1")
    await desk.moves.take(ticket, sari, "crm:sari")
    asking = Change("waiting_user", "normal", "in_progress", ASKED)
    await desk.moves.change(ticket, sari, "crm:sari", asking, supervising=False)
    (mine,) = await tickets.for_identity("webchat", "u1")
    await tickets.add_reply("webchat", "u1", mine.reference, "nomor saya 0812****7890")

    assert await DeletionRepository(db_factory).anonymise(person.id, actor="crm:sari")

    async with db_factory() as session:
        notes = (
            await session.scalars(
                sa.select(ComplaintEvent.note).where(ComplaintEvent.note.is_not(None))
            )
        ).all()
    assert notes and set(notes) == {ERASED_TEXT}


async def _version(desk: TicketDeskRepository, ticket: int) -> int:
    case = await desk.case(ticket)
    assert case is not None
    return case.version


async def test_a_change_from_an_older_page_is_refused_even_when_the_status_came_back(
    db_factory: Factory,
) -> None:
    """The lost update: a supervisor's page showed Diproses; the agent asked for data with a
    high priority; the participant replied (Diproses again); the supervisor's stale "Selesai"
    must not be accepted, nor revert the agent's priority."""
    sari, boss = await _staff(db_factory, "sari", "boss")
    tickets, desk = TicketRepository(db_factory), TicketDeskRepository(db_factory)
    ticket = await _file(db_factory, "u1")
    await desk.moves.take(ticket, sari, "crm:sari")
    seen_by_boss = await _version(desk, ticket)
    asking = Change("waiting_user", "high", "in_progress", ASKED, await _version(desk, ticket))
    assert isinstance(
        await desk.moves.change(ticket, sari, "crm:sari", asking, supervising=False), int
    )
    (mine,) = await tickets.for_identity("webchat", "u1")
    assert await tickets.add_reply("webchat", "u1", mine.reference, "selesai 10-11-2026")

    stale = Change("resolved", "normal", "in_progress", "Sudah beres.", seen_by_boss)
    assert await desk.moves.change(ticket, boss, "crm:boss", stale, supervising=True) is (
        Refusal.CHANGED
    )
    only_words = Change("in_progress", "normal", "in_progress", "Kami cek.", seen_by_boss)
    assert await desk.moves.change(ticket, boss, "crm:boss", only_words, supervising=True) is (
        Refusal.CHANGED
    )  # a message alone from an old page would have set the priority back too
    case = await desk.case(ticket)
    assert case is not None and (case.ticket.status, case.ticket.priority) == (
        "in_progress", "high",
    )  # fmt: skip
    fresh = Change("resolved", "high", "in_progress", "Sudah beres.", case.version)
    assert isinstance(
        await desk.moves.change(ticket, boss, "crm:boss", fresh, supervising=True), int
    )


async def test_the_version_moves_with_every_change_but_not_with_a_note(db_factory: Factory) -> None:
    (sari,) = await _staff(db_factory, "sari")
    desk = TicketDeskRepository(db_factory)
    ticket = await _file(db_factory)
    filed = await _version(desk, ticket)
    await desk.moves.take(ticket, sari, "crm:sari")
    taken = await _version(desk, ticket)
    await desk.moves.add_note(ticket, "crm:budi", "cek ke bank")
    assert filed < taken == await _version(desk, ticket)  # a note changes nothing
    reprioritised = Change("in_progress", "urgent", "in_progress", None, taken)
    assert isinstance(
        await desk.moves.change(ticket, sari, "crm:sari", reprioritised, supervising=False), int
    )
    assert await _version(desk, ticket) > taken


async def test_the_same_change_posted_twice_is_made_once(db_factory: Factory) -> None:
    """A double click on "Simpan perubahan": the second post is the first one's, not a second
    message to the participant."""
    sari, budi = await _staff(db_factory, "sari", "budi")
    desk = TicketDeskRepository(db_factory)
    ticket = await _file(db_factory)
    await desk.moves.take(ticket, sari, "crm:sari")
    asking = Change("waiting_user", "high", "in_progress", ASKED, await _version(desk, ticket))
    raced = await asyncio.gather(
        desk.moves.change(ticket, sari, "crm:sari", asking, supervising=False),
        desk.moves.change(ticket, sari, "crm:sari", asking, supervising=False),
    )
    made = [r for r in raced if isinstance(r, int)]
    again = [r for r in raced if isinstance(r, Repeated)]
    assert len(made) == 1 and again == [Repeated(made[0], "pending")], raced
    await desk.moves.set_delivery(made[0], TicketDelivery.SENT)
    assert await desk.moves.change(ticket, sari, "crm:sari", asking, supervising=False) == (
        Repeated(made[0], "sent")
    )
    other = Change("waiting_user", "high", "in_progress", "Kirim foto KTP.", asking.seen_version)
    assert await desk.moves.change(ticket, sari, "crm:sari", other, supervising=False) is (
        Refusal.CHANGED
    )  # another message from the same old page is no repeat
    assert await desk.moves.change(ticket, budi, "crm:budi", asking, supervising=True) is (
        Refusal.CHANGED
    )  # nor the same words by someone else
    messages = [e for e in await desk.history(ticket) if e.to_participant]
    assert [e.note for e in messages] == [ASKED]


async def test_a_ticket_names_the_participants_latest_conversation(db_factory: Factory) -> None:
    desk = TicketDeskRepository(db_factory)
    ticket = await _file(db_factory, "u1")
    case = await desk.case(ticket)
    assert case is not None and case.handoff_id is None
    handoffs = HandoffRepository(db_factory)
    await handoffs.enqueue("webchat", "someone-else", "general", "agent", {})
    queued = await handoffs.enqueue("webchat", "u1", "general", "agent", {})
    case = await desk.case(ticket)
    assert case is not None and case.handoff_id == queued.id
