"""A participant reopens their resolved ticket from the chat (SQLite and PostgreSQL): within
the window after it was resolved it goes back to staff with their words as a reply the CRM
marks new; a closed ticket, one resolved before the window, one never resolved or someone
else's is not reopened."""

from __future__ import annotations

from datetime import timedelta

import sqlalchemy as sa

from storage.models import ComplaintEvent, ComplaintTicket, utcnow
from storage.repositories.ticket_desk import TicketDeskRepository
from storage.repositories.ticket_moves import Change
from storage.repositories.ticket_replies import Unread
from storage.repositories.tickets import PARTICIPANT_REPLY, TicketRepository
from tests.storage.conftest import Factory
from tests.storage.test_db_crm import _staff
from tests.storage.test_db_ticket_desk import _file

SOLVED = "Sertifikatmu sudah terbit di dashboard."
WINDOW = timedelta(days=14)


async def _moved(factory: Factory, ticket: int, staff_id: int, status: str) -> str:
    """Staff take the ticket and move it to ``status`` with a message; its reference."""
    desk = TicketDeskRepository(factory)
    await desk.moves.take(ticket, staff_id, "crm:sari")
    case = await desk.case(ticket)
    assert case is not None
    change = Change(status, "normal", case.ticket.status, SOLVED, case.version)
    assert isinstance(await desk.moves.change(ticket, staff_id, "crm:sari", change,
                                              supervising=False), int)  # fmt: skip
    return case.ticket.reference


async def test_a_resolved_ticket_is_reopened_with_the_words_as_a_reply_staff_see_as_new(
    db_factory: Factory,
) -> None:
    (sari,) = await _staff(db_factory, "sari")
    tickets, desk = TicketRepository(db_factory), TicketDeskRepository(db_factory)
    ticket = await _file(db_factory, "u1", "certificate")
    reference = await _moved(db_factory, ticket, sari, "resolved")
    (shown,) = await tickets.for_identity("webchat", "u1")
    assert shown.status == "resolved" and shown.message == SOLVED
    assert shown.resolved_at is not None and utcnow() - shown.resolved_at < timedelta(minutes=1)
    assert await desk.unread(sari) == Unread(0, 0)

    since = utcnow() - WINDOW
    words = "masih belum muncul"
    reopened = await tickets.reopen("webchat", "u1", reference, words, resolved_since=since)
    assert reopened is not None and reopened.status == "in_progress"
    assert reopened.resolved_at is None
    reply = (await desk.history(ticket))[-1]
    assert (reply.kind, reply.old_status, reply.status, reply.note, reply.actor) == (
        PARTICIPANT_REPLY, "resolved", "in_progress", words, "webchat:user",
    )  # fmt: skip
    case = await desk.case(ticket)
    assert case is not None and case.ticket.assignee_id == sari  # back to whoever held it
    assert case.ticket.new_reply_at == reply.at
    assert await desk.unread(sari) == Unread(1, 1)
    (after,) = await tickets.for_identity("webchat", "u1")
    assert after.status == "in_progress" and after.message is None  # answered since
    again = await tickets.reopen("webchat", "u1", reference, "halo?", resolved_since=since)
    assert again is None  # not resolved any more


async def test_closed_long_resolved_unresolved_or_anothers_ticket_is_not_reopened(
    db_factory: Factory,
) -> None:
    (sari,) = await _staff(db_factory, "sari")
    tickets = TicketRepository(db_factory)
    old = await _file(db_factory, "u1", "certificate")
    old_reference = await _moved(db_factory, old, sari, "resolved")
    closed_reference = await _moved(db_factory, await _file(db_factory, "u1"), sari, "closed")
    waiting = await _file(db_factory, "u1")
    async with db_factory() as session:
        open_reference = await session.scalar(
            sa.select(ComplaintTicket.reference).where(ComplaintTicket.id == waiting)
        )
    assert open_reference is not None
    await _moved(db_factory, await _file(db_factory, "u2"), sari, "resolved")  # just now
    async with db_factory() as session, session.begin():  # the old one: resolved 30 days ago
        await session.execute(
            sa.update(ComplaintEvent)
            .where(ComplaintEvent.ticket_id == old, ComplaintEvent.status == "resolved")
            .values(at=utcnow() - timedelta(days=30))
        )
    since = utcnow() - WINDOW
    events = await _count_events(db_factory)

    for user, reference in (("u1", old_reference), ("u2", old_reference),
                            ("u1", closed_reference), ("u1", open_reference)):  # fmt: skip
        assert (
            await tickets.reopen("webchat", user, reference, "belum", resolved_since=since) is None
        )
    assert await _count_events(db_factory) == events
    (shown,) = await tickets.for_identity("webchat", "u1", reference=old_reference)
    assert shown.status == "resolved" and shown.resolved_at is not None
    assert utcnow() - shown.resolved_at > timedelta(days=29)

    longer = utcnow() - timedelta(days=60)  # a longer window takes it
    assert await tickets.reopen("webchat", "u1", old_reference, "belum", resolved_since=longer)


async def _count_events(factory: Factory) -> int:
    async with factory() as session:
        return int(await session.scalar(sa.select(sa.func.count(ComplaintEvent.id))) or 0)
