"""Re-probe 10, tickets, fraud and subscriptions (no I/O): a ticket whose category this code
does not know (older data, another system) still gets its status answered, with a generic
label; the words that ask how a report is going, for a ticket's number, to speed it up, to add
information; anger at the programme told from a third party's fraud; messages still coming
complained of. The conversations are in ``tests/conversations/tickets_re10.yml``."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows import (
    FlowContext,
    Message,
    ProgrammeConfig,
    respond,
    ticket_number_help,
    ticket_speed_up,
    ticket_status_asked,
)
from flows.complaint_topics import category_for
from flows.subscription_status import complains
from flows.ticket_add_info import adds_info
from flows.views import TicketView
from storage.sessions import Session
from tests.flows.drive import drive, tickets_known

FILED = datetime(2026, 3, 2, 10, tzinfo=UTC)


def _status(text: str, category: str, language: str = "id") -> str:
    ticket = TicketView("PRK-00000001", category, "in_progress", FILED, "Kami sedang cek")
    session = Session(turns=2, language=language)
    message = Message(text=text, intent="complaint_status", confidence=1.0)
    steps = respond(session, message, FlowContext(ProgrammeConfig()))
    replies = drive(steps, tickets_known([ticket])) or []
    return "\n".join(reply.text for reply in replies)


def test_a_ticket_of_an_unknown_category_gets_its_status() -> None:
    said = _status("gmn status aduan aku min", "incentive_not_received")
    assert "PRK-00000001 · Pengaduan · Sedang ditangani" in said
    assert "Kami sedang cek" in said


def test_in_english_too() -> None:
    said = _status("what's the status of my complaint", "legacy_other", "en")
    assert "PRK-00000001 · Complaint · In progress" in said


def test_a_known_category_keeps_its_label() -> None:
    assert "Insentif belum masuk/gagal" in _status("gmn status aduan aku min", "incentive")


@pytest.mark.parametrize(
    "text",
    ["min insentif aku blm masuk juga, laporan aku gimana", "tiketnya udah sampai mana",
     "gmn kabar pengaduan aku", "any update on my complaint", "pengaduan saya kemarin gimana ya"],
)  # fmt: skip
def test_how_a_report_is_going_is_asked(text: str) -> None:
    assert ticket_status_asked.asks(text)


@pytest.mark.parametrize(
    "text", ["bikin laporan gimana caranya", "laporan keuangan", "aku mau lapor", "insentif gmn"]
)
def test_filing_one_or_other_talk_is_not(text: str) -> None:
    assert not ticket_status_asked.asks(text)


@pytest.mark.parametrize(
    "text",
    ["aku ga tau nomor tiketnya", "lupa no tiket", "nomor pengaduan aku ilang",
     "nomor tiketnya dimana", "I don't know my ticket number", "where is my ticket number"],
)  # fmt: skip
def test_a_ticket_number_not_known_is_said(text: str) -> None:
    assert ticket_number_help.asks(text)


@pytest.mark.parametrize("text", ["cek status tiket aku dong", "nomor call center brp"])
def test_a_status_or_another_number_is_not(text: str) -> None:
    assert not ticket_number_help.asks(text)


@pytest.mark.parametrize(
    "text", ["bisa dipercepat ga", "tolong diprioritaskan", "cepetin dong", "can you speed it up"]
)
def test_speeding_up_is_asked(text: str) -> None:
    assert ticket_speed_up.asks(text)


def test_added_words_need_an_info_word_and_no_ticket_named() -> None:
    assert adds_info("aku mau tambahin info, dana aku udah upgrade kemarin")
    assert not adds_info("tambahan saldo pelatihan")
    assert not adds_info("mau tambah info")  # nothing added: ``asks_bare``
    assert not adds_info("tambah info ke tiket PRK-12345678: sudah upgrade")  # ``asks``


@pytest.mark.parametrize(
    ("text", "category"),
    [("udah 6x daftar ga lolos2 anjir prakerja penipu", "not_selected"),
     ("udah 6x daftar ga lolos2 anjir penipu", "not_selected"),
     ("ga pernah lolos, prakerja pembohong", "not_selected"),
     ("ga lolos2, ada yg nawarin joki penipu", "fraud"),
     ("uang aku ga pernah masuk, penipu", "incentive")],
)  # fmt: skip
def test_anger_at_the_programme_is_its_topic_a_third_party_is_fraud(
    text: str, category: str
) -> None:
    assert category_for(text) == category


def test_messages_still_coming_complained_of_is_not_a_question() -> None:
    assert complains("kok masih dikirim")
    assert complains("kenapa masih dapet pesan")
    assert not complains("yg penting2 masih dikirim ga?")
