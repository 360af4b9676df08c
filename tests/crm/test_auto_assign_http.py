"""Escalated chats assigned at once (``crm.auto_assign``): a staff member switches "Tersedia"
on in the console; a participant asking for a person during staff hours then gets the
greeting an agent's take sends, the bot falls silent, and the staff member finds the chat in
their console as if they had taken it. With their one chat open (the cap here), the next
participant waits in the queue as before; signing out switches the staff member off. Off (the
default), the console shows no switch."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import sqlalchemy as sa

from bot.app import create_app
from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from flows import Inbound, Outbound
from flows.handoff import STOP
from flows.responses import text
from storage.db import create_session_factory
from storage.keys import ConversationKey
from storage.models import StaffPresence
from storage.repositories.handoff_assign import AutoAssign
from tests.bot.conftest import client, runtime, seeded_db, settings
from tests.support.crm import csrf_of, sign_in, switch_presence

__all__ = ["client", "runtime", "seeded_db", "settings"]  # fixtures, used here

ON_DUTY = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # Monday 10:00 WIB: staff are on duty
ASK = "mau bicara dengan petugas"


@pytest.fixture
async def assigning(settings: Settings) -> AsyncIterator[tuple[Runtime, httpx.AsyncClient]]:
    """The assistant with ``crm.auto_assign`` on (one open chat per staff member), and a
    staff browser."""
    rule = AutoAssign(enabled=True, max_open_per_agent=1)
    configured = settings.model_copy(
        update={"crm": settings.crm.model_copy(update={"auto_assign": rule})}
    )
    runtime = await open_runtime(configured)
    transport = httpx.ASGITransport(app=create_app(configured, runtime))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://assistant") as http:
            yield runtime, http
    finally:
        await runtime.close()


async def _ask(runtime: Runtime, user_id: str, said: str = ASK, n: int = 1) -> list[Outbound]:
    message = Inbound("webchat", user_id, f"{user_id}-{n}", text=said, timestamp=ON_DUTY)
    return await runtime.engine.handle(message)


async def test_an_available_agent_gets_a_new_chat_at_once(
    assigning: tuple[Runtime, httpx.AsyncClient],
) -> None:
    runtime, http = assigning
    await sign_in(http, "agent1")
    queue = (await http.get("/crm")).text
    assert "Status: <strong>Tidak tersedia</strong>" in queue and "Jadi tersedia" in queue
    queue = await switch_presence(http, "1")
    assert "Status: <strong>Tersedia</strong>" in queue and "paling banyak 1" in queue
    async with create_session_factory(runtime.database)() as session, session.begin():
        away = datetime.now(UTC) - timedelta(minutes=10)  # not seen for 10 minutes, until ...
        await session.execute(sa.update(StaffPresence).values(seen_at=away))
    await http.get("/crm")  # ... the queue page's live refresh sees them

    (greeting,) = await _ask(runtime, "visitor-1")
    assert greeting.text == text("id", "handoff.assigned", agent="Budi Santoso")
    assert [(b.title, b.payload) for b in greeting.buttons] == [(text("id", "handoff.leave"), STOP)]
    session = await runtime.sessions.load(ConversationKey("webchat", "visitor-1"))
    assert session is not None and session.handoff == "agent"
    assert await _ask(runtime, "visitor-1", "halo?", 2) == []  # silent: a person holds it

    assert runtime.crm is not None
    (item,) = [i for i in await runtime.crm.console.queue() if i.user_id == "visitor-1"]
    assert (item.state, item.assignee) == ("assigned", "Budi Santoso")
    await runtime.transcript.flush()  # the greeting is the staff member's, as a take's is
    found = await runtime.crm.console.conversation(item.id)
    assert found is not None
    said = [(e.direction, e.text, e.author) for e in found[1] if e.direction == "out"]
    assert said == [("out", greeting.text, "agent1")]
    page = (await http.get(f"/crm/handoffs/{item.id}")).text
    assert 'id="reply"' in page and "Serahkan kembali ke bot" in page  # as if taken

    (queued,) = await _ask(runtime, "visitor-2")  # agent1 is at the cap of 1
    assert queued.text.startswith(text("id", "handoff.queued", position=1)[:20])
    (waiting,) = [i for i in await runtime.crm.console.queue() if i.user_id == "visitor-2"]
    assert waiting.state == "queued"

    csrf = csrf_of((await http.get("/crm")).text)
    await http.post("/crm/logout", data={"csrf": csrf})
    await sign_in(http, "agent1")
    assert "Status: <strong>Tidak tersedia</strong>" in (await http.get("/crm")).text


async def test_switched_off_nobody_gets_chats_and_the_default_shows_no_switch(
    assigning: tuple[Runtime, httpx.AsyncClient], client: httpx.AsyncClient
) -> None:
    runtime, http = assigning
    await sign_in(http, "agent1")
    await switch_presence(http, "1")
    await switch_presence(http, "0")
    (queued,) = await _ask(runtime, "visitor-3")
    assert queued.text == text("id", "handoff.queued", position=1)

    await sign_in(client, "agent1")  # crm.auto_assign off: the console as before
    assert 'id="presence"' not in (await client.get("/crm")).text
