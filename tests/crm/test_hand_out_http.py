"""Chats already waiting go out when staff have room (``crm.auto_assign``, one open chat each
here): when a staff member switches "Tersedia" on, when a chat is handed back, when a
participant leaves the staff member holding their chat, when a supervisor puts one back in the
queue (to someone else), and on the queue page's live refresh (a chat queued while nobody was
seen). Oldest first; a chat on a channel this deployment
cannot send to is left for staff. The participant gets the message of an assignment at
queueing, with the leave button, recorded in the transcript under the staff member (they have
not read the chat yet: it says they will); the bot falls silent."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import UTC, datetime, timedelta

import httpx
import pytest
import sqlalchemy as sa

from bot.app import create_app
from bot.channels.agent_replies import collect
from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from flows import Inbound
from flows.handoff import STOP
from flows.responses import text
from storage.db import create_session_factory
from storage.keys import ConversationKey
from storage.models import StaffPresence
from storage.repositories.handoff_assign import AutoAssign
from storage.repositories.handoffs import HandoffItem, HandoffRepository
from tests.bot.conftest import seeded_db, settings
from tests.crm.test_auto_assign_http import ON_DUTY, _ask
from tests.support.crm import csrf_of, sign_in

__all__ = ["seeded_db", "settings"]  # fixtures, used here

Browser = Callable[[str], Awaitable[httpx.AsyncClient]]


@pytest.fixture
async def staffed(settings: Settings) -> AsyncIterator[tuple[Runtime, Browser]]:
    """The assistant with ``crm.auto_assign`` on (one open chat each), and signed-in staff
    browsers on demand."""
    rule = AutoAssign(enabled=True, max_open_per_agent=1)
    configured = settings.model_copy(
        update={"crm": settings.crm.model_copy(update={"auto_assign": rule})}
    )
    runtime = await open_runtime(configured)
    app = create_app(configured, runtime)
    browsers: list[httpx.AsyncClient] = []

    async def browser(username: str) -> httpx.AsyncClient:
        http = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://a")
        browsers.append(http)
        await sign_in(http, username)
        return http

    try:
        yield runtime, browser
    finally:
        for http in browsers:
            await http.aclose()
        await runtime.close()


async def _post(http: httpx.AsyncClient, path: str, **form: str) -> httpx.Response:
    csrf = csrf_of((await http.get("/crm")).text)
    return await http.post(path, data={"csrf": csrf, **form})


async def _chat(runtime: Runtime, user_id: str) -> HandoffItem:
    items = await HandoffRepository(create_session_factory(runtime.database)).open_items()
    (item,) = [i for i in items if i.user_id == user_id]
    return item


async def _told_assigned(runtime: Runtime, user_id: str, agent: str) -> None:
    """The web chat user was told who will reply (their inbox), as the transcript says, and
    the bot is silent now."""
    key = ConversationKey("webchat", user_id)
    said = text("id", "handoff.assigned", agent=agent)
    waiting, handoff = await collect(runtime.sessions, key)
    assert (handoff, [r.text for r in waiting][-1:]) == ("agent", [said])
    assert [(b.title, b.payload) for b in waiting[-1].buttons] == [
        (text("id", "handoff.leave"), STOP)
    ]
    assert runtime.crm is not None
    found = await runtime.crm.console.conversation((await _chat(runtime, user_id)).id)
    assert found is not None
    last = found[1][-1]
    assert (last.direction, last.text, last.author) == ("out", said, "agent1")
    assert await _ask(runtime, user_id, "halo?", 9) == []


async def test_switching_on_and_handing_back_give_out_the_oldest_waiting_chat(
    staffed: tuple[Runtime, Browser],
) -> None:
    runtime, browser = staffed
    agent1 = await browser("agent1")
    telegram = Inbound(
        "telegram", "777", "t-1", text="mau bicara dengan petugas", timestamp=ON_DUTY
    )
    await runtime.engine.handle(telegram)  # first in the queue; not configured here
    for visitor in ("visitor-1", "visitor-2"):
        (queued,) = await _ask(runtime, visitor)  # nobody is available yet
        assert queued.text.startswith(text("id", "handoff.queued", position=1)[:20])

    assert (await _post(agent1, "/crm/presence", available="1")).status_code == 303
    assert (await _chat(runtime, "visitor-1")).assignee == "Budi Santoso"  # the oldest it can
    await _told_assigned(runtime, "visitor-1", "Budi Santoso")
    assert (await _chat(runtime, "visitor-2")).state == "queued"  # agent1 is at the cap of 1
    assert (await _chat(runtime, "777")).state == "queued"  # left for staff to take

    first = await _chat(runtime, "visitor-1")
    released = await _post(agent1, f"/crm/handoffs/{first.id}/release")
    assert released.headers["location"] == "/crm?notice=released"
    assert (await _chat(runtime, "visitor-2")).assignee == "Budi Santoso"  # the place freed
    await _told_assigned(runtime, "visitor-2", "Budi Santoso")
    page = (await agent1.get(f"/crm/handoffs/{(await _chat(runtime, 'visitor-2')).id}")).text
    assert 'id="reply"' in page and "Budi Santoso akan membaca" in page


async def test_a_participant_who_leaves_frees_a_place_at_once(
    staffed: tuple[Runtime, Browser],
) -> None:
    runtime, browser = staffed
    agent1 = await browser("agent1")
    await _post(agent1, "/crm/presence", available="1")
    await _ask(runtime, "visitor-1")  # assigned at once
    (queued,) = await _ask(runtime, "visitor-2")
    assert queued.text.startswith(text("id", "handoff.queued", position=1)[:20])
    leave = Inbound("webchat", "visitor-1", "visitor-1-2", payload=STOP, timestamp=ON_DUTY)
    (left,) = await runtime.engine.handle(leave)  # the participant left: a place is free
    assert left.text == text("id", "handoff.left")
    assert (await _chat(runtime, "visitor-2")).assignee == "Budi Santoso"  # not at a refresh
    await _told_assigned(runtime, "visitor-2", "Budi Santoso")


async def test_the_queue_refresh_gives_a_chat_queued_while_nobody_was_seen(
    staffed: tuple[Runtime, Browser],
) -> None:
    runtime, browser = staffed
    agent1 = await browser("agent1")
    await _post(agent1, "/crm/presence", available="1")
    async with create_session_factory(runtime.database)() as session, session.begin():
        away = datetime.now(UTC) - timedelta(minutes=10)  # not seen for 10 minutes
        await session.execute(sa.update(StaffPresence).values(seen_at=away))
    (queued,) = await _ask(runtime, "visitor-2")  # nobody available: it waits
    assert queued.text.startswith(text("id", "handoff.queued", position=1)[:20])

    await agent1.get("/crm")  # the live refresh of the queue page sees agent1 again
    assert (await _chat(runtime, "visitor-2")).assignee == "Budi Santoso"
    await _told_assigned(runtime, "visitor-2", "Budi Santoso")


async def test_a_requeued_chat_goes_to_someone_else(staffed: tuple[Runtime, Browser]) -> None:
    runtime, browser = staffed
    agent1, boss = await browser("agent1"), await browser("supervisor")
    await _post(agent1, "/crm/presence", available="1")
    await _ask(runtime, "visitor-1")  # assigned at once to agent1
    await _ask(runtime, "visitor-2")  # waits: agent1 is at the cap
    chat = await _chat(runtime, "visitor-1")
    assert chat.assignee == "Budi Santoso"

    done = await _post(boss, f"/crm/handoffs/{chat.id}/requeue")
    assert done.headers["location"] == "/crm?notice=requeued"
    assert (await _chat(runtime, "visitor-1")).state == "queued"  # not back to agent1 ...
    assert (await _chat(runtime, "visitor-2")).assignee == "Budi Santoso"  # ... who has room
    await _told_assigned(runtime, "visitor-2", "Budi Santoso")
    await agent1.get("/crm")  # nor on a refresh
    assert (await _chat(runtime, "visitor-1")).state == "queued"

    agent2 = await browser("agent2")
    await _post(agent2, "/crm/presence", available="1")
    assert (await _chat(runtime, "visitor-1")).assignee == "Dewi Anggraini"
    waiting, _ = await collect(runtime.sessions, ConversationKey("webchat", "visitor-1"))
    assert [r.text for r in waiting][-2:] == [
        text("id", "handoff.requeued"), text("id", "handoff.assigned", agent="Dewi Anggraini"),
    ]  # fmt: skip
