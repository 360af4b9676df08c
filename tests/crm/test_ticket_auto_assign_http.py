"""Complaint tickets assigned automatically (``crm.ticket_auto_assign``): a staff member switches
"Tersedia" on in the console; a participant's complaint filed in the chat then goes at once to
them, "Diproses", its history saying "Otomatis". With their one open ticket (the cap here), the
next complaint waits unassigned, and goes to them as soon as they resolve the first. Chats are
not assigned automatically here (``crm.auto_assign`` off): the switch speaks of tickets only."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import httpx
import pytest
import sqlalchemy as sa

from bot.app import create_app
from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from flows import Inbound
from storage.db import create_session_factory
from storage.models import ComplaintTicket, StaffUser
from storage.repositories.ticket_hand_out import TicketAutoAssign
from tests.bot.conftest import client, runtime, seeded_db, settings
from tests.support.crm import csrf_of, sign_in, switch_presence

__all__ = ["client", "runtime", "seeded_db", "settings"]  # fixtures, used here

COMPLAINT = (
    "mau lapor, insentif saya belum masuk",
    "Tidak",
    "Insentif pertama belum masuk padahal sudah 10 hari sejak jadwal",
    "OVO",
    "Kirim",
)


@pytest.fixture
async def assigning(settings: Settings) -> AsyncIterator[tuple[Runtime, httpx.AsyncClient]]:
    """The assistant with ``crm.ticket_auto_assign`` on (one open ticket per staff member), the
    seeded desk's tickets all closed, and a staff browser."""
    rule = TicketAutoAssign(enabled=True, max_open_per_agent=1)
    configured = settings.model_copy(
        update={"crm": settings.crm.model_copy(update={"ticket_auto_assign": rule})}
    )
    runtime = await open_runtime(configured)
    async with create_session_factory(runtime.database).begin() as session:
        await session.execute(sa.update(ComplaintTicket).values(status="closed"))
    transport = httpx.ASGITransport(app=create_app(configured, runtime))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://assistant") as http:
            yield runtime, http
    finally:
        await runtime.close()


async def _complain(runtime: Runtime, user_id: str) -> int:
    """File an incentive complaint in the web chat, as a participant does; the ticket's id."""
    said = ""
    for n, words in enumerate(COMPLAINT):
        replies = await runtime.engine.handle(Inbound("webchat", user_id, f"{user_id}-{n}", words))
        said = " ".join(reply.text for reply in replies)
    found = re.search(r"PRK-\d+", said)
    assert found is not None, said
    async with create_session_factory(runtime.database)() as session:
        ticket_id = await session.scalar(
            sa.select(ComplaintTicket.id).where(ComplaintTicket.reference == found.group(0))
        )
    assert ticket_id is not None
    return int(ticket_id)


async def _holder(runtime: Runtime, ticket_id: int) -> tuple[str, str | None]:
    async with create_session_factory(runtime.database)() as session:
        row = (
            await session.execute(
                sa.select(ComplaintTicket.status, StaffUser.username)
                .outerjoin(StaffUser, StaffUser.id == ComplaintTicket.assignee_id)
                .where(ComplaintTicket.id == ticket_id)
            )
        ).one()
    return row[0], row[1]


async def test_an_available_agent_gets_a_new_ticket_and_the_next_when_one_is_resolved(
    assigning: tuple[Runtime, httpx.AsyncClient],
) -> None:
    runtime, http = assigning
    await sign_in(http, "agent1")
    queue = (await http.get("/crm")).text
    assert "Status: <strong>Tidak tersedia</strong>. Tiket tidak ditugaskan" in queue
    queue = await switch_presence(http, "1")
    assert "Status: <strong>Tersedia</strong>. Tiket pengaduan" in queue
    switch = queue.split("Status:")[1]
    assert "paling banyak 1 tiket terbuka" in switch and "Percakapan" not in switch

    first = await _complain(runtime, "visitor-1")
    assert await _holder(runtime, first) == ("in_progress", "agent1")
    page = (await http.get(f"/crm/tickets/{first}")).text
    assert "Otomatis</span>" in page and "Tiket ditugaskan otomatis ke agent1" in page
    mine = (await http.get("/crm/tickets?mine=1")).text
    assert f"/crm/tickets/{first}" in mine

    second = await _complain(runtime, "visitor-2")  # agent1 is at the cap of 1
    assert await _holder(runtime, second) == ("open", None)

    version = re.search(r'name="version" value="(\d+)"', page)
    assert version is not None
    form = {
        "csrf": csrf_of(page), "status": "resolved", "priority": "normal", "seen": "in_progress",
        "version": version.group(1), "message": "Insentifmu sudah kami proses ulang, ya.",
    }  # fmt: skip
    done = await http.post(f"/crm/tickets/{first}/update", data=form)
    assert done.status_code == 303
    assert await _holder(runtime, second) == ("in_progress", "agent1")  # room again: theirs
    assert "Tiket ditugaskan otomatis ke agent1" in (await http.get(f"/crm/tickets/{second}")).text

    await switch_presence(http, "0")
    third = await _complain(runtime, "visitor-3")
    assert await _holder(runtime, third) == ("open", None)  # nobody available: it waits


async def test_off_by_default_tickets_wait_for_a_take(
    runtime: Runtime, client: httpx.AsyncClient
) -> None:
    await sign_in(client, "agent1")
    assert 'id="presence"' not in (await client.get("/crm")).text
    ticket_id = await _complain(runtime, "visitor-4")
    assert await _holder(runtime, ticket_id) == ("open", None)
