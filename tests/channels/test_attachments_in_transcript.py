"""A file sent on Telegram is in the chat's transcript, as CRM staff read it in the console:
the participant's side as a placeholder (the caption masked) linked to the ticket page, and the
bot's answer. While an agent holds the chat, the file still goes onto the ticket and the
participant still gets a short receipt."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import httpx

from bot.runtime import Runtime
from crm.pages import conversation
from crm.transcript_view import messages
from flows import Inbound
from storage.db import create_session_factory
from storage.keys import ConversationKey
from storage.repositories.attachments import AttachmentRepository, OpenTicket
from storage.repositories.handoffs import HandoffItem
from storage.repositories.staff import StaffRecord, StaffRepository
from storage.repositories.tickets import TicketRepository
from storage.repositories.transcript import TranscriptEntry
from tests.channels import payloads
from tests.channels.conftest import post_telegram
from tests.channels.fake_telegram import FakeTelegram

USER = str(payloads.TELEGRAM_USER)
KEY = ConversationKey("telegram", USER)
LARGEST = "AgACAgUAAxkBAAIBf3"  # the largest size of the photo in payloads/telegram/photo.json
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
ON_DUTY = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # Monday 10:00 WIB
HELD_RECEIPT = "Petugas yang sedang membantumu bisa langsung melihatnya."


async def _ticket(runtime: Runtime) -> OpenTicket:
    factory = create_session_factory(runtime.database)
    await TicketRepository(factory).create("telegram", USER, "nik", "NIK saya dipakai orang")
    found = await AttachmentRepository(factory, runtime.cipher).open_ticket("telegram", USER)
    assert found is not None
    return found


def _photo(caption: str | None, update_id: int = 870003001) -> dict[str, Any]:
    update = payloads.telegram("photo", update_id)
    # sent after what was recorded before it (the platform's time is in whole seconds)
    update["message"]["date"] = int(time.time()) + 1
    if caption is None:
        del update["message"]["caption"]
    else:
        update["message"]["caption"] = caption
    return update


async def _held(runtime: Runtime) -> tuple[HandoffItem, StaffRecord]:
    """The participant asked for a person, and agent1 took the chat over."""
    ask = Inbound("telegram", USER, "m1", text="mau bicara dengan petugas")
    await runtime.engine.handle(replace(ask, timestamp=ON_DUTY))
    assert runtime.crm is not None
    agent = await StaffRepository(create_session_factory(runtime.database)).by_username("agent1")
    assert agent is not None
    (item,) = [i for i in await runtime.crm.console.queue() if i.user_id == USER]
    assert await runtime.crm.console.take(item.id, agent)
    session = await runtime.sessions.load(KEY)
    assert session is not None and session.handoff == "agent"
    return item, agent


async def _history(runtime: Runtime, handoff_id: int) -> list[TranscriptEntry]:
    await runtime.transcript.flush()
    assert runtime.crm is not None
    found = await runtime.crm.console.conversation(handoff_id)
    assert found is not None
    return found[1]


async def test_a_file_and_the_bots_answer_are_in_the_transcript_the_console_shows(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    ticket = await _ticket(runtime)
    fake_telegram.files[LARGEST] = PNG
    update = _photo("ini ss nya min, NIK 3273014508990003")
    for _ in range(2):  # delivered twice: recorded once
        assert (await post_telegram(client, update)).status_code == 200
    await runtime.channels.idle()
    [sent] = fake_telegram.sent_texts()
    item, agent = await _held(runtime)  # so that the console shows the conversation

    history = await _history(runtime, item.id)
    placeholder = f"[📎 foto PNG {len(PNG)} byte dilampirkan ke tiket {ticket.reference}]"
    said = f"{placeholder} ini ss nya min, NIK 3273********0003"
    [file] = [e for e in history if e.text and e.text.startswith("[📎")]
    assert (file.direction, file.text, file.external_id) == ("in", said, str(update["update_id"]))
    assert history[history.index(file) + 1].text == sent  # the bot's answer, right after
    shown = messages(history)
    [entry] = [m for m in shown if m["text"] == said]
    assert entry["link"] == f"/crm/tickets/{ticket.id}" and entry["who"] == "Peserta"
    assert {"kind": "out", "text": sent}.items() <= shown[shown.index(entry) + 1].items()
    page = conversation(item, history, agent, "csrf")
    assert f'<a href="/crm/tickets/{ticket.id}">{placeholder}' in page
    assert "3273014508990003" not in page


async def test_a_file_sent_while_an_agent_holds_the_chat_is_kept_and_receipted(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    ticket = await _ticket(runtime)
    item, _ = await _held(runtime)
    fake_telegram.files[LARGEST] = PNG
    await post_telegram(client, _photo(None))
    await runtime.channels.idle()

    receipt = fake_telegram.calls("sendMessage")[-1]
    assert receipt["text"] == (
        f"File-nya sudah aku lampirkan ke tiket {ticket.reference} 📎 {HELD_RECEIPT}"
    )
    assert "reply_markup" not in receipt
    files = AttachmentRepository(create_session_factory(runtime.database), runtime.cipher)
    assert [f.size for f in await files.for_ticket(ticket.id)] == [len(PNG)]
    shown = messages(await _history(runtime, item.id))
    placeholder = f"[📎 foto PNG {len(PNG)} byte dilampirkan ke tiket {ticket.reference}]"
    assert [m["text"] for m in shown[-2:]] == [placeholder, receipt["text"]]
    session = await runtime.sessions.load(KEY)
    assert session is not None and session.handoff == "agent"  # the agent still holds it


async def test_without_a_ticket_the_held_chat_is_told_so_with_no_bot_flow_offered(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    item, _ = await _held(runtime)
    fake_telegram.files[LARGEST] = PNG
    await post_telegram(client, _photo("password: Rahasia123"))
    await runtime.channels.idle()

    answer = fake_telegram.calls("sendMessage")[-1]
    assert answer["text"].startswith("File-nya sudah sampai, tapi belum aku simpan")
    assert "flow:complaints" not in str(answer.get("reply_markup", ""))
    assert fake_telegram.calls("getFile") == []
    shown = messages(await _history(runtime, item.id))
    said = "[📎 file tidak disimpan: belum ada pengaduan yang berjalan] password: [disembunyikan]"
    assert shown[-2]["text"] == said and "link" not in shown[-2]
    assert shown[-1]["text"] == answer["text"]
