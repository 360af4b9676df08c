"""Probe 9, tickets (no I/O): which words ask whether a ticket exists, how to send evidence, or
to add information; and which statements, typed long after staff's request, are offered as
the reply to it ("Ini jawaban untuk tiket ...?"). The conversations are in
``tests/conversations/tickets_probe9.yml``."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from flows import FlowContext, Message, ProgrammeConfig, respond
from flows.complaint_ticket_asides import asks_has_ticket
from flows.ticket_add_info import asks_bare
from flows.ticket_evidence import asks_how, said_sent
from flows.ticket_reply_typed import SHOWN
from flows.views import TicketView
from storage.sessions import Session
from tests.flows.drive import drive, tickets_known

NOW = datetime(2026, 3, 2, 10, tzinfo=UTC)


@pytest.mark.parametrize(
    "text",
    ["udh ada tiket ya?", "sudah ada tiketnya belum?", "bukannya aku udh bikin pengaduan",
     "tiketnya udah ada kan", "do I already have a ticket?", "aku kan udh pernah komplain?"],
)  # fmt: skip
def test_a_ticket_said_to_exist_is_asked_about(text: str) -> None:
    assert asks_has_ticket(text)


@pytest.mark.parametrize(
    "text",
    ["aku udh bikin tiket tapi ga ditanggapi sama sekali dari minggu lalu", "ada tiket?",
     "sertifikat blm keluar", "udah kok", "aku udah komplain ke lpk tapi blm dibalas?",
     "udh lapor ke lembaga, terus gmn?"],
)  # fmt: skip
def test_a_story_or_another_question_is_not(text: str) -> None:
    assert not asks_has_ticket(text)


@pytest.mark.parametrize(
    "text",
    ["kirim screenshot nya gmn", "cara lampirin bukti ke tiket", "can I send a photo?",
     "upload ss dimana", "aku mau kirim bukti"],
)  # fmt: skip
def test_how_to_send_evidence_is_asked(text: str) -> None:
    assert asks_how(text.lower())


@pytest.mark.parametrize(
    "text", ["kirim ulang kode otp", "screenshot nya udah ada", "cara daftar gmn", "bukti apa?"]
)
def test_other_talk_of_sending_is_not(text: str) -> None:
    assert not asks_how(text.lower())


@pytest.mark.parametrize(
    "text",
    ["udh aku kirim", "sudah terkirim", "udah kukirim kok", "i sent it", "udh kirim fotonya tadi"],
)
def test_a_file_said_to_be_sent(text: str) -> None:
    assert said_sent(text)


@pytest.mark.parametrize("text", ["udah kirim ulang otp 5x", "sudah kirim email ke helpdesk"])
def test_something_else_said_to_be_sent_is_not_the_file(text: str) -> None:
    assert not said_sent(text)


@pytest.mark.parametrize(
    ("text", "bare"),
    [("mau tambah info", True), ("aku mau nambahin keterangan aja", True),
     ("mau komplain", False), ("mau tambah info: lembaganya tutup", False), ("insentif", False)],
)  # fmt: skip
def test_adding_information_asked_and_nothing_else(text: str, bare: bool) -> None:
    assert asks_bare(text) is bare


def _ticket(category: str, message: str, reference: str = "PRK-00000001") -> TicketView:
    return TicketView(reference, category, "waiting_user", NOW - timedelta(days=2), message)


def _run(session: Session, text: str, tickets: list[TicketView]) -> list[Any]:
    steps = respond(session, Message(text=text, at=NOW), FlowContext(ProgrammeConfig()))
    return drive(steps, tickets_known(tickets)) or []


def _offered(replies: list[Any]) -> bool:
    return any("Ini jawaban untuk tiket PRK-00000001?" in r.text for r in replies)


def test_an_e_wallet_named_answers_a_waiting_incentive_ticket_whatever_staff_wrote() -> None:
    ticket = _ticket("incentive", "Mohon konfirmasi datamu, ya.")
    assert _offered(_run(Session(turns=2), "ewallet aku DANA", [ticket]))


def test_a_statement_about_another_topic_is_not_offered_as_the_reply() -> None:
    ticket = _ticket("account_blocked", "Mohon jelaskan kapan akun mulai diblokir")
    assert not _offered(_run(Session(turns=2), "ewallet aku DANA", [ticket]))


def test_a_question_about_the_topic_is_not_offered_as_the_reply() -> None:
    ticket = _ticket("account_blocked", "Mohon jelaskan kapan akun mulai diblokir")
    assert not _offered(_run(Session(turns=2), "akun aku diblokir kenapa ya?", [ticket]))


def test_a_statement_naming_nothing_answers_the_ticket_shown_long_ago() -> None:
    session = Session(turns=5)
    long_ago = (NOW - timedelta(hours=5)).timestamp()
    session.profile[SHOWN] = {"references": ["PRK-00000001"], "at": long_ago}
    ticket = _ticket("account_blocked", "Mohon jelaskan kapan akun mulai diblokir")
    replies = _run(session, "dari tanggal 20 november kemarin", [ticket])
    assert _offered(replies)
    assert not _offered(_run(Session(turns=5), "dari tanggal 20 november kemarin", [ticket]))
