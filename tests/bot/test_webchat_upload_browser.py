"""A participant with an open complaint ticket attaches a screenshot in the web chat page
(Debian's Chromium under Playwright): the 📎 button opens the file chooser, and the receipt
shows in the chat like any bot message."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from bot.settings import Settings
from storage.db import create_engine, create_session_factory
from storage.repositories.tickets import TicketRepository
from tests.bot.test_browser import _serve, chromium

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
ATTACH = "Lampirkan bukti (foto atau PDF)"


@pytest.fixture
def served(settings: Settings) -> Iterator[str]:
    yield from _serve(settings)


def _file_a_ticket(settings: Settings, user_id: str) -> None:
    async def create() -> None:
        engine = create_engine(settings.database_url)
        try:
            tickets = TicketRepository(create_session_factory(engine))
            await tickets.create("webchat", user_id, "nik", "NIK saya dipakai orang")
        finally:
            await engine.dispose()

    with ThreadPoolExecutor(1) as other:  # Playwright's own loop runs in this thread
        other.submit(asyncio.run, create()).result()


def test_a_screenshot_is_attached_from_the_web_chat(served: str, settings: Settings) -> None:
    from playwright.sync_api import expect

    with chromium() as browser:
        page = browser.new_page()
        page.goto(served)
        expect(page.locator(".msg.bot").first).to_contain_text("Asisten Prakerja")
        cookie = {c["name"]: c["value"] for c in page.context.cookies()}["prakerja_visitor"]
        _file_a_ticket(settings, cookie.rpartition(".")[0])

        attach = page.get_by_role("button", name=ATTACH)
        expect(attach).to_be_visible()
        for receipt in ("Bukti sudah aku lampirkan ke tiket PRK-", "File itu sudah ada di tiket"):
            with page.expect_file_chooser() as chosen:
                attach.click()
            chosen.value.set_files({"name": "bukti.png", "mimeType": "image/png", "buffer": PNG})
            expect(page.locator(".msg.me").last).to_have_text("📎 bukti.png")
            expect(page.locator(".msg.bot").last).to_contain_text(receipt)
            expect(attach).to_be_enabled()
