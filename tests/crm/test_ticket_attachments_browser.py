"""A ticket's evidence in a real browser (Debian's Chromium driven by Playwright): the ticket's
page, on a 375 px phone, shows a screenshot as a small preview that actually loads under the
page's Content Security Policy (a PDF stays a link), and a supervisor removes it with the
page's form (asked to confirm first); the history then says a file was removed."""

from __future__ import annotations

import asyncio
import struct
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.runtime import secret_key
from bot.settings import Settings
from storage.crypto import PersonalDataCipher
from storage.db import create_engine, create_session_factory
from storage.repositories.attachments import Added, AttachmentRepository
from storage.repositories.tickets import TicketRepository
from tests.bot.conftest import seeded_db, settings
from tests.bot.test_browser import _serve, chromium
from tests.crm.test_console_browser import OVERFLOW

__all__ = ["seeded_db", "settings"]  # the assistant fixtures, used here

PDF = b"%PDF-1.7\n" + b"\x00" * 100


def png(width: int, height: int) -> bytes:
    """A real (decodable) PNG of one colour."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    rows = b"".join(b"\x00" + b"\xc0\x30\x30" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )  # fmt: skip


@pytest.fixture
def desk_url(settings: Settings) -> Iterator[str]:
    yield from _serve(settings)


def _ticket_with_evidence(settings: Settings) -> int:
    async def create() -> int:
        engine = create_engine(settings.database_url)
        try:
            factory = create_session_factory(engine)
            await TicketRepository(factory).create("telegram", "701", "nik", "NIK saya dipakai")
            files = AttachmentRepository(factory, PersonalDataCipher(secret_key(settings)))
            ticket = await files.open_ticket("telegram", "701")
            assert ticket is not None
            for kind, data in (("image/png", png(400, 300)), ("application/pdf", PDF)):
                assert await files.add("telegram", "701", ticket.id, kind, data) is Added.ADDED
            return ticket.id
        finally:
            await engine.dispose()

    with ThreadPoolExecutor(1) as other:  # Playwright's own loop runs in this thread
        return other.submit(asyncio.run, create()).result()


def test_a_screenshot_is_previewed_and_a_supervisor_removes_it(
    desk_url: str, settings: Settings
) -> None:
    from playwright.sync_api import expect

    ticket_id = _ticket_with_evidence(settings)
    with chromium() as browser:
        staff = browser.new_context(viewport={"width": 375, "height": 740}).new_page()
        refused: list[str] = []
        staff.on("console", lambda m: refused.append(m.text) if m.type == "error" else None)
        staff.goto(f"{desk_url}/crm")
        staff.fill("input[name=username]", "supervisor")
        staff.fill("input[name=password]", "demo-supervisor")
        staff.get_by_role("button", name="Masuk").click()
        expect(staff.locator("h1")).to_have_text("Antrean eskalasi")
        staff.goto(f"{desk_url}/crm/tickets/{ticket_id}")

        files = staff.locator("#attachments")
        thumb = files.locator("img.thumb")
        expect(thumb).to_have_count(1)  # the PDF has none
        expect(thumb).to_have_attribute("alt", "Gambar PNG dari peserta")
        expect(files.get_by_role("link", name="PDF")).to_be_visible()
        thumb.scroll_into_view_if_needed()
        staff.wait_for_function(
            "() => { const i = document.querySelector('#attachments img.thumb');"
            " return i && i.complete; }"
        )
        assert thumb.evaluate("i => i.naturalWidth") == 400, refused
        box = thumb.bounding_box()
        assert box is not None and 0 < box["width"] <= 160 and 0 < box["height"] <= 120
        assert not [m for m in refused if "Content Security Policy" in m], refused
        assert staff.evaluate(OVERFLOW) <= 0, "the ticket's page on a phone"

        row = files.locator("tr", has=staff.locator("img.thumb"))
        asked: list[str] = []

        def confirm(dialog: object) -> None:
            from playwright.sync_api import Dialog

            assert isinstance(dialog, Dialog)
            asked.append(dialog.message)
            dialog.accept()

        staff.once("dialog", confirm)
        row.get_by_role("button", name="Hapus").click()
        expect(staff.locator("#notice")).to_contain_text("Lampiran dihapus")
        assert asked and "Hapus lampiran ini?" in asked[0]
        expect(staff.locator("#attachments img")).to_have_count(0)
        expect(staff.locator("#attachments")).to_contain_text("PDF")
        expect(staff.locator("#history")).to_contain_text("Lampiran dihapus: Gambar PNG")
