"""A participant waiting for a person reloads the web chat page (Debian's Chromium under
Playwright): the conversation comes back, and the status line says they are queued, then who
is helping them, then nothing once the chat is handed back to the bot."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import time as dt_time

import httpx
import pytest

from bot.settings import Settings
from flows.config import StaffHours
from tests.bot.test_browser import _serve, chromium
from tests.support.crm import csrf_of, sign_in
from tests.support.webchat import TRUSTED

QUEUED = "Menunggu petugas · antrean ke-2"
HELPED = "Kamu sedang dibantu Budi Santoso dari tim Prakerja"


@pytest.fixture
def staffed(settings: Settings) -> Iterator[str]:
    """The assistant served on loopback, with staff on duty around the clock."""
    hours = StaffHours(days=list(range(7)), opens=dt_time(0, 0), closes=dt_time(23, 59, 59))
    programme = settings.programme.model_copy(update={"staff_hours": hours})
    yield from _serve(settings.model_copy(update={"programme": programme}))


def _crm(url: str, action: str) -> None:
    """Agent1 takes (or releases) the newest queued conversation, as the console does."""

    async def act() -> None:
        async with httpx.AsyncClient(base_url=url) as agent:
            await sign_in(agent, "agent1")
            handoff = re.findall(r'href="/crm/handoffs/(\d+)"', (await agent.get("/crm")).text)
            csrf = csrf_of((await agent.get(f"/crm/handoffs/{handoff[-1]}")).text)
            done = await agent.post(f"/crm/handoffs/{handoff[-1]}/{action}", data={"csrf": csrf})
            assert done.status_code == 303, done.text

    with ThreadPoolExecutor(1) as other:  # Playwright's own loop runs in this thread
        other.submit(asyncio.run, act()).result()


def test_a_reload_shows_the_queue_and_then_the_agent(staffed: str) -> None:
    from playwright.sync_api import expect

    someone = {"user_id": "partner-1", "text": "mau bicara dengan petugas"}  # first in the queue
    assert httpx.post(f"{staffed}/api/webchat/messages", json=someone, headers=TRUSTED).is_success

    with chromium() as browser:
        page = browser.new_context(viewport={"width": 375, "height": 700}).new_page()
        page.goto(staffed)
        expect(page.locator(".msg.bot").first).to_contain_text("Asisten Prakerja")
        page.fill("#text", "mau bicara dengan petugas")
        page.click("#send")
        expect(page.locator(".msg.bot").last).to_contain_text("antrean nomor 2")
        status = page.get_by_role("status")
        expect(status).to_have_text(QUEUED)
        bot_messages = page.locator(".msg.bot").count()

        page.reload()
        expect(status).to_have_text(QUEUED)
        expect(page.locator(".msg.me")).to_have_text(["mau bicara dengan petugas"])
        expect(page.locator(".msg.bot")).to_have_count(bot_messages)  # not greeted again
        expect(page.locator(".msg.bot").last.get_by_role("button")).to_have_text(
            ["Berhenti menunggu"]
        )
        assert page.evaluate("document.documentElement.scrollWidth") <= 375
        box = status.bounding_box()
        assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375

        _crm(staffed, "take")
        expect(status).to_have_text(HELPED)  # by itself, while the page polls
        page.reload()
        expect(status).to_have_text(HELPED)
        expect(status).to_have_class("agent")
        greeting = page.locator(".msg.bot", has_text="Halo, aku Budi Santoso")
        expect(greeting).to_have_count(1)

        _crm(staffed, "release")
        expect(page.locator(".msg.bot").last).to_contain_text("Seberapa puas")
        expect(status).to_have_text("")
        page.reload()
        expect(page.locator(".msg.bot").last).to_contain_text("Seberapa puas")
        expect(status).to_have_text("")
