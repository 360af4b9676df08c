"""The "Kirim data tambahan" button typed instead of tapped (flows/ticket_reply.py): which
words are the button, and what happens with one, two or no tickets waiting (no I/O)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from flows import FlowContext, Message, ProgrammeConfig, respond
from flows.ticket_reply import asks_to_send
from flows.views import TicketView
from storage.sessions import Session
from tests.flows.drive import drive, tickets_known

FILED = datetime(2026, 3, 2, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    ["Kirim data tambahan", "kirim data", "mau kirim data tambahan", "aku mau kirim datanya",
     "Kirim data PRK-00000001", "kirim data tambahan dong kak", "Send more details"],
)  # fmt: skip
def test_the_label_or_a_close_variant_is_the_button(text: str) -> None:
    assert asks_to_send(Message(text=text))


@pytest.mark.parametrize(
    "text",
    ["kirim data ke siapa?", "data saya dikirim ke mana", "hapus data saya", "ga mau kirim data",
     "kirim ulang kode otp"],
)  # fmt: skip
def test_other_talk_of_data_is_no_button(text: str) -> None:
    assert not asks_to_send(Message(text=text))


def _ticket(reference: str, status: str = "waiting_user") -> TicketView:
    return TicketView(reference, "account_blocked", status, FILED, "Mohon kirim foto KTP.")


def _run(session: Session, text: str, tickets: list[TicketView]) -> list[Any]:
    steps = respond(session, Message(text=text), FlowContext(ProgrammeConfig()))
    return drive(steps, tickets_known(tickets)) or []


def test_two_tickets_waiting_are_asked_about() -> None:
    session = Session(turns=3)
    tickets = [_ticket("PRK-00000002"), _ticket("PRK-00000001"), _ticket("PRK-00000003", "open")]
    replies = _run(session, "kirim data tambahan", tickets)
    payloads = [b.payload for r in replies for b in r.buttons]
    assert payloads == ["ticket_reply:PRK-00000002", "ticket_reply:PRK-00000001", "menu"]
    assert "yang mana" in replies[0].text
    assert session.flow is None


def test_the_ticket_named_of_two_waiting_starts_the_flow() -> None:
    session = Session(turns=3)
    tickets = [_ticket("PRK-00000002"), _ticket("PRK-00000001")]
    replies = _run(session, "kirim data PRK-00000001", tickets)
    assert session.flow == "ticket_reply" and session.slots["reference"] == "PRK-00000001"
    assert "PRK-00000001" in replies[-1].text
