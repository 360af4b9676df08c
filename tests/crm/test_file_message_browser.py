"""The console's live feed in a real browser: a file the participant sent is redrawn as a link
to its ticket's page, like the page the server draws."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import orjson
import pytest

from bot.settings import Settings
from tests.bot.conftest import seeded_db, settings
from tests.bot.test_browser import _serve, always_staffed, chromium
from tests.crm.test_console_browser import _participant_asks, _signed_in, _taken

if TYPE_CHECKING:
    from playwright.sync_api import Route

__all__ = ["always_staffed", "seeded_db", "settings"]  # the assistant fixtures, used here

KEPT = "[📎 foto PNG 120 KB dilampirkan ke tiket PRK-52350109]"


@pytest.fixture
def console_url(always_staffed: Settings) -> Iterator[str]:
    yield from _serve(always_staffed)


def test_the_live_feed_links_a_file_to_its_ticket(console_url: str) -> None:
    from playwright.sync_api import expect

    fed = {"state": "assigned", "stamp": "file", "messages": [
        {"kind": "in", "who": "Peserta", "when": "10:00", "text": KEPT, "link": "/crm/tickets/7"},
        {"kind": "in", "who": "Peserta", "when": "10:01", "text": "<b>halo</b>"},
    ]}  # fmt: skip

    def feed(route: Route) -> None:
        route.fulfill(status=200, content_type="application/json", body=orjson.dumps(fed))

    with chromium() as browser:
        _participant_asks(browser, console_url)
        agent = _signed_in(browser, console_url)
        _taken(agent)
        agent.route("**/crm/handoffs/*/messages", feed)
        link = agent.locator("#transcript .msg.in a[href='/crm/tickets/7']")
        expect(link).to_have_text(KEPT, timeout=12_000)
        expect(agent.locator("#transcript .msg.in").last).to_contain_text("<b>halo</b>")
        expect(agent.locator("#transcript a")).to_have_count(1)
