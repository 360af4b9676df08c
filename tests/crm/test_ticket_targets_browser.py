"""Overdue tickets in a real browser on a 375 px phone (Debian's Chromium driven by Playwright):
the queue page's count leads to the list filtered on "Lewat target", earliest due first; each
row says how late it is in words (not by colour alone), with its due time as the title, and
so does the ticket's page (its due time written out); nothing is wider than the screen."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from bot.settings import Settings
from tests.bot.conftest import seeded_db, settings
from tests.bot.test_browser import _serve, chromium
from tests.crm.test_console_browser import OVERFLOW

__all__ = ["seeded_db", "settings"]  # the assistant fixtures, used here


@pytest.fixture
def desk_url(settings: Settings) -> Iterator[str]:
    yield from _serve(settings)


def test_the_queue_count_leads_to_the_overdue_tickets_on_a_phone(desk_url: str) -> None:
    from playwright.sync_api import expect

    with chromium() as browser:
        staff = browser.new_context(viewport={"width": 375, "height": 740}).new_page()
        staff.goto(f"{desk_url}/crm")
        staff.fill("input[name=username]", "agent1")
        staff.fill("input[name=password]", "demo-agent1")
        staff.get_by_role("button", name="Masuk").click()
        counted = staff.locator("#ticket-overdue")  # the demo data has long-overdue tickets
        expect(counted).to_have_text(re.compile(r"^\d+ tiket lewat target respons$"))
        overdue = int(counted.inner_text().split()[0])
        assert staff.evaluate(OVERFLOW) <= 0, "queue"

        counted.click()
        expect(staff.locator("h1")).to_have_text("Tiket pengaduan")
        expect(staff.locator("input[name=overdue]")).to_be_checked()
        expect(staff.locator("select[name=order]")).to_have_value("due")
        expect(staff.locator("#overdue-count")).to_have_text(str(overdue))
        marks = staff.locator("#tickets tbody tr .due")
        expect(marks).to_have_count(min(overdue, 20))
        first = marks.first
        expect(first).to_be_visible()
        expect(first).to_have_text(re.compile(r"^Lewat target \d+ (mnt|jam|hari)$"))
        expect(first).to_have_attribute(
            "title", re.compile(r"^Tenggat respons pertama: \d\d-\d\d-\d{4} \d\d:\d\d WIB$")
        )
        expect(first).to_have_css("background-color", "rgb(164, 0, 0)")
        assert staff.evaluate(OVERFLOW) <= 0, "overdue tickets"

        staff.locator("input[name=overdue]").uncheck()
        staff.get_by_role("button", name="Terapkan").click()
        expect(staff).to_have_url(re.compile(r"order=due"))
        expect(staff.locator("#tickets tbody tr .due").first).to_have_text(
            re.compile(r"^Lewat target ")
        )  # the earliest due first: the most overdue

        staff.locator("#tickets tbody tr a").first.click()  # its page says the same, in words
        due = staff.locator("#facts #due")
        expect(due.locator(".due")).to_have_text(re.compile(r"^Lewat target \d+ (mnt|jam|hari)$"))
        expect(due).to_contain_text(re.compile(r"\(tenggat \d\d-\d\d-\d{4} \d\d:\d\d WIB\)"))
        expect(due.locator("th")).to_have_text("Target respons")
        assert staff.evaluate(OVERFLOW) <= 0, "a ticket's page"
