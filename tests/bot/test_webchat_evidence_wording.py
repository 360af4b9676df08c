"""The web chat's evidence wording follows ``attachments.webchat``: with its 📎 button off, a
participant asking how to send a screenshot for their ticket is told to describe it in words,
and one saying they sent it hears that no file arrived (files on the ticket are counted)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from flows import Inbound
from tests.channels.evidence import files, open_ticket

USER = "evidence-words"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


@pytest.fixture
async def closed(settings: Settings) -> AsyncIterator[Runtime]:
    off = settings.attachments.model_copy(update={"webchat": False})
    runtime = await open_runtime(settings.model_copy(update={"attachments": off}))
    yield runtime
    await runtime.close()


async def _said(runtime: Runtime, text: str, number: int) -> str:
    replies = await runtime.engine.handle(Inbound("webchat", USER, f"m{number}", text=text))
    return "\n".join(reply.text for reply in replies)


async def test_the_clip_button_is_named_only_when_the_web_chat_takes_files(
    runtime: Runtime, closed: Runtime
) -> None:
    await open_ticket(runtime, "webchat", USER)
    assert "tombol 📎" in await _said(runtime, "cara kirim screenshot ke tiket gimana?", 1)
    said = await _said(closed, "cara kirim screenshot ke tiket gimana?", 2)
    assert "📎" not in said and "kata-kata" in said


async def test_a_file_said_sent_is_checked_on_the_ticket(runtime: Runtime) -> None:
    ticket = await open_ticket(runtime, "webchat", USER)
    await _said(runtime, "cara kirim screenshot ke tiket gimana?", 1)
    assert "Belum ada file yang masuk" in await _said(runtime, "udh aku kirim", 2)
    await files(runtime).add("webchat", USER, ticket.id, "image/png", PNG)
    assert "sudah ada 1 file bukti (1 gambar PNG)" in await _said(runtime, "udh aku kirim", 3)
