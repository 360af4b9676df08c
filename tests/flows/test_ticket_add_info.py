"""Information added to a ticket, asked for in words (flows/ticket_add_info.py): the ticket
named gets the words through the confirm-then-send steps as a comment, several are asked
about, a resolved one takes the reopen path (no I/O)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from flows import FlowContext, Message, ProgrammeConfig, respond
from flows.queries import MyTickets, TicketQuery, TicketReply
from flows.ticket_add_info import asks, said_in
from flows.views import TicketView
from storage.sessions import Session

FILED = datetime(2026, 3, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    ["tambah info ke tiket PRK-12345678", "mau nambahin keterangan di pengaduan aku",
     "mau nambahin info ke tiket tadi, ternyata mereka udh tutup", "add more info to my ticket"],
)  # fmt: skip
def test_adding_to_a_ticket_is_asked(text: str) -> None:
    assert asks(text)


@pytest.mark.parametrize(
    "text", ["tambahan saldo pelatihan", "aku lupa bilang, aku udah email", "tiket aku gimana"]
)
def test_other_talk_is_no_adding(text: str) -> None:
    assert not asks(text)


def test_what_follows_the_request_is_what_is_added() -> None:
    assert said_in("mau nambahin info ke tiket tadi, ternyata mereka udh tutup") == (
        "ternyata mereka udh tutup"
    )
    assert said_in("tambah info ke tiket PRK-12345678") is None
    assert said_in("aku lupa bilang, aku udah email") == "aku lupa bilang, aku udah email"


def _ticket(reference: str, status: str) -> TicketView:
    return TicketView(reference, "account_blocked", status, FILED, None, None)


def _run(
    session: Session, message: Message, tickets: list[TicketView], sent: list[TicketReply]
) -> list[Any]:
    steps = respond(session, message, FlowContext(ProgrammeConfig()))
    answer: Any = None
    try:
        while True:
            query = steps.send(answer)
            if isinstance(query, MyTickets):
                answer = tickets
            elif isinstance(query, TicketQuery):
                answer = next((t for t in tickets if t.reference == query.reference), None)
            elif isinstance(query, TicketReply):
                sent.append(query)
                answer = True
            else:
                answer = None
    except StopIteration as done:
        replies: list[Any] = done.value
        return replies


def test_the_ticket_named_takes_the_words_as_a_comment() -> None:
    session, sent = Session(turns=3), list[TicketReply]()
    tickets = [_ticket("PRK-00000002", "open"), _ticket("PRK-00000001", "in_progress")]
    text = "tambah info ke tiket PRK-00000001: lembaganya sudah tutup"
    replies = _run(session, Message(text=text), tickets, sent)
    assert session.flow == "ticket_reply" and session.step == "confirm"
    assert '"lembaganya sudah tutup"' in replies[-1].text
    _run(session, Message(payload="opt:send"), tickets, sent)
    assert [(q.reference, q.text, q.comment) for q in sent] == [
        ("PRK-00000001", "lembaganya sudah tutup", True)
    ]
    assert session.flow is None


def test_several_tickets_worked_on_are_asked_about() -> None:
    session = Session(turns=3)
    tickets = [_ticket("PRK-00000002", "open"), _ticket("PRK-00000001", "waiting_user"),
               _ticket("PRK-00000003", "resolved")]  # fmt: skip
    replies = _run(session, Message(text="mau nambahin keterangan di pengaduan aku"), tickets, [])
    payloads = [b.payload for r in replies for b in r.buttons]
    assert payloads == ["ticket_reply:PRK-00000002:add", "ticket_reply:PRK-00000001:add", "menu"]
    assert session.flow is None


def test_a_waiting_ticket_chosen_takes_the_words_as_its_reply() -> None:
    session, sent = Session(turns=3), list[TicketReply]()
    tickets = [_ticket("PRK-00000001", "waiting_user")]
    _run(session, Message(payload="ticket_reply:PRK-00000001:add"), tickets, sent)
    _run(session, Message(text="nama e-wallet aku DANA"), tickets, sent)
    _run(session, Message(payload="opt:send"), tickets, sent)
    assert [(q.reference, q.comment) for q in sent] == [("PRK-00000001", False)]


def test_a_finished_ticket_picked_up_after_the_check_is_not_open() -> None:
    session, sent = Session(turns=3), list[TicketReply]()
    tickets = [_ticket("PRK-00000001", "closed")]
    replies = _run(session, Message(payload="ticket_reply:PRK-00000001:add"), tickets, sent)
    assert "sudah tidak diproses lagi" in replies[-1].text and not sent
