"""The escalation console in a real browser (Debian's Chromium driven by Playwright): narrow
screens, the queue redrawn in place, confirmations, one reply per double click, drafts kept
through a refusal and through a session that ended in another tab."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from bot.settings import Settings
from tests.bot.conftest import seeded_db, settings
from tests.bot.test_browser import _serve, always_staffed, chromium

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

__all__ = ["always_staffed", "seeded_db", "settings"]  # the assistant fixtures, used here

LONG_WORD = "x" * 2000
OVERFLOW = "document.documentElement.scrollWidth - window.innerWidth"
COUNT_SUBMITS = """
window.submits = 0;
document.addEventListener("submit", (event) => {  // after the page's own listeners
  if (!event.defaultPrevented) window.submits += 1;  // a submission that would go out
  event.preventDefault();  // counted, not sent
});
"""


@pytest.fixture
def console_url(always_staffed: Settings) -> Iterator[str]:
    yield from _serve(always_staffed)


def _participant_asks(browser: Browser, url: str, *said: str) -> Page:
    from playwright.sync_api import expect

    page = browser.new_context().new_page()
    page.goto(url)
    expect(page.locator(".msg.bot").first).to_contain_text("Asisten Prakerja")
    for words in ("mau bicara dengan petugas", *said):
        page.fill("#text", words)
        page.click("#send")
        expect(page.locator(".msg.me").last).to_have_text(words)
    expect(page.locator(".msg.bot").last).to_be_visible()
    return page


def _signed_in(browser: Browser, url: str, username: str = "agent1", **context: object) -> Page:
    from playwright.sync_api import expect

    page = browser.new_context(**context).new_page()  # type: ignore[arg-type]
    page.goto(f"{url}/crm")
    _sign_in(page, username)
    expect(page.locator("h1")).to_have_text("Antrean eskalasi")
    return page


def _sign_in(page: Page, username: str) -> None:
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", f"demo-{username}")
    page.get_by_role("button", name="Masuk").click()


def _taken(agent: Page) -> str:
    """Opens the newest conversation in the queue and takes it; returns its path."""
    from playwright.sync_api import expect

    agent.locator("#queue a[href^='/crm/handoffs/']").last.click()
    path = agent.url.partition("/crm/")[2]
    agent.get_by_role("button", name="Ambil alih percakapan").click()
    expect(agent.locator("#reply")).to_be_visible()
    return f"/crm/{path}"


def test_no_page_is_wider_than_a_375px_phone(console_url: str) -> None:
    """Narrow screens: the queue and ticket tables scroll inside themselves, a 2,000-letter
    word in a message wraps, and the header wraps instead of ending at the screen's edge."""
    from playwright.sync_api import expect

    with chromium() as browser:
        _participant_asks(browser, console_url, LONG_WORD)
        phone = {"viewport": {"width": 375, "height": 740}}
        agent = _signed_in(browser, console_url, **phone)
        assert agent.evaluate(OVERFLOW) <= 0, "queue"
        agent.locator("#queue a[href^='/crm/handoffs/']").last.click()
        expect(agent.locator("#transcript")).to_contain_text(LONG_WORD[:50])
        assert agent.evaluate(OVERFLOW) <= 0, "conversation"
        header = agent.locator("header").bounding_box()
        assert header is not None and header["width"] <= 375
        agent.goto(f"{console_url}/crm/tickets")
        expect(agent.locator("h1")).to_have_text("Tiket pengaduan")
        assert agent.evaluate(OVERFLOW) <= 0, "ticket list"
        desktop = _signed_in(browser, console_url, viewport={"width": 1280, "height": 800})
        desktop.locator("#queue a[href^='/crm/handoffs/']").last.click()
        expect(desktop.locator("#transcript")).to_contain_text(LONG_WORD[:50])
        assert desktop.evaluate(OVERFLOW) <= 0, "conversation on a desktop"


def test_the_queue_is_redrawn_in_place_keeping_focus(console_url: str) -> None:
    from playwright.sync_api import expect

    with chromium() as browser:
        agent = _signed_in(browser, console_url)
        agent.evaluate("window.notReloaded = true")
        agent.get_by_role("link", name="Tiket pengaduan").focus()
        _participant_asks(browser, console_url)
        rows = agent.locator("#queue a[href^='/crm/handoffs/']")
        expect(rows).to_have_count(1, timeout=25_000)  # the next redraw brings it in
        expect(agent.locator("#updated")).to_contain_text("diperbarui")
        assert agent.evaluate("window.notReloaded") is True  # no reload
        focused = agent.evaluate("document.activeElement.textContent")
        assert focused == "Tiket pengaduan"


def test_leaving_and_closing_ask_first_and_then_say_it_was_done(console_url: str) -> None:
    from playwright.sync_api import expect

    with chromium() as browser:
        _participant_asks(browser, console_url)
        supervisor = _signed_in(browser, console_url, "supervisor")
        supervisor.locator("#queue a[href^='/crm/handoffs/']").last.click()
        supervisor.once("dialog", lambda dialog: dialog.dismiss())
        supervisor.get_by_role("button", name="Tutup tanpa diambil").click()
        expect(supervisor.locator("h1")).to_contain_text("Percakapan #")  # nothing happened
        supervisor.once("dialog", lambda dialog: dialog.accept())
        supervisor.get_by_role("button", name="Tutup tanpa diambil").click()
        expect(supervisor.locator("#notice")).to_contain_text("ditutup tanpa diambil")
        expect(supervisor.locator("#queue a[href^='/crm/handoffs/']")).to_have_count(0)

        supervisor.once("dialog", lambda dialog: dialog.dismiss())
        supervisor.get_by_role("button", name="Keluar").click()
        expect(supervisor.locator("h1")).to_have_text("Antrean eskalasi")  # still signed in
        supervisor.once("dialog", lambda dialog: dialog.accept())
        supervisor.get_by_role("button", name="Keluar").click()
        expect(supervisor.locator("#notice")).to_have_text("Kamu sudah keluar.")


def test_a_double_click_on_kirim_sends_the_reply_once(console_url: str) -> None:
    from playwright.sync_api import expect

    with chromium() as browser:
        participant = _participant_asks(browser, console_url)
        agent = _signed_in(browser, console_url)
        path = _taken(agent)
        # The page lets a form go once: a second click finds the button disabled.
        agent.fill("#reply textarea[name=text]", "Satu kali saja, ya.")
        agent.evaluate(COUNT_SUBMITS)
        agent.get_by_role("button", name="Kirim", exact=True).dblclick()
        assert agent.evaluate("window.submits") == 1
        expect(agent.get_by_role("button", name="Kirim", exact=True)).to_be_disabled()
        # For real (the server too sends a form's reply once, should a second post arrive).
        agent.goto(f"{console_url}{path}")
        agent.fill("#reply textarea[name=text]", "Satu kali saja, ya.")
        agent.get_by_role("button", name="Kirim", exact=True).dblclick()
        expect(agent.locator("#notice")).to_have_text("Balasan terkirim.")
        expect(agent.locator("#transcript .msg", has_text="Satu kali saja")).to_have_count(1)
        expect(participant.locator(".msg.bot", has_text="Satu kali saja")).to_have_count(1)
        assert agent.locator("#reply textarea[name=text]").input_value() == ""  # sent: no draft


def test_a_draft_survives_a_requeue_and_a_session_ended_in_another_tab(
    console_url: str,
) -> None:
    from playwright.sync_api import expect

    with chromium() as browser:
        _participant_asks(browser, console_url)
        agent = _signed_in(browser, console_url)
        path = _taken(agent)
        agent.fill("#reply textarea[name=text]", "Draf pertama yang panjang")
        supervisor = _signed_in(browser, console_url, "supervisor")
        supervisor.goto(f"{console_url}{path}")
        supervisor.once("dialog", lambda dialog: dialog.accept())
        supervisor.get_by_role("button", name="Kembalikan ke antrean").click()
        expect(supervisor.locator("#notice")).to_contain_text("dikembalikan ke antrean")

        agent.get_by_role("button", name="Kirim", exact=True).click()
        expect(agent.locator("#notice")).to_contain_text("tidak sedang kamu tangani")
        expect(agent.locator("#draft textarea")).to_have_value("Draf pertama yang panjang")
        agent.get_by_role("button", name="Ambil alih percakapan").click()
        reply = agent.locator("#reply textarea[name=text]")
        expect(reply).to_have_value("Draf pertama yang panjang")

        # Signed out in another tab of the same browser; this tab still shows the form.
        other_tab = agent.context.new_page()
        other_tab.goto(f"{console_url}/crm")
        other_tab.once("dialog", lambda dialog: dialog.accept())
        other_tab.get_by_role("button", name="Keluar").click()
        expect(other_tab.locator("#notice")).to_have_text("Kamu sudah keluar.")
        reply.fill("Draf kedua, setelah keluar di tab lain")
        agent.get_by_role("button", name="Kirim", exact=True).click()
        expect(agent.get_by_role("alert")).to_contain_text("Sesi berakhir, masuk lagi")
        assert "next=" in agent.url
        _sign_in(agent, "agent1")
        expect(agent).to_have_url(f"{console_url}{path}")
        expect(reply).to_have_value("Draf kedua, setelah keluar di tab lain")
