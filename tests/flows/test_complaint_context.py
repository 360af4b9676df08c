"""Re-probe 12: a complaint story that says the tips were all tried goes on without them
(``complaint_context.tried_all``), also when its category is tapped after the story."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from flows import FlowContext, Message, Outbound, ProgrammeConfig, Query
from flows.complaint_context import tried_all
from flows.responses import text
from storage.sessions import Session
from tests.flows.drive import turn_replies

CTX = FlowContext(ProgrammeConfig())
AT = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)  # Monday 10:00 WIB


@pytest.mark.parametrize(
    "said",
    [
        "udah coba semua cara",
        "sudah ganti foto KTP berkali-kali tetap gagal",
        "udah saya coba semua tipsnya",
        "semua cara udah aku coba tetep ga bisa",
        "udah berkali-kali foto ulang",
        "udah 10x coba",
        "udh ikutin tipsnya",
        "foto ulang berkali kali tetep ditolak",
        "I've tried everything",
        "already tried all the tips",
    ],
)
def test_tried_all_reads_the_tips_tried(said: str) -> None:
    assert tried_all(said)


@pytest.mark.parametrize(
    "said",
    [
        "verifikasi wajah gagal terus",
        "udah 2 bulan belum masuk",
        "udah daftar berkali-kali ga lolos",
        "mau coba lagi",
        "udah upload ktp tapi ditolak",
        "mau ganti semua data",
        "foto ktp gagal terus, udah aku coba berkali kali tetep gagal, aku harus gimana ya kak",
    ],
)
def test_tried_all_needs_the_tips_tried(said: str) -> None:
    assert not tried_all(said)


def _answer(query: Query) -> Any:
    return [] if type(query).__name__ == "MyTickets" else None


def _turn(session: Session, message: Message) -> list[Outbound]:
    replies = turn_replies(session, message, _answer, CTX)
    session.turns += 1  # after the turn, as the engine counts and stamps it
    session.last_activity = message.at.timestamp()
    return replies


def _said(replies: list[Outbound]) -> str:
    return "\n".join(reply.text for reply in replies)


def test_tips_tried_told_before_the_category_is_tapped_are_not_shown() -> None:
    session = Session()
    story = "gagal mulu dari kemarin, udah saya coba semua tipsnya"  # no category named
    asked = _turn(session, Message(text=story, intent="complaint", confidence=0.97, at=AT))
    assert text("id", "complaints.category.ask") in _said(asked)
    face = text("id", "complaints.category.options.ktp_face")
    button = next(b for reply in asked for b in reply.buttons if b.title == face)
    said = _said(_turn(session, Message(payload=button.payload, at=AT + timedelta(seconds=20))))
    assert text("id", "complaints.fix_tried") in said
    assert text("id", "complaints.fixes.ktp_face") not in said
