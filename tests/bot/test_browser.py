"""The web chat page in a real browser (Debian's Chromium driven by Playwright)."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import time as dt_time
from typing import TYPE_CHECKING

import httpx
import pytest
import uvicorn

from bot.app import create_app
from bot.settings import Settings
from crm import labels
from flows.config import StaffHours
from tests.support.services import in_ci

if TYPE_CHECKING:
    from playwright.sync_api import Browser

CHROMIUM = "/usr/bin/chromium"


@contextmanager
def chromium() -> Iterator[Browser]:
    """Debian's Chromium under Playwright (skipped locally when missing; a failure in CI)."""
    if not os.path.exists(CHROMIUM):
        if in_ci():
            pytest.fail("Chromium is missing: `make browser` installs Debian's chromium")
        pytest.skip("Chromium is not installed")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=20_000)  # a loaded 2-core CI machine can be slow to answer
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=CHROMIUM,
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        )
        try:
            yield browser
        finally:
            browser.close()


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/healthz", timeout=1).status_code == 200
    except httpx.HTTPError:
        return False


def _serve(settings: Settings) -> Iterator[str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120  # a first start may train the NLU model on a busy machine
    while not _healthy(url):
        assert time.time() < deadline, "the test server did not become healthy"
        time.sleep(0.1)
    yield url
    server.should_exit = True
    thread.join(10)


@pytest.fixture
def server_url(settings: Settings) -> Iterator[str]:
    yield from _serve(settings)


def test_chat_in_the_browser(server_url: str) -> None:
    from playwright.sync_api import expect

    with chromium() as browser:
        page = browser.new_page()
        page.goto(server_url)
        expect(page.locator(".msg.bot").first).to_contain_text("Asisten Prakerja")
        page.fill("#text", "halo min")
        page.click("#send")
        expect(page.locator(".msg.me").last).to_have_text("halo min")
        expect(page.locator(".msg.bot").nth(1)).to_be_visible()  # the reply to "halo min"
        page.get_by_role("button", name="Cari pelatihan").last.click()
        expect(page.locator(".msg.bot").last).to_contain_text("Pilih kategori pelatihan")
        page.locator(".msg.bot").last.locator(".buttons button").first.click()
        expect(page.locator(".msg.bot").last).to_contain_text("halaman 1 dari")
        # The visitor cookie is the identity; page scripts cannot read it.
        cookies = {c["name"]: c for c in page.context.cookies()}
        assert cookies["prakerja_visitor"]["httpOnly"]
        assert "prakerja_visitor" not in page.evaluate("document.cookie")


@pytest.fixture
def always_staffed(settings: Settings) -> Settings:
    """Staff on duty around the clock, so a browser test can be queued at any hour."""
    hours = StaffHours(days=list(range(7)), opens=dt_time(0, 0), closes=dt_time(23, 59, 59))
    programme = settings.programme.model_copy(update={"staff_hours": hours})
    return settings.model_copy(update={"programme": programme})


@pytest.fixture
def staffed_url(always_staffed: Settings) -> Iterator[str]:
    yield from _serve(always_staffed)


def test_an_agent_takes_over_a_web_chat_in_the_browser(staffed_url: str) -> None:
    """A participant asks for a person in the web chat; an agent signs in to the console,
    takes the conversation, replies, and the participant's page shows the reply."""
    from playwright.sync_api import expect

    with chromium() as browser:
        participant = browser.new_context().new_page()
        participant.goto(staffed_url)
        expect(participant.locator(".msg.bot").first).to_contain_text("Asisten Prakerja")
        participant.fill("#text", "mau bicara dengan petugas")
        participant.click("#send")
        expect(participant.locator(".msg.bot").last).to_contain_text("antrean")

        agent = browser.new_context().new_page()
        agent.goto(f"{staffed_url}/crm")
        agent.fill("input[name=username]", "agent1")
        agent.fill("input[name=password]", "demo-agent1")
        agent.get_by_role("button", name="Masuk").click()
        expect(agent.locator("h1")).to_have_text("Antrean eskalasi")
        agent.locator("a[href^='/crm/handoffs/']").last.click()
        expect(agent.locator("#transcript")).to_contain_text("mau bicara dengan petugas")
        agent.get_by_role("button", name="Ambil alih percakapan").click()
        # What the participant writes now reaches the open console page by itself.
        participant.fill("#text", "kak insentifku gagal terus")
        participant.click("#send")
        expect(agent.locator("#transcript")).to_contain_text("kak insentifku gagal terus")
        agent.fill("textarea[name=text]", "Halo, aku Budi. Ada yang bisa dibantu?")
        agent.get_by_role("button", name="Kirim", exact=True).click()
        expect(agent.locator("#transcript")).to_contain_text("Halo, aku Budi.")

        # The participant's page fetches the agent's words by itself (it polls while queued).
        expect(participant.locator(".msg.bot").last).to_contain_text("Ada yang bisa dibantu?")
        agent.once("dialog", lambda dialog: dialog.accept())  # "Serahkan ...?" asks first
        agent.get_by_role("button", name="Serahkan kembali ke bot").click()
        expect(agent.locator("#notice")).to_contain_text("diserahkan kembali ke bot")
        expect(participant.locator(".msg.bot").last).to_contain_text("Seberapa puas")
        expect(participant.locator(".msg.bot").nth(-2)).to_contain_text("asisten virtual")
        participant.locator(".msg.bot").last.get_by_role("button", name="4", exact=True).click()
        expect(participant.locator(".msg.bot").last).to_contain_text("Terima kasih")
        agent.goto(f"{staffed_url}/crm")
        expect(agent.locator("#csat")).to_contain_text("4,0 dari 5 (1 penilaian)")


def test_a_supervisor_reads_the_analytics_in_the_browser(server_url: str) -> None:
    """What a participant wrote and the assistant did not understand shows up on the
    supervisor's analytics page, reached from the console's queue, and is labelled there."""
    from playwright.sync_api import expect

    with chromium() as browser:
        participant = browser.new_context().new_page()
        participant.goto(server_url)
        participant.fill("#text", "qwzx zzkq")
        participant.click("#send")
        expect(participant.locator(".msg.bot").last).to_be_visible()

        supervisor = browser.new_context().new_page()
        supervisor.goto(f"{server_url}/crm")
        supervisor.fill("input[name=username]", "supervisor")
        supervisor.fill("input[name=password]", "demo-supervisor")
        supervisor.get_by_role("button", name="Masuk").click()
        supervisor.get_by_role("link", name="Analitik percakapan").click()
        expect(supervisor.locator("h1")).to_have_text("Analitik percakapan")
        supervisor.get_by_role("link", name="1 hari").click()
        expect(supervisor.locator("#unrecognised")).to_contain_text("qwzx zzkq")
        expect(supervisor.locator("#daily")).to_contain_text("Web chat")
        # labelling it makes it training data, listed below and in the download
        supervisor.get_by_label("Intent untuk: qwzx zzkq").select_option("out_of_scope")
        supervisor.locator("#unrecognised").get_by_role("button", name="Simpan").click()
        expect(supervisor.get_by_role("status")).to_have_text("Label disimpan.")
        expect(supervisor.locator("#unrecognised")).not_to_contain_text("qwzx zzkq")
        expect(supervisor.locator("#reviewed")).to_contain_text("qwzx zzkq")
        expect(supervisor.locator("#reviewed")).to_contain_text(labels.intent("out_of_scope"))
        # another flow's funnel ("pembukaan kembali pengaduan" is a link too)
        supervisor.get_by_role("link", name="pengaduan", exact=True).click()
        expect(supervisor.locator("#funnel")).to_contain_text("Langkah")
        expect(supervisor.locator("strong", has_text="pengaduan")).to_be_visible()
