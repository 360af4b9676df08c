"""After a reload the web chat page asks who is answering and what was said
(``GET /api/webchat/state`` and ``/history``): queued with the live place in the queue, with an
agent (named as their greeting names them), or nobody; only ever the visitor's own."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any

import httpx
import pytest

from bot.app import create_app
from bot.channels.agent_replies import AgentReplies
from bot.channels.visitors import COOKIE
from bot.runtime import Runtime
from bot.settings import Settings
from crm.http import Crm
from flows import Inbound, Outbound
from storage.repositories.staff import StaffRecord
from tests.support.webchat import TRUSTED

ON_DUTY = datetime(2026, 3, 2, 3, 0, tzinfo=UTC)  # Monday 10:00 WIB: staff are on duty
STATE = "/api/webchat/state"
HISTORY = "/api/webchat/history"
NOBODY = {"handoff": None, "position": None, "agent": None, "language": "id"}


@pytest.fixture
async def browser(settings: Settings, runtime: Runtime) -> AsyncIterator[httpx.AsyncClient]:
    """A browser without a visitor cookie yet (``_visit`` gives it one)."""
    transport = httpx.ASGITransport(app=create_app(settings, runtime))
    async with httpx.AsyncClient(transport=transport, base_url="http://assistant") as http:
        yield http


async def _visitor(runtime: Runtime, *texts: str, payload: str | None = None) -> tuple[str, str]:
    """A web chat visitor who wrote ``texts`` (on duty); returns (user id, cookie)."""
    visitor = runtime.visitors.visitor(None)
    assert visitor.new_cookie is not None
    messages = [Inbound("webchat", visitor.user_id, f"m{n}", text=t) for n, t in enumerate(texts)]
    if payload is not None:
        messages.insert(0, Inbound("webchat", visitor.user_id, "p", payload=payload))
    for message in messages:
        await runtime.engine.handle(replace(message, timestamp=ON_DUTY))
    await runtime.transcript.flush()
    return visitor.user_id, visitor.new_cookie


async def _state(
    browser: httpx.AsyncClient,
    cookie: str | None,
    params: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> dict[str, Any]:
    browser.cookies.clear()
    if cookie is not None:
        browser.cookies.set(COOKIE, cookie)
    response = await browser.get(STATE, params=params, headers=headers)
    assert response.status_code == 200 and response.headers["cache-control"] == "no-store"
    state: dict[str, Any] = response.json()
    return state


def _crm(runtime: Runtime) -> Crm:
    assert runtime.crm is not None
    return runtime.crm


async def _agent(runtime: Runtime, username: str = "agent1") -> StaffRecord:
    agent = await _crm(runtime).staff.by_username(username)
    assert agent is not None
    return agent


async def _handoff_of(runtime: Runtime, user_id: str) -> int:
    items = [i for i in await _crm(runtime).console.queue() if i.user_id == user_id]
    assert len(items) == 1
    return items[0].id


async def test_a_visitor_without_a_valid_cookie_is_nobody(
    browser: httpx.AsyncClient, runtime: Runtime
) -> None:
    await _visitor(runtime, "mau bicara dengan petugas")  # someone else is queued
    assert await _state(browser, None) == NOBODY
    assert await _state(browser, "web-forged.signature") == NOBODY
    browser.cookies.clear()
    history = (await browser.get(HISTORY)).json()
    assert history == {"messages": [], **NOBODY}
    assert COOKIE not in history and "set-cookie" not in (await browser.get(STATE)).headers


async def test_queued_visitors_see_their_own_live_place_in_the_queue(
    browser: httpx.AsyncClient, runtime: Runtime
) -> None:
    first, first_cookie = await _visitor(runtime, "mau bicara dengan petugas")
    _, second_cookie = await _visitor(runtime, "mau bicara dengan petugas")
    assert await _state(browser, first_cookie) == {**NOBODY, "handoff": "queued", "position": 1}
    assert await _state(browser, second_cookie) == {**NOBODY, "handoff": "queued", "position": 2}
    # The bot's own queue message says the same place.
    await runtime.engine.handle(Inbound("webchat", runtime.visitors.verify(second_cookie) or "",
                                        "m9", text="halo??", timestamp=ON_DUTY))  # fmt: skip
    await runtime.transcript.flush()
    browser.cookies.set(COOKIE, second_cookie)
    history = (await browser.get(HISTORY)).json()
    assert "antrean nomor 2" in history["messages"][-1]["text"]

    # The first is taken: the second moves up.
    await _crm(runtime).console.take(await _handoff_of(runtime, first), await _agent(runtime))
    assert await _state(browser, second_cookie) == {**NOBODY, "handoff": "queued", "position": 1}


async def test_a_taken_chat_names_the_agent_and_a_hand_back_ends_it(
    browser: httpx.AsyncClient, runtime: Runtime
) -> None:
    user_id, cookie = await _visitor(runtime, "mau bicara dengan petugas")
    handoff, agent = await _handoff_of(runtime, user_id), await _agent(runtime)
    console = _crm(runtime).console
    assert await console.take(handoff, agent)
    taken = await _state(browser, cookie)
    assert taken == {**NOBODY, "handoff": "agent", "agent": "Budi Santoso"}

    await console.hand_back(handoff, agent)
    assert await _state(browser, cookie) == NOBODY


async def test_leaving_the_queue_ends_the_state(
    browser: httpx.AsyncClient, runtime: Runtime
) -> None:
    user_id, cookie = await _visitor(runtime, "mau bicara dengan petugas")
    assert (await _state(browser, cookie))["handoff"] == "queued"
    await runtime.engine.handle(Inbound("webchat", user_id, "x", payload="handoff:stop"))
    assert await _state(browser, cookie) == NOBODY


async def test_an_english_visitor_gets_the_state_in_english(
    browser: httpx.AsyncClient, runtime: Runtime
) -> None:
    _, cookie = await _visitor(runtime, "I want to talk to a person", payload="lang:en")
    state = await _state(browser, cookie)
    assert state == {"handoff": "queued", "position": 1, "agent": None, "language": "en"}


async def test_nobody_reads_another_visitors_state_or_history(
    browser: httpx.AsyncClient, runtime: Runtime
) -> None:
    """The signed cookie is the only key: a user id in the query string or in the trusted
    servers' header, without the API token, changes nothing."""
    queued, _ = await _visitor(runtime, "mau bicara dengan petugas")
    assert await _state(browser, None, params={"user_id": queued}) == NOBODY
    _, other_cookie = await _visitor(runtime, "halo")
    spoofed = {"X-Prakerja-User": queued}
    assert await _state(browser, other_cookie, headers=spoofed) == NOBODY
    history = (await browser.get(HISTORY, headers=spoofed, params={"user_id": queued})).json()
    assert [m["text"] for m in history["messages"] if m["from"] == "me"] == ["halo"]
    assert "antrean" not in str(history) and history["handoff"] is None
    # A trusted server (API token) names its users in the header, never in the URL.
    browser.cookies.clear()
    assert (await browser.get(STATE, headers=TRUSTED)).status_code == 400
    trusted = await browser.get(STATE, headers={**TRUSTED, "X-Prakerja-User": "partner-7"})
    assert trusted.json() == NOBODY


async def test_the_history_comes_back_once_without_who_wrote_it(
    browser: httpx.AsyncClient, runtime: Runtime
) -> None:
    """What was said, tapped buttons by their titles, the agent's replies waiting in the inbox
    shown once (they are in the transcript too); no staff username, no visitor id."""
    user_id, cookie = await _visitor(runtime, "mau bicara dengan petugas")
    await runtime.engine.handle(Inbound("webchat", user_id, "s", payload="start"))
    await runtime.engine.handle(Inbound("webchat", user_id, "p", payload="topic:waves"))
    console, agent = _crm(runtime).console, await _agent(runtime)
    handoff = await _handoff_of(runtime, user_id)
    assert await console.take(handoff, agent)
    await console.reply(handoff, agent, "Halo, aku bantu ya.")
    await runtime.transcript.flush()

    browser.cookies.set(COOKIE, cookie)
    response = await browser.get(HISTORY)
    body = response.json()
    texts = [(m["from"], m["text"]) for m in body["messages"]]
    assert texts[0] == ("me", "mau bicara dengan petugas")
    assert texts[1][0] == "bot" and "antrean nomor 1" in texts[1][1]
    assert ("me", "start") not in texts  # the page's own greeting request, never shown
    assert any(who == "bot" and "Pilih" in text for who, text in texts)  # the menu
    said = [text for who, text in texts if who == "me"]
    assert len(said) == 2 and said[1] != "topic:waves"  # the tapped button, by its title
    agent_lines = [t for _, t in texts if t.startswith("Halo, aku Budi Santoso")]
    assert len(agent_lines) == 1 and texts[-1] == ("bot", "Halo, aku bantu ya.")
    assert body["handoff"] == "agent" and body["agent"] == "Budi Santoso"
    assert "agent1" not in response.text and user_id not in response.text
    assert set(body) == {"messages", "handoff", "position", "agent", "language"}
    # The inbox was emptied: the page's next update does not repeat the agent's words.
    assert (await browser.get("/api/webchat/updates")).json()["replies"] == []


async def test_agent_replies_not_yet_recorded_are_still_shown(
    browser: httpx.AsyncClient, runtime: Runtime
) -> None:
    """The console delivers a reply, then records it: a reload in between still shows it."""
    user_id, cookie = await _visitor(runtime, "mau bicara dengan petugas")
    assert await _crm(runtime).console.take(await _handoff_of(runtime, user_id),
                                            await _agent(runtime))  # fmt: skip
    await AgentReplies(runtime.channels, runtime.sessions)(
        "webchat", user_id, [Outbound("Sebentar ya, aku cek dulu.")]
    )
    browser.cookies.set(COOKIE, cookie)
    texts = [m["text"] for m in (await browser.get(HISTORY)).json()["messages"]]
    assert texts[-1] == "Sebentar ya, aku cek dulu."
    assert sum(t.startswith("Halo, aku Budi Santoso") for t in texts) == 1
