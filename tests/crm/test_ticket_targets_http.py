"""Staff see which complaint tickets have waited too long for a first response: the list says
in words how long is left ("Sisa 3 jam") or how late a ticket is ("Lewat target 6 jam"), with
the due time in the staff time zone as its title, and when staff first wrote ("Respons
pertama ..."); it filters the overdue tickets ("Lewat target") and puts the earliest due first
("Tenggat terdekat"); the queue page counts them (and the staff member's own)."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import sqlalchemy as sa

from bot.app import create_app
from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from crm.staff_time import WIB
from crm.ticket_pages import query_of
from crm.ticket_web import filters_of
from storage.db import create_session_factory
from storage.models import ComplaintTicket
from storage.repositories.staff import StaffRecord
from storage.repositories.ticket_targets import TicketTargets
from tests.bot.conftest import client, runtime, seeded_db
from tests.bot.conftest import settings as bot_settings
from tests.crm.test_ticket_desk_http import _post, _web_chat_ticket
from tests.crm.test_ticket_replies_http import _row, _rows
from tests.support.crm import sign_in

__all__ = ["bot_settings", "client", "runtime", "seeded_db"]  # fixtures, used here

TOLD = "Halo, tiketmu sedang kami cek."


@pytest.fixture
def settings(bot_settings: Settings) -> Settings:
    """The assistant's settings with the targets on the calendar clock: these tests file
    tickets hours before the real time, whatever the day (``crm.ticket_targets_clock``)."""
    crm = bot_settings.crm.model_copy(update={"ticket_targets_clock": "calendar"})
    return bot_settings.model_copy(update={"crm": crm})


async def _aged(runtime: Runtime, priority: str, age: timedelta) -> tuple[int, str, datetime]:
    """A web chat ticket filed ``age`` ago with this priority: (id, reference, created at)."""
    ticket_id, reference, _ = await _web_chat_ticket(runtime)
    created = datetime.now(UTC) - age
    async with create_session_factory(runtime.database)() as session, session.begin():
        await session.execute(
            sa.update(ComplaintTicket)
            .where(ComplaintTicket.id == ticket_id)
            .values(created_at=created, priority=priority)
        )
    return ticket_id, reference, created


def _number(page: str, pattern: str) -> int:
    found = re.search(pattern, page)
    assert found is not None, pattern
    return int(found.group(1))


def _overdue_count(page: str) -> int:
    return _number(page, r'Lewat target \(<span id="overdue-count">(\d+)</span>\)')


def _total(page: str) -> int:
    return _number(page, r"Halaman \d+ dari \d+ \((\d+) tiket\)")


async def test_the_list_says_in_words_how_long_is_left_or_how_late_a_ticket_is(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    _, late, filed = await _aged(runtime, "normal", timedelta(hours=30, minutes=30))
    _, fresh, _ = await _aged(runtime, "urgent", timedelta(minutes=50))
    answered_id, answered, _ = await _aged(runtime, "high", timedelta(hours=20))
    await sign_in(client, "agent1")
    assert await _post(client, f"/crm/tickets/{answered_id}/take") == "taken"
    form = {"status": "in_progress", "priority": "high", "seen": "in_progress", "message": TOLD}
    assert await _post(client, f"/crm/tickets/{answered_id}/update", **form) == "sent"

    listed = (await client.get("/crm/tickets?order=newest")).text
    due = WIB.show(filed + timedelta(hours=24))
    assert (
        f'<strong class="badge late due" title="Tenggat respons pertama: {due}">'
        "Lewat target 6 jam</strong>"
    ) in _row(listed, late)
    left = r'<span class="meta due" title="Tenggat respons pertama: [^"]+ WIB">Sisa 3 jam</span>'
    assert re.search(left, _row(listed, fresh))
    responded = _row(listed, answered)
    assert re.search(r"Respons pertama \d\d-\d\d-\d{4} \d\d:\d\d WIB", responded)
    assert "Lewat target" not in responded and "Sisa" not in responded
    assert '<option value="due">Tenggat terdekat</option>' in listed
    assert 'name="overdue" value="1">' in listed  # the filter, not checked

    only = (await client.get("/crm/tickets?overdue=1&order=newest")).text
    assert 'name="overdue" value="1" checked' in only
    shown = "".join(_rows(only))
    assert f">{late}</a>" in shown and f">{fresh}</a>" not in shown
    assert f">{answered}</a>" not in shown
    assert all("Lewat target" in row for row in _rows(only))
    assert _overdue_count(only) == _total(only) == _overdue_count(listed) >= 1

    nearest = (await client.get("/crm/tickets?order=due")).text
    assert '<option value="due" selected>Tenggat terdekat</option>' in nearest
    first = _rows(nearest)[0]  # the seeded demo tickets are long overdue: one comes first
    assert "Lewat target" in first and f">{answered}</a>" not in first
    if 'rel="next"' in nearest:
        assert 'href="/crm/tickets?order=due&page=2"' in nearest  # the order kept on paging


async def test_the_queue_page_counts_overdue_tickets_and_the_holders_own(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    late_id, late, _ = await _aged(runtime, "urgent", timedelta(hours=5))
    await sign_in(client, "agent1")
    overdue = _overdue_count((await client.get("/crm/tickets")).text)
    queue = (await client.get("/crm")).text
    assert (
        '<a href="/crm/tickets?order=due&amp;overdue=1" class="badge late" id="ticket-overdue">'
        f"{overdue} tiket lewat target respons</a>"
    ) in queue
    assert 'id="my-ticket-overdue"' not in queue

    assert await _post(client, f"/crm/tickets/{late_id}/take") == "taken"  # no response yet
    queue = (await client.get("/crm")).text
    assert f"{overdue} tiket lewat target respons" in queue
    assert (
        '<a href="/crm/tickets?order=due&amp;mine=1&amp;overdue=1" id="my-ticket-overdue">'
        "1 lewat target di tiket saya</a>"
    ) in queue
    mine = (await client.get("/crm/tickets?order=due&mine=1&overdue=1")).text
    assert [f">{late}</a>" in row for row in _rows(mine)] == [True]

    form = {"status": "in_progress", "priority": "urgent", "seen": "in_progress", "message": TOLD}
    assert await _post(client, f"/crm/tickets/{late_id}/update", **form) == "sent"
    queue = (await client.get("/crm")).text
    assert 'id="my-ticket-overdue"' not in queue
    if overdue > 1:
        assert f">{overdue - 1} tiket lewat target respons</a>" in queue
    else:
        assert 'id="ticket-overdue"' not in queue


def test_the_lists_query_keeps_the_overdue_filter_and_the_due_order() -> None:
    agent = StaffRecord(7, "agent1", "Budi", "agent", True, "")
    chosen = filters_of({"overdue": "1", "order": "due", "mine": "1"}, agent)
    assert (chosen.overdue, chosen.due_first, chosen.replies_first) == (True, True, False)
    assert query_of(chosen, agent, 2) == "order=due&mine=1&overdue=1&page=2"
    plain = filters_of({"overdue": "yes"}, agent)
    assert (plain.overdue, plain.due_first, plain.replies_first) == (False, False, True)


async def test_the_configured_targets_are_the_ones_the_desk_uses(settings: Settings) -> None:
    """``crm.ticket_targets`` from the settings reaches the desk (here: 1 hour for all)."""
    hourly = TicketTargets(urgent=1, high=1, normal=1, low=1)
    crm = settings.crm.model_copy(update={"ticket_targets": hourly})
    configured = settings.model_copy(update={"crm": crm})
    runtime = await open_runtime(configured)
    try:
        _, reference, _ = await _aged(runtime, "normal", timedelta(hours=2, minutes=30))
        transport = httpx.ASGITransport(app=create_app(configured, runtime))
        async with httpx.AsyncClient(transport=transport, base_url="http://assistant") as http:
            await sign_in(http, "agent1")
            listed = (await http.get("/crm/tickets?order=newest")).text
    finally:
        await runtime.close()
    assert ">Lewat target 1 jam</strong>" in _row(listed, reference)  # 24 hours: "Sisa 21 jam"
