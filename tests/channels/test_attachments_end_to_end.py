"""Evidence on complaint tickets over real HTTP: Telegram and WhatsApp webhooks carrying a
photo, image or document, with the files served by the fake Bot API and Graph API on loopback."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import sqlalchemy as sa

from bot.runtime import Runtime
from bot.settings import Settings
from storage.db import create_session_factory
from storage.keys import ConversationKey
from storage.models import ComplaintEvent, TicketAttachment
from storage.repositories.attachments import OpenTicket
from storage.repositories.tickets import PARTICIPANT_REPLY
from storage.sessions import Session
from tests.channels import payloads
from tests.channels.conftest import post_telegram, post_whatsapp
from tests.channels.evidence import files, kept_files, open_ticket
from tests.channels.fake_graph import FakeGraph
from tests.channels.fake_telegram import FakeTelegram

TG_USER = str(payloads.TELEGRAM_USER)
WA_USER = payloads.WHATSAPP_USER
LARGEST = "AgACAgUAAxkBAAIBf3"  # the largest size of the photo in payloads/telegram/photo.json
WA_MEDIA = "1003383421387256"  # the image's media id in payloads/whatsapp/image.json
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
JPEG = b"\xff\xd8\xff\xe0" + b"\x10" * 200
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200
ATTACHED = "Bukti sudah aku lampirkan ke tiket PRK-"
NO_TICKET = "Aku belum menemukan pengaduan yang masih berjalan"


async def _replies(runtime: Runtime, ticket: OpenTicket) -> list[str | None]:
    async with create_session_factory(runtime.database)() as session:
        found = await session.scalars(
            sa.select(ComplaintEvent.note).where(
                ComplaintEvent.ticket_id == ticket.id, ComplaintEvent.kind == PARTICIPANT_REPLY
            )
        )
        return list(found.all())


def _document(mime: str, name: str, size: int, update_id: int = 870002001) -> dict[str, Any]:
    update = payloads.telegram("photo", update_id)
    message = update["message"]
    del message["photo"], message["caption"]
    message["document"] = {
        "file_id": "BQACAgUAAxkBAAIBg2", "file_unique_id": "AgADg2",
        "file_name": name, "mime_type": mime, "file_size": size,
    }  # fmt: skip
    return update


async def test_a_telegram_photo_with_a_caption_goes_onto_the_open_ticket(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    ticket = await open_ticket(runtime, "telegram", TG_USER)
    fake_telegram.files[LARGEST] = PNG
    update = payloads.telegram("photo")
    update["message"]["caption"] = "ini ss nya min, NIK 3273014508990003"
    for _ in range(2):  # delivered twice: kept and answered once
        assert (await post_telegram(client, update)).status_code == 200
    await runtime.channels.idle()

    [sent] = fake_telegram.sent_texts()
    assert sent.startswith(f"{ATTACHED}{ticket.reference.removeprefix('PRK-')}")
    assert fake_telegram.calls("getFile") == [{"file_id": LARGEST}]
    [kept] = await kept_files(runtime, ticket)
    assert (kept.content_type, kept.size, kept.channel) == ("image/png", len(PNG), "telegram")
    opened = await files(runtime).file(ticket.id, kept.id)
    assert opened is not None and opened.data == PNG
    assert await _replies(runtime, ticket) == ["ini ss nya min, NIK 3273********0003"]


async def test_a_whatsapp_image_goes_onto_the_open_ticket(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    ticket = await open_ticket(runtime, "whatsapp", WA_USER)
    fake_graph.media[WA_MEDIA] = ("image/jpeg", JPEG)
    assert (await post_whatsapp(client, payloads.whatsapp("image"))).status_code == 200
    await runtime.channels.idle()

    [sent] = fake_graph.texts()
    assert sent.startswith(ATTACHED) and ticket.reference in sent
    [download] = [r for r in fake_graph.requests if r.name == "download"]
    assert download.headers["Authorization"].startswith("Bearer ")
    [kept] = await kept_files(runtime, ticket)
    assert (kept.content_type, kept.size) == ("image/jpeg", len(JPEG))
    assert await _replies(runtime, ticket) == ["ini KTP saya"]


async def test_without_an_open_ticket_the_chat_is_told_to_file_one_and_nothing_is_kept(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram, fake_graph: FakeGraph
) -> None:
    fake_telegram.files[LARGEST] = PNG
    fake_graph.media[WA_MEDIA] = ("image/jpeg", JPEG)
    assert (await post_telegram(client, payloads.telegram("photo"))).status_code == 200
    assert (await post_whatsapp(client, payloads.whatsapp("image"))).status_code == 200
    await runtime.channels.idle()

    [telegram] = fake_telegram.calls("sendMessage")
    assert telegram["text"].startswith(NO_TICKET)
    rows = telegram["reply_markup"]["inline_keyboard"]
    assert ["flow:complaints"] in [[b["callback_data"] for b in row] for row in rows]
    [whatsapp] = fake_graph.messages()
    assert whatsapp["interactive"]["body"]["text"].startswith(NO_TICKET)
    assert fake_telegram.calls("getFile") == [] and fake_graph.calls("media") == []
    async with create_session_factory(runtime.database)() as session:
        assert await session.scalar(sa.select(sa.func.count(TicketAttachment.id))) == 0


async def test_a_file_sent_while_the_complaint_is_being_filed_is_asked_for_again_later(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    """No ticket exists yet: the flow's question stays open, no button starts a second one."""
    fake_telegram.files[LARGEST] = PNG
    key = ConversationKey("telegram", TG_USER)
    session = Session(flow="complaints", step="story")
    await runtime.sessions.save(key, session)
    assert (await post_telegram(client, payloads.telegram("photo"))).status_code == 200
    await runtime.channels.idle()

    [telegram] = fake_telegram.calls("sendMessage")
    assert "setelah pengaduanmu tercatat" in telegram["text"]
    assert "reply_markup" not in telegram or "flow:complaints" not in str(telegram["reply_markup"])
    assert fake_telegram.calls("getFile") == []
    kept = await runtime.sessions.load(key)
    assert kept is not None and (kept.flow, kept.step) == ("complaints", "story")


async def test_a_file_over_the_limit_is_refused(
    make_settings: Callable[..., Settings],
    fake_telegram: FakeTelegram,
    fake_graph: FakeGraph,
) -> None:
    from bot.app import create_app
    from bot.runtime import open_runtime

    settings = make_settings(attachments={"max_bytes": 2048})
    runtime = await open_runtime(settings)
    transport = httpx.ASGITransport(app=create_app(settings, runtime))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://a") as client:
            tg = await open_ticket(runtime, "telegram", TG_USER)
            wa = await open_ticket(runtime, "whatsapp", WA_USER)
            fake_telegram.files[LARGEST] = PNG + b"\x00" * 4096  # declared 83 KB: not fetched
            big = _document("application/pdf", "bukti.pdf", 1000)  # declared small, is not
            fake_telegram.files["BQACAgUAAxkBAAIBg2"] = b"%PDF-1.7" + b"\x00" * 4096
            fake_graph.media[WA_MEDIA] = ("image/jpeg", JPEG + b"\x00" * 4096)
            await post_telegram(client, payloads.telegram("photo"))
            await post_telegram(client, big)
            await post_whatsapp(client, payloads.whatsapp("image"))
            await runtime.channels.idle()
            assert await kept_files(runtime, tg) == [] and await kept_files(runtime, wa) == []
    finally:
        await runtime.close()
    texts = fake_telegram.sent_texts() + fake_graph.texts()
    assert len(texts) == 3
    assert all(t.startswith("File-nya terlalu besar (paling besar 2 KB)") for t in texts)
    assert fake_telegram.calls("getFile") == [{"file_id": "BQACAgUAAxkBAAIBg2"}]


async def test_a_program_renamed_to_jpg_or_a_failed_download_keeps_nothing(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram, fake_graph: FakeGraph
) -> None:
    tg = await open_ticket(runtime, "telegram", TG_USER)
    wa = await open_ticket(runtime, "whatsapp", WA_USER)
    fake_telegram.files["BQACAgUAAxkBAAIBg2"] = EXE
    await post_telegram(client, _document("image/jpeg", "bukti.jpg", len(EXE)))
    await post_telegram(client, _document("application/x-msdownload", "setup.exe", 10, 870002002))
    await post_whatsapp(client, payloads.whatsapp("image"))  # the Graph API knows no such media
    await runtime.channels.idle()

    wrong = (
        "Aku hanya bisa menyimpan gambar (JPG, PNG, WebP) atau PDF sebagai bukti. "
        "File ini tidak aku simpan."
    )
    assert fake_telegram.sent_texts() == [wrong, wrong]
    assert len(fake_telegram.calls("getFile")) == 1  # a declared program is not even fetched
    [failed] = fake_graph.texts()
    assert failed == "Maaf, file-nya gagal aku ambil 🙏 Coba kirim lagi sebentar lagi, ya."
    assert await kept_files(runtime, tg) == [] and await kept_files(runtime, wa) == []
