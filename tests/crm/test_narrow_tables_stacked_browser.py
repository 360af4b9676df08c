"""The queue and the ticket list on a 390 px phone (Debian's Chromium driven by Playwright):
each row is a card of labelled cells, so "Ditangani" and "Status" show without scrolling the
table sideways; the list's filters keep each label next to its control, on a phone and on a
1280 px screen."""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from bot.settings import Settings
from tests.bot.conftest import seeded_db, settings
from tests.bot.test_browser import _serve, always_staffed, chromium
from tests.crm.test_console_browser import _participant_asks, _signed_in

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

__all__ = ["always_staffed", "seeded_db", "settings"]  # the assistant fixtures, used here

PHONE = {"width": 390, "height": 844}
SHOTS = os.environ.get("PRAKERJA_TEST_SHOTS", "")
"""When set, a folder to keep screenshots of the pages in (what fits the screen)."""


@pytest.fixture
def console_url(always_staffed: Settings) -> Iterator[str]:
    yield from _serve(always_staffed)


def _right(cell: Locator) -> float:
    box = cell.bounding_box()
    assert box is not None, "the cell is shown"
    return box["x"] + box["width"]


def _no_sideways_scroll(page: Page, width: int) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate(
        "[...document.querySelectorAll('table')].every(t => t.scrollWidth <= t.clientWidth + 1)"
    ), "no table scrolls inside itself"


def _labels_with_their_controls(page: Page) -> None:
    """Each filter label is one line: its checkbox or list is not on a line of its own."""
    for label in page.locator("#filters label").all():
        box = label.bounding_box()
        assert box is not None and box["height"] <= 40, label.inner_text()


def _shot(page: Page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=os.path.join(SHOTS, name))


def test_the_queue_and_the_ticket_list_fit_a_390px_phone(console_url: str) -> None:
    from playwright.sync_api import expect

    with chromium() as browser:
        _participant_asks(browser, console_url, "akun saya terblokir")
        agent = _signed_in(browser, console_url, viewport=PHONE)
        handled = agent.locator("#queue tbody tr").first.locator("td").nth(5)
        expect(handled).to_be_visible()
        assert _right(handled) <= PHONE["width"], "Ditangani"
        _no_sideways_scroll(agent, PHONE["width"])
        _shot(agent, "narrow_queue.png")

        agent.goto(f"{console_url}/crm/tickets")
        status = agent.locator("#tickets tbody tr").first.locator("td.status")
        expect(status).to_be_visible()
        assert _right(status) <= PHONE["width"], "Status"
        _no_sideways_scroll(agent, PHONE["width"])
        _labels_with_their_controls(agent)
        _shot(agent, "narrow_tickets.png")

        agent.set_viewport_size({"width": 1280, "height": 800})
        expect(agent.locator("#tickets thead")).to_be_visible()  # a table again
        _labels_with_their_controls(agent)
        _shot(agent, "wide_tickets.png")
