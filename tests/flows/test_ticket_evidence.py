"""Re-probe 12: evidence asked about or said to be sent, by whether the channel takes files
(``attachments.webchat``: ``FlowContext.webchat_attachments``) and by the files on record
(``TicketFiles``): no 📎 promised where no file can be sent, and "udh aku kirim" answered from
the ticket, not with how to tell."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from flows import FlowContext, Message, Outbound, ProgrammeConfig, Query, respond
from flows import queries as q
from flows.responses import text
from flows.views import TicketFileView, TicketView
from storage.sessions import Session
from tests.flows.drive import drive

NOW = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)  # Monday 10:00 WIB
REFERENCE = "PRK-12345678"
TICKET = TicketView(REFERENCE, "incentive", "in_progress", NOW - timedelta(days=1))
JPEG = TicketFileView("image/jpeg", NOW - timedelta(minutes=2))
PDF = TicketFileView("application/pdf", NOW - timedelta(minutes=1))
SAID_SENT = ["udh aku kirim", "sudah aku kirim filenya", "udah dikirim fotonya"]
ON, OFF = FlowContext(ProgrammeConfig()), FlowContext(ProgrammeConfig(), webchat_attachments=False)


def _answers(files: list[TicketFileView]) -> Any:
    def answer(query: Query) -> Any:
        if isinstance(query, q.MyTickets):
            return [TICKET]
        if isinstance(query, q.TicketFiles):
            assert query.reference == REFERENCE
            return list(files)
        return None

    return answer


def _say(
    session: Session, said: str, ctx: FlowContext, channel: str = "webchat",
    files: list[TicketFileView] | None = None,
) -> list[Outbound]:  # fmt: skip
    message = Message(text=said, channel=channel, at=NOW + timedelta(seconds=session.turns * 20))
    replies = drive(respond(session, message, ctx), _answers(files or [])) or []
    session.turns += 1
    return replies


def _text(replies: list[Outbound]) -> str:
    return "\n".join(reply.text for reply in replies)


def _titles(replies: list[Outbound]) -> list[str]:
    return [button.title for reply in replies for button in reply.buttons]


def test_the_web_chat_with_files_on_is_told_its_clip_button() -> None:
    replies = _say(Session(), "cara kirim screenshot ke tiket gimana?", ON)
    assert text("id", "ticket_evidence.way.webchat") in _text(replies)


def test_the_web_chat_with_files_off_is_told_to_describe_it_in_words() -> None:
    replies = _say(Session(), "cara kirim screenshot ke tiket gimana?", OFF)
    said = _text(replies)
    assert said.startswith(text("id", "ticket_evidence.how_in_words", reference=REFERENCE,
                                contact_centre="0800-150-3001"))  # fmt: skip
    assert "📎" not in said
    assert text("id", "ticket_reply.button") in _titles(replies)


@pytest.mark.parametrize("channel", ["telegram", "whatsapp"])
def test_a_chat_app_is_told_to_send_a_photo_whatever_the_web_chat_takes(channel: str) -> None:
    replies = _say(Session(), "cara kirim screenshot ke tiket gimana?", OFF, channel)
    assert text("id", "ticket_evidence.way.photo") in _text(replies)


def test_another_channel_is_not_told_of_the_web_chats_clip_button_when_it_is_off() -> None:
    said = _text(_say(Session(), "cara kirim screenshot ke tiket gimana?", OFF, "console"))
    assert text("id", "ticket_evidence.way.any_but_webchat") in said
    assert "tombol 📎" not in said


def test_a_ticket_needed_first_in_the_web_chat_with_files_off_says_so_in_words() -> None:
    session = Session()
    message = Message(text="cara kirim bukti ke pengaduan gmn", channel="webchat", at=NOW)
    replies = drive(respond(session, message, OFF), lambda query: [] if isinstance(
        query, q.MyTickets) else None) or []  # fmt: skip
    assert _text(replies).startswith(text("id", "ticket_evidence.no_ticket_in_words"))


@pytest.mark.parametrize(
    "said", ["udh aku kirim", "sudah aku kirim filenya", "udah dikirim fotonya"]
)
def test_a_file_said_sent_is_confirmed_from_the_ticket(said: str) -> None:
    session = Session()
    _say(session, "kirim screenshot nya gmn ke tiket", ON)
    replies = _say(session, said, ON, files=[JPEG, PDF])
    assert _text(replies) == text("id", "ticket_evidence.sent_kept", reference=REFERENCE,
                                  count=2, kinds="1 foto JPG, 1 PDF")  # fmt: skip
    assert text("id", "intents.complaint_status") in _titles(replies)


@pytest.mark.parametrize(
    "said", ["udh aku kirim", "sudah aku kirim filenya", "udah dikirim fotonya"]
)
def test_a_file_said_sent_that_did_not_arrive_is_said_so_with_how_to_send_it(said: str) -> None:
    session = Session()
    _say(session, "kirim screenshot nya gmn ke tiket", ON)
    said_back = _text(_say(session, said, ON))
    way = text("id", "ticket_evidence.way.webchat")
    assert said_back == text("id", "ticket_evidence.sent", reference=REFERENCE, way=way)


def test_a_file_said_sent_in_the_web_chat_with_files_off_is_told_to_describe_it() -> None:
    session = Session()
    _say(session, "kirim screenshot nya gmn ke tiket", OFF)
    replies = _say(session, "udh aku kirim", OFF)
    assert _text(replies) == text("id", "ticket_evidence.sent_in_words", reference=REFERENCE)
    assert text("id", "ticket_reply.button") in _titles(replies)


def test_the_photo_said_sent_with_an_open_ticket_is_answered_without_asking_first() -> None:
    replies = _say(Session(), "udah dikirim fotonya", ON, "telegram", files=[JPEG])
    assert _text(replies) == text("id", "ticket_evidence.sent_kept", reference=REFERENCE,
                                  count=1, kinds="1 foto JPG")  # fmt: skip
