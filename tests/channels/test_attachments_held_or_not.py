"""The evidence desk's answer depends on who holds the chat, as its session says: a CRM agent
(a receipt saying the agent sees the file, no bot flow offered) or the bot; when the session
store cannot be reached, the bot's answer, as before. The transcript gets both sides, and a
transcript that cannot be written costs the participant no answer."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from sqlalchemy.exc import OperationalError

from bot.channels.attachments import Evidence, Media
from bot.runtime import Runtime
from storage.db import create_session_factory
from storage.errors import StoreUnavailable
from storage.keys import ConversationKey
from storage.repositories.attachments import AttachmentRepository
from storage.repositories.tickets import TicketRepository
from storage.repositories.transcript import TranscriptEntry
from storage.sessions import Session

USER = "55501"
KEY = ConversationKey("telegram", USER)
PDF = b"%PDF-1.7\n" + b"\x00" * 3000


class Sessions:
    def __init__(self, session: Session | None = None, *, away: bool = False) -> None:
        self.session = session
        self.away = away

    async def load(self, key: ConversationKey) -> Session | None:
        if self.away:
            raise StoreUnavailable("redis away")
        return self.session


class Transcript:
    def __init__(self, *, away: bool = False) -> None:
        self.written: list[tuple[ConversationKey, list[TranscriptEntry]]] = []
        self.away = away

    async def record(self, key: ConversationKey, messages: Sequence[TranscriptEntry]) -> None:
        if self.away:
            raise OperationalError("INSERT", {}, ConnectionError("database away"))
        self.written.append((key, list(messages)))


async def _pdf(limit: int) -> bytes:
    return PDF


def _desk(runtime: Runtime, sessions: Sessions, transcript: Transcript) -> Evidence:
    files = AttachmentRepository(create_session_factory(runtime.database), runtime.cipher)
    return Evidence(files, sessions, max_bytes=1024 * 1024, transcript=transcript)


async def _file_ticket(runtime: Runtime) -> str:
    factory = create_session_factory(runtime.database)
    await TicketRepository(factory).create("telegram", USER, "nik", "NIK saya dipakai orang")
    found = await AttachmentRepository(factory, runtime.cipher).open_ticket("telegram", USER)
    assert found is not None
    return found.reference


@pytest.mark.parametrize("away", [False, True])
async def test_without_a_holding_agent_or_a_session_store_the_bot_answers_as_before(
    runtime: Runtime, away: bool
) -> None:
    sessions = Sessions(Session(handoff="agent", language="en"), away=away)
    if not away:
        sessions.session = Session(handoff="queued")  # waiting for a person: the bot answers
    transcript = Transcript()
    desk = _desk(runtime, sessions, transcript)
    media = Media("application/pdf", len(PDF), None, _pdf)

    unfiled = await desk.receive("telegram", USER, media)
    assert unfiled.text.startswith("Aku belum menemukan pengaduan")
    assert "flow:complaints" in [b.payload for b in unfiled.buttons]
    reference = await _file_ticket(runtime)
    kept = await desk.receive("telegram", USER, media, message_id="m2")
    assert kept.text.startswith(f"Bukti sudah aku lampirkan ke tiket {reference}")
    [(_, first), (key, second)] = transcript.written
    assert key == KEY and [e.direction for e in first + second] == ["in", "out", "in", "out"]
    assert first[0].text == "[📎 file tidak disimpan: belum ada pengaduan yang berjalan]"
    assert second[0].text == f"[📎 PDF 2 KB dilampirkan ke tiket {reference}]"
    assert second[0].external_id == "m2" and second[1].text == kept.text


async def test_a_held_chat_in_english_gets_the_receipt_in_english(runtime: Runtime) -> None:
    reference = await _file_ticket(runtime)
    desk = _desk(runtime, Sessions(Session(handoff="agent", language="en")), Transcript())
    media = Media(None, None, "my receipt", _pdf)
    kept = await desk.receive("telegram", USER, media)
    assert kept.text == (
        f"I've attached your file to ticket {reference} 📎 The staff member helping you can see "
        "it right away. Your note has been added to that ticket too."
    )
    assert kept.buttons == ()


async def test_a_held_chat_still_filing_a_complaint_is_not_sent_back_to_the_bots_question(
    runtime: Runtime,
) -> None:
    """The complaint flow was left for a person: its question is not the bot's to repeat."""
    held = Session(handoff="agent", flow="complaints", step="story")
    desk = _desk(runtime, Sessions(held), Transcript())
    media = Media("image/png", 10, None, _pdf)
    answer = await desk.receive("telegram", USER, media)
    assert answer.text.startswith("File-nya sudah sampai, tapi belum aku simpan")
    assert answer.buttons == ()


async def test_a_transcript_that_cannot_be_written_costs_no_answer(runtime: Runtime) -> None:
    reference = await _file_ticket(runtime)
    desk = _desk(runtime, Sessions(), Transcript(away=True))
    media = Media("application/pdf", len(PDF), None, _pdf)
    kept = await desk.receive("telegram", USER, media)
    assert kept.text.startswith(f"Bukti sudah aku lampirkan ke tiket {reference}")
