"""Reopening a resolved ticket from the chat (flows/ticket_reopen_offer.py, ticket_reopen.py)
and a certificate's wait read after its answer (flows/certificate_wait.py): which words say
"not solved", which ticket is meant, the window, and the flow's reopen (no I/O)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from flows import FlowContext, Message, ProgrammeConfig, respond
from flows.certificate_wait import expected, waited
from flows.queries import MyTickets, Query, ReopenTicket, TicketQuery
from flows.runtime.machine import FlowTurn
from flows.ticket_reopen_offer import NOT_SOLVED, OFFER, offer
from flows.views import TicketView
from storage.sessions import Session
from tests.flows.drive import drive

NOW = datetime(2026, 3, 10, 3, 0, tzinfo=UTC)


def _ticket(reference: str, status: str = "resolved", category: str = "certificate",
            resolved_days: float = 3) -> TicketView:  # fmt: skip
    resolved = NOW - timedelta(days=resolved_days) if status == "resolved" else None
    return TicketView(reference, category, status, NOW - timedelta(days=30), None, resolved)


def _answer(tickets: list[TicketView], asked: list[Query], reopened: bool = True) -> Any:
    def answer(query: Query) -> Any:
        asked.append(query)
        if isinstance(query, MyTickets):
            return tickets
        if isinstance(query, TicketQuery):
            return next((t for t in tickets if t.reference == query.reference), None)
        return reopened if isinstance(query, ReopenTicket) else None

    return answer


def _offer(text: str, tickets: list[TicketView], days: int = 14) -> tuple[Any, Session]:
    session = Session(turns=2)
    ctx = FlowContext(ProgrammeConfig(ticket_reopen_days=days))
    turn = FlowTurn(session, Message(text=text, at=NOW), ctx)
    return drive(offer(turn), _answer(tickets, [])), session


@pytest.mark.parametrize(
    "text",
    ["masih belum beres", "belum kok, sertifikat masih ga muncul", "tiket PRK-123456 belum selesai",
     "blm kelar juga min", "masalahnya ga beres2", "it's still not fixed", "not solved yet"],
)  # fmt: skip
def test_these_say_the_problem_is_not_solved(text: str) -> None:
    assert NOT_SOLVED.search(text.lower())


@pytest.mark.parametrize(
    "text", ["udah beres, makasih", "sudah selesai kok", "kapan selesainya?", "sertifikat aku mana"]
)
def test_these_do_not(text: str) -> None:
    assert not NOT_SOLVED.search(text.lower())


def test_a_named_resolved_ticket_is_offered_to_reopen_with_the_words_kept() -> None:
    replies, session = _offer("tiket PRK-12345678 belum selesai", [_ticket("PRK-12345678")])
    (reply,) = replies
    assert [(b.payload, b.means) for b in reply.buttons] == [
        ("ticket_reopen:PRK-12345678", "yes"), ("menu", "no"),
    ]  # fmt: skip
    assert "PRK-12345678" in reply.text and "tiket PRK-12345678 belum selesai" in reply.text
    assert session.profile[OFFER]["reference"] == "PRK-12345678"


@pytest.mark.parametrize(
    ("days", "resolved_days", "reopens"),
    [(14, 13.9, True), (14, 14.1, False), (30, 20, True), (0, 0.1, False)],
)
def test_the_window_is_the_configured_days_after_resolving(
    days: int, resolved_days: float, reopens: bool
) -> None:
    ticket = _ticket("PRK-12345678", resolved_days=resolved_days)
    (reply,), _ = _offer("masih belum beres", [ticket], days)
    payloads = [b.payload for b in reply.buttons]
    assert ("ticket_reopen:PRK-12345678" in payloads) is reopens
    assert ("flow:complaints" in payloads) is not reopens
    assert (f"lebih dari {days} hari" in reply.text) is not reopens


def test_the_ticket_of_the_problem_named_is_meant_one_to_reopen_first() -> None:
    otp = _ticket("PRK-00000003", category="otp_login")
    assert _offer("sertifikat masih ga muncul", [otp])[0] is None  # another topic's ticket
    working = _ticket("PRK-00000004", status="in_progress")
    assert _offer("masih belum beres", [working])[0] is None  # staff are on it
    closed, resolved = _ticket("PRK-00000002", status="closed"), _ticket("PRK-00000001")
    (reply,), _ = _offer("masih belum beres", [closed, resolved])
    assert reply.buttons[0].payload == "ticket_reopen:PRK-00000001"
    assert _offer("masih belum beres", [])[0] is None


@pytest.mark.parametrize(
    ("text", "category"),
    [("sertifikat msh ga ada kak, katanya udh selesai", "certificate"),
     ("insentif msh blm masuk, tiketnya kok selesai", "incentive"),
     ("udh dicoba tp tetep gagal hubungin gopay", "payout_link")],
)  # fmt: skip
def test_a_topic_said_to_persist_offers_its_resolved_ticket(text: str, category: str) -> None:
    other = _ticket("PRK-00000009", category="otp_login")
    (reply,), _ = _offer(text, [other, _ticket("PRK-00000001", category=category)])
    assert reply.buttons[0].payload == "ticket_reopen:PRK-00000001"


def test_a_topic_said_to_persist_needs_the_topic_and_its_resolved_ticket() -> None:
    resolved = _ticket("PRK-00000001", category="incentive")
    assert _offer("insentif msh blm masuk", [])[0] is None  # a first question
    assert _offer("tiketnya kok selesai", [resolved])[0] is None  # no topic named
    assert _offer("insentif msh blm masuk, kapan ya", [resolved])[0] is None
    assert _offer("insentif msh blm masuk", [_ticket("PRK-00000002", category="certificate")]
                  )[0] is None  # fmt: skip
    closed = _ticket("PRK-00000003", status="closed", category="incentive")
    assert _offer("insentif msh blm masuk", [closed])[0] is None  # not marked resolved


def _tap(session: Session, message: Message, tickets: list[TicketView], reopened: bool = True
         ) -> tuple[list[Any], list[Query]]:  # fmt: skip
    asked: list[Query] = []
    steps = respond(session, message, FlowContext(ProgrammeConfig()))
    replies = drive(steps, _answer(tickets, asked, reopened))
    assert replies is not None
    return replies, asked


def test_a_stale_button_asks_for_the_words_then_reopens() -> None:
    session, tickets = Session(turns=2), [_ticket("PRK-12345678")]
    tapped = Message(payload="ticket_reopen:PRK-12345678", at=NOW)
    replies, _ = _tap(session, tapped, tickets)
    assert session.step == "words" and "PRK-12345678" in replies[-1].text
    said = Message(text="sertifikat masih belum ada, NIK 3273014508990003", at=NOW)
    replies, asked = _tap(session, said, tickets)
    (reopen,) = [q for q in asked if isinstance(q, ReopenTicket)]
    assert reopen.reference == "PRK-12345678" and "3273014508990003" not in reopen.text
    assert reopen.resolved_since == NOW - timedelta(days=14)
    assert session.flow is None and "buka lagi" in replies[-1].text


def test_the_offers_words_are_sent_and_a_ticket_moved_meanwhile_is_not_reopened() -> None:
    (reply,), session = _offer("masih belum beres", [_ticket("PRK-12345678")])
    tapped = Message(payload=reply.buttons[0].payload, at=NOW + timedelta(seconds=20))
    replies, asked = _tap(session, tapped, [_ticket("PRK-12345678")], reopened=False)
    (reopen,) = [q for q in asked if isinstance(q, ReopenTicket)]
    assert reopen.text == "masih belum beres"
    assert "tidak berstatus selesai" in replies[-1].text and OFFER not in session.profile


@pytest.mark.parametrize(
    ("text", "days"),
    [("udh 3 hari", 3), ("udah seminggu masih belum ada", 7), ("baru kemarin", 1),
     ("tadi pagi", 0), ("sudah 2 minggu", 14), ("makasih", None)],
)  # fmt: skip
def test_a_certificate_wait_is_read_in_days(text: str, days: int | None) -> None:
    assert waited(text, None, date(2025, 5, 6)) == days


@pytest.mark.parametrize(
    ("finished", "due"),
    [(date(2025, 5, 5), date(2025, 5, 6)), (date(2025, 5, 2), date(2025, 5, 5)),
     (date(2025, 5, 3), date(2025, 5, 5)), (date(2025, 5, 4), date(2025, 5, 5))],
)  # fmt: skip
def test_a_certificate_is_due_one_working_day_after_the_training(finished: date, due: date) -> None:
    assert expected(finished) == due
