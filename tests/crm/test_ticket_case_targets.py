"""A ticket's own page shows its first-response target next to its status, in the list's words
("Sisa 3 jam", "Lewat target 12 jam", "Respons pertama ...", never colour alone) with the due
time written out in the staff time zone; a new priority moves the target at once, and a
message to the participant turns it into the time of the first response."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import httpx

from bot.runtime import Runtime
from crm.staff_time import WIB, StaffZone
from crm.ticket_case_page import ticket_page
from crm.ticket_desk import TicketFile
from flows.config import StaffHours
from storage.repositories.staff import StaffRecord
from storage.repositories.ticket_desk import DeskTicket, TicketCase
from tests.bot.conftest import client, runtime, seeded_db
from tests.bot.conftest import settings as bot_settings
from tests.crm.test_ticket_desk_http import _post
from tests.crm.test_ticket_targets_http import TOLD, _aged, settings
from tests.support.crm import sign_in

__all__ = ["bot_settings", "client", "runtime", "seeded_db", "settings"]  # fixtures, used here
# (settings: on the calendar clock, as these tests count hours back from the real time)

AGENT = StaffRecord(7, "agent1", "Budi", "agent", True, "")
FILED = datetime(2026, 11, 29, 1, 0, tzinfo=UTC)


def _due(page: str) -> str:
    """The page's "Target respons" row (its facts table's)."""
    found = re.search(r'<tr id="due"><th>Target respons</th><td>(.*?)</td></tr>', page)
    assert found is not None, "no first-response target on the page"
    return found.group(1)


def _facts(page: str) -> list[str]:
    """The facts table's row names, in order."""
    table = re.search(r'<table class="card" id="facts">(.*?)</table>', page)
    assert table is not None
    return re.findall(r"<th>([^<]+)</th>", table.group(1))


async def test_the_page_shows_the_target_and_follows_a_new_priority(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    ticket_id, _, filed = await _aged(runtime, "normal", timedelta(hours=20, minutes=30))
    await sign_in(client, "agent1")
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert _facts(page)[2:5] == ["Prioritas", "Status", "Target respons"]  # next to them
    assert _due(page) == (
        '<span class="due">Sisa 3 jam</span> '
        f'<span class="meta">(tenggat {WIB.show(filed + timedelta(hours=24))})</span>'
    )

    assert await _post(client, f"/crm/tickets/{ticket_id}/take") == "taken"
    form = {"status": "in_progress", "priority": "high", "seen": "in_progress"}
    response = await client.post(
        f"/crm/tickets/{ticket_id}/update",
        data={**form, **await _form_of(client, ticket_id)},
        follow_redirects=True,
    )
    assert "Perubahan disimpan." in response.text
    assert _due(response.text) == (  # high: 8 hours from filing, long past
        '<strong class="badge late due">Lewat target 12 jam</strong> '
        f'<span class="meta">(tenggat {WIB.show(filed + timedelta(hours=8))})</span>'
    )

    form = {"status": "in_progress", "priority": "low", "seen": "in_progress"}
    assert await _post(client, f"/crm/tickets/{ticket_id}/update", **form) == "saved"
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    assert _due(page).startswith('<span class="due">Sisa 2 hari</span>')  # low: 51.5 h left

    told = {**form, "message": TOLD}
    assert await _post(client, f"/crm/tickets/{ticket_id}/update", **told) == "sent"
    shown = _due((await client.get(f"/crm/tickets/{ticket_id}")).text)
    assert re.fullmatch(
        r'<span class="responded">Respons pertama \d\d-\d\d-\d{4} \d\d:\d\d WIB</span>', shown
    )


async def _form_of(client: httpx.AsyncClient, ticket_id: int) -> dict[str, str]:
    """The update form's hidden fields as the page carries them (token and version)."""
    page = (await client.get(f"/crm/tickets/{ticket_id}")).text
    fields = dict(re.findall(r'name="(csrf|version)" value="([^"]*)"', page))
    assert set(fields) == {"csrf", "version"}
    return fields


def _file(status: str, due_at: datetime | None, first: datetime | None = None) -> TicketFile:
    ticket = DeskTicket(
        id=5, reference="PRK-12345678", category="account_blocked", status=status,
        priority="urgent", created_at=FILED, updated_at=FILED, assignee_id=None, assignee=None,
        first_response_at=first, due_at=due_at,
    )  # fmt: skip
    return TicketFile(TicketCase(ticket, "Akun diblokir", None, None), None, [])


def test_the_due_time_is_in_the_staff_zone_and_lateness_is_said_in_words() -> None:
    wita = StaffZone.of(StaffHours(utc_offset_hours=8, zone_label="WITA"))
    due = FILED + timedelta(hours=4)
    late = ticket_page(_file("open", due), AGENT, "t", wita, now=due + timedelta(minutes=40))
    assert _due(late) == (
        '<strong class="badge late due">Lewat target 40 mnt</strong> '
        '<span class="meta">(tenggat 29-11-2026 13:00 WITA)</span>'
    )
    early = ticket_page(_file("open", due), AGENT, "t", wita, now=FILED + timedelta(hours=1))
    assert '<span class="due">Sisa 3 jam</span>' in _due(early)
    answered = ticket_page(_file("waiting_user", None, FILED), AGENT, "t", wita, now=due)
    assert _due(answered) == '<span class="responded">Respons pertama 29-11-2026 09:00 WITA</span>'
    closed = ticket_page(_file("closed", None), AGENT, "t", wita, now=due)
    assert 'id="due"' not in closed and "Respons pertama" not in closed  # nothing to say
