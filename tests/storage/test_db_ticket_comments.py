"""A participant adds information to their own ticket still being worked on (SQLite and
PostgreSQL): an open or in-progress ticket keeps its status and its holder, and the words join
its history as the participant's, new to staff, and staff's latest message to them still shows
in their status check; a ticket waiting for them (the reply path), resolved, closed or someone
else's takes nothing."""

from __future__ import annotations

from storage.repositories.ticket_desk import TicketDeskRepository
from storage.repositories.ticket_replies import Unread
from storage.repositories.tickets import PARTICIPANT_REPLY, TicketRepository
from tests.storage.conftest import Factory
from tests.storage.test_db_crm import _staff
from tests.storage.test_db_ticket_desk import _file
from tests.storage.test_db_ticket_reopen import SOLVED, _moved
from tests.storage.test_db_ticket_replies import _reference

WORDS = "aku udah kirim email ke helpdesk juga"


async def test_an_open_ticket_takes_the_words_as_new_to_staff_its_status_kept(
    db_factory: Factory,
) -> None:
    tickets, desk = TicketRepository(db_factory), TicketDeskRepository(db_factory)
    ticket = await _file(db_factory, "u1")
    reference = await _reference(db_factory, ticket)

    added = await tickets.add_comment("webchat", "u1", reference.lower(), WORDS)
    assert added is not None and added.status == "open"
    comment = (await desk.history(ticket))[-1]
    assert (comment.kind, comment.old_status, comment.status, comment.note, comment.actor) == (
        PARTICIPANT_REPLY, None, None, WORDS, "webchat:user",
    )  # fmt: skip
    case = await desk.case(ticket)
    assert case is not None and case.ticket.status == "open"
    assert case.ticket.new_reply_at == comment.at
    assert await desk.unread() == Unread(1, 0)


async def test_an_in_progress_ticket_keeps_its_status_and_holder(db_factory: Factory) -> None:
    (sari,) = await _staff(db_factory, "sari")
    tickets, desk = TicketRepository(db_factory), TicketDeskRepository(db_factory)
    ticket = await _file(db_factory, "u1")
    reference = await _moved(db_factory, ticket, sari, "in_progress")

    added = await tickets.add_comment("webchat", "u1", reference, WORDS)
    assert added is not None and added.status == "in_progress"
    case = await desk.case(ticket)
    assert case is not None
    assert (case.ticket.status, case.ticket.assignee_id) == ("in_progress", sari)
    assert await desk.unread(sari) == Unread(1, 1)
    history = await desk.history(ticket)
    assert [e.note for e in history if e.kind == PARTICIPANT_REPLY] == [WORDS]


async def test_waiting_finished_or_anothers_ticket_takes_nothing(db_factory: Factory) -> None:
    (sari,) = await _staff(db_factory, "sari")
    tickets, desk = TicketRepository(db_factory), TicketDeskRepository(db_factory)
    moved = {}
    for user, status in (("u1", "waiting_user"), ("u2", "resolved"), ("u3", "closed")):
        ticket = await _file(db_factory, user)
        moved[user] = (ticket, await _moved(db_factory, ticket, sari, status))
    other = await _file(db_factory, "u4")

    for user, (ticket, reference) in moved.items():
        before = await desk.history(ticket)
        assert await tickets.add_comment("webchat", user, reference, WORDS) is None
        assert await desk.history(ticket) == before
    assert await tickets.add_comment("webchat", "u1", await _reference(db_factory, other),
                                     WORDS) is None  # fmt: skip
    assert await tickets.add_comment("webchat", "nobody", moved["u1"][1], WORDS) is None
    assert await desk.unread() == Unread(0, 0)


async def test_staffs_latest_message_still_shows_after_the_participant_adds_to_the_ticket(
    db_factory: Factory,
) -> None:
    (sari,) = await _staff(db_factory, "sari")
    tickets = TicketRepository(db_factory)
    ticket = await _file(db_factory, "u1")
    reference = await _moved(db_factory, ticket, sari, "in_progress")

    assert await tickets.add_comment("webchat", "u1", reference, WORDS) is not None
    (shown,) = await tickets.for_identity("webchat", "u1")
    assert (shown.status, shown.message) == ("in_progress", SOLVED)  # an addition answers nothing


async def test_an_addition_after_the_participant_answered_does_not_bring_back_the_request(
    db_factory: Factory,
) -> None:
    (sari,) = await _staff(db_factory, "sari")
    tickets = TicketRepository(db_factory)
    ticket = await _file(db_factory, "u1")
    reference = await _moved(db_factory, ticket, sari, "waiting_user")
    assert await tickets.add_reply("webchat", "u1", reference, "ini datanya") is not None

    assert await tickets.add_comment("webchat", "u1", reference, WORDS) is not None
    (shown,) = await tickets.for_identity("webchat", "u1")
    assert (shown.status, shown.message) == ("in_progress", None)  # the request was answered
