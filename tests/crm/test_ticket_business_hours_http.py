"""The ticket desk counts first-response targets in staff hours by default
(``crm.ticket_targets_clock: business``): a high-priority ticket filed on a Friday at 16:00 WIB
is due on Monday at 15:00, on the list and on the ticket's page; ``calendar`` counts every
hour; anything else is refused at start-up, naming the key."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import httpx
import pytest
import sqlalchemy as sa

from bot.app import create_app
from bot.runtime import Runtime, open_runtime
from bot.settings import ConfigError, Settings, load_settings
from crm.staff_time import target_clock
from flows.config import StaffHours
from storage.business_hours import CALENDAR, BusinessHours
from storage.db import create_session_factory
from storage.models import ComplaintTicket
from tests.bot.conftest import client, runtime, seeded_db, settings
from tests.crm.test_ticket_desk_http import _web_chat_ticket
from tests.crm.test_ticket_replies_http import _row
from tests.support.crm import sign_in

__all__ = ["client", "runtime", "seeded_db", "settings"]  # fixtures, used here

FRIDAY = datetime(2025, 3, 7, 16, 0, tzinfo=timezone(timedelta(hours=7)))


async def _friday_ticket(runtime: Runtime) -> tuple[int, str]:
    """A high-priority web chat ticket filed on Friday 7 March 2025, 16:00 WIB."""
    ticket_id, reference, _ = await _web_chat_ticket(runtime)
    async with create_session_factory(runtime.database)() as session, session.begin():
        await session.execute(
            sa.update(ComplaintTicket)
            .where(ComplaintTicket.id == ticket_id)
            .values(created_at=FRIDAY, priority="high")
        )
    return ticket_id, reference


async def test_the_desk_counts_staff_hours_by_default(
    settings: Settings, client: httpx.AsyncClient, runtime: Runtime
) -> None:
    assert settings.crm.ticket_targets_clock == "business"  # config.yml and the default
    ticket_id, reference = await _friday_ticket(runtime)
    await sign_in(client, "agent1")
    listed = (await client.get("/crm/tickets?order=oldest")).text
    assert 'title="Tenggat respons pertama: 10-03-2025 15:00 WIB"' in _row(listed, reference)
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert "(tenggat 10-03-2025 15:00 WIB)" in page


async def test_the_calendar_clock_counts_every_hour(settings: Settings) -> None:
    crm = settings.crm.model_copy(update={"ticket_targets_clock": "calendar"})
    configured = settings.model_copy(update={"crm": crm})
    runtime = await open_runtime(configured)
    try:
        _, reference = await _friday_ticket(runtime)
        transport = httpx.ASGITransport(app=create_app(configured, runtime))
        async with httpx.AsyncClient(transport=transport, base_url="http://assistant") as http:
            await sign_in(http, "agent1")
            listed = (await http.get("/crm/tickets?order=oldest")).text
    finally:
        await runtime.close()
    assert 'title="Tenggat respons pertama: 08-03-2025 00:00 WIB"' in _row(listed, reference)


def test_the_clock_setting_is_checked_and_built_from_the_staff_hours() -> None:
    with pytest.raises(ConfigError, match=r"crm\.ticket_targets_clock"):
        load_settings(crm={"ticket_targets_clock": "weekdays"})
    hours = StaffHours(days=[0, 1, 2, 3, 4, 5], utc_offset_hours=8, zone_label="WITA")
    assert target_clock("business", hours) == BusinessHours(
        frozenset(range(6)), hours.opens, hours.closes, 8
    )
    assert target_clock("calendar", hours) is CALENDAR
