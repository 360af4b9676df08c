"""The console when something is away or asked for nonsense: a take-over or a hand-back during
a Redis outage changes neither the database nor the user's session (503, and a retry works);
an id too large for the database is simply not found."""

from __future__ import annotations

import asyncio
import re
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import replace

import httpx
import redis.asyncio as aioredis
import sqlalchemy as sa

from bot.app import create_app
from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from flows import Inbound
from storage.keys import ConversationKey
from storage.models import AuditLog
from storage.sessions import RedisKeys
from tests.bot.test_crm_console import ON_DUTY
from tests.support.crm import csrf_of, sign_in
from tests.support.services import REDIS_URL, require_redis
from tests.support.tcp_proxy import TcpProxy


@asynccontextmanager
async def _on_redis(
    settings: Settings,
) -> AsyncIterator[tuple[TcpProxy, Runtime, httpx.AsyncClient]]:
    """A runtime whose sessions are in a real Redis, behind a proxy the test can cut."""
    require_redis()
    proxy = await TcpProxy("127.0.0.1", 6379).start()
    served = settings.model_copy(update={"redis_url": f"redis://127.0.0.1:{proxy.port}/15"})
    runtime = await open_runtime(served)
    transport = httpx.ASGITransport(app=create_app(served, runtime))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://assistant") as http:
            yield proxy, runtime, http
    finally:
        await proxy.restore()
        await runtime.close()
        await proxy.close()


async def _queued(runtime: Runtime, client: httpx.AsyncClient) -> tuple[str, str, str]:
    """A web chat user waiting for a person, and agent1 signed in looking at the conversation:
    (user id, handoff id, CSRF token)."""
    visitor = runtime.visitors.visitor(None)
    ask = Inbound("webchat", visitor.user_id, "m1", text="mau bicara dengan petugas")
    await runtime.engine.handle(replace(ask, timestamp=ON_DUTY))
    await sign_in(client, "agent1")
    queue = await client.get("/crm")
    handoff = re.findall(r'href="/crm/handoffs/(\d+)"', queue.text)[-1]
    csrf = csrf_of((await client.get(f"/crm/handoffs/{handoff}")).text)
    return visitor.user_id, handoff, csrf


async def _state(client: httpx.AsyncClient, handoff: str) -> str:
    state: str = (await client.get(f"/crm/handoffs/{handoff}/messages")).json()["state"]
    return state


async def _handoff(runtime: Runtime, user_id: str) -> str | None:
    session = await runtime.sessions.load(ConversationKey("webchat", user_id))
    return None if session is None else session.handoff


async def _audited(runtime: Runtime, handoff: str) -> list[str]:
    async with runtime.database.connect() as connection:
        rows = await connection.execute(
            sa.select(AuditLog.action).where(AuditLog.subject == f"handoff:{handoff}")
        )
        return [str(action) for action in rows.scalars()]


async def _until(check: Callable[[], Awaitable[int]], wanted: bool) -> None:
    for _ in range(500):
        if bool(await check()) is wanted:
            return
        await asyncio.sleep(0.01)
    raise AssertionError("waited 5 s in vain")


async def test_a_take_over_during_a_redis_outage_changes_nothing_and_a_retry_works(
    settings: Settings,
) -> None:
    async with _on_redis(settings) as (proxy, runtime, client):
        user_id, handoff, csrf = await _queued(runtime, client)
        await proxy.cut()
        failed = await client.post(f"/crm/handoffs/{handoff}/take", data={"csrf": csrf})
        assert failed.status_code == 503
        assert "terganggu" in failed.text and "nothing was changed" in failed.text
        assert await _state(client, handoff) == "queued"  # the database did not move either
        assert await _audited(runtime, handoff) == []

        await proxy.restore()
        assert await _handoff(runtime, user_id) == "queued"
        taken = await client.post(f"/crm/handoffs/{handoff}/take", data={"csrf": csrf})
        # Not "another agent took it": the retry simply takes it.
        assert taken.headers["location"] == f"/crm/handoffs/{handoff}"
        assert await _state(client, handoff) == "assigned"
        assert await _handoff(runtime, user_id) == "agent"
        session = await runtime.sessions.load(ConversationKey("webchat", user_id))
        assert session is not None and "Budi Santoso" in session.inbox[-1]["text"]  # greeted
        # The bot keeps quiet while the agent holds the conversation.
        assert await runtime.engine.handle(Inbound("webchat", user_id, "m2", text="halo")) == []
        twice = await client.post(f"/crm/handoffs/{handoff}/take", data={"csrf": csrf})
        assert twice.headers["location"] == f"/crm/handoffs/{handoff}"  # already theirs


async def test_a_hand_back_during_a_redis_outage_changes_nothing_and_a_retry_works(
    settings: Settings,
) -> None:
    async with _on_redis(settings) as (proxy, runtime, client):
        user_id, handoff, csrf = await _queued(runtime, client)
        await client.post(f"/crm/handoffs/{handoff}/take", data={"csrf": csrf})
        assert await _handoff(runtime, user_id) == "agent"

        await proxy.cut()
        failed = await client.post(f"/crm/handoffs/{handoff}/release", data={"csrf": csrf})
        assert failed.status_code == 503 and "Coba lagi" in failed.text
        assert await _state(client, handoff) == "assigned"  # still the agent's, as the session says
        assert await _audited(runtime, handoff) == ["handoff.taken"]

        await proxy.restore()
        assert await _handoff(runtime, user_id) == "agent"
        released = await client.post(f"/crm/handoffs/{handoff}/release", data={"csrf": csrf})
        assert (
            released.status_code == 303 and released.headers["location"] == "/crm?notice=released"
        )
        assert await _state(client, handoff) == "closed"
        assert await _handoff(runtime, user_id) is None
        answer = await runtime.engine.handle(Inbound("webchat", user_id, "m3", text="halo"))
        assert answer  # the bot answers the user again


async def test_redis_going_away_between_reading_and_writing_the_session_rolls_back(
    settings: Settings,
) -> None:
    """The outage starts after the take-over read the user's session (its database change
    waits for a busy SQLite file meanwhile): the database change is rolled back."""
    quick = settings.sessions.model_copy(update={"lock_ttl_seconds": 1})
    async with _on_redis(settings.model_copy(update={"sessions": quick})) as served:
        proxy, runtime, client = served
        user_id, handoff, csrf = await _queued(runtime, client)
        lock = RedisKeys().lock(ConversationKey("webchat", user_id))
        direct = aioredis.Redis.from_url(REDIS_URL)
        path = sa.make_url(settings.database_url).database
        assert path is not None
        writer = sqlite3.connect(path, isolation_level=None)
        try:
            writer.execute("BEGIN IMMEDIATE")  # another writer holds the database for a moment
            take = asyncio.create_task(
                client.post(f"/crm/handoffs/{handoff}/take", data={"csrf": csrf})
            )
            await _until(lambda: direct.exists(lock), True)  # it locked and read the session
            await asyncio.sleep(0.1)  # ... and waits for the database
            await proxy.cut()
            writer.execute("ROLLBACK")
            failed = await take
            assert failed.status_code == 503
            assert await _state(client, handoff) == "queued"
            assert await _audited(runtime, handoff) == []

            await proxy.restore()
            await _until(lambda: direct.exists(lock), False)  # the lock left behind expires
            assert await _handoff(runtime, user_id) == "queued"
            retry = await client.post(f"/crm/handoffs/{handoff}/take", data={"csrf": csrf})
            assert retry.headers["location"] == f"/crm/handoffs/{handoff}"
            assert await _handoff(runtime, user_id) == "agent"
        finally:
            writer.close()
            await direct.aclose()


async def test_ids_too_large_for_the_database_are_not_found(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    _, handoff, csrf = await _queued(runtime, client)
    client.cookies.clear()
    await sign_in(client, "supervisor")
    csrf = csrf_of((await client.get(f"/crm/handoffs/{handoff}")).text)
    for big in ("9223372036854775808", "99999999999999999999", "9" * 200):
        one = f"/crm/handoffs/{big}"
        for path in (one, f"{one}/messages"):
            assert (await client.get(path)).status_code == 404, path
        for action in ("take", "reply", "notes", "release", "drop", "requeue"):
            form = {"csrf": csrf, "text": "halo", "note": "catatan"}
            response = await client.post(f"{one}/{action}", data=form)
            assert response.status_code == 404, action
        for action in ("schedule", "cancel"):
            form = {"csrf": csrf, "at": "2026-12-01T09:00"}
            response = await client.post(f"/crm/campaigns/{big}/{action}", data=form)
            assert response.status_code == 404, action
    largest = "9223372036854775807"  # fits: an unknown id like any other
    assert (await client.get(f"/crm/handoffs/{largest}")).status_code == 404
    for action in ("take", "reply", "release", "notes", "drop", "requeue"):
        form = {"csrf": csrf, "text": "halo", "note": "catatan"}
        response = await client.post(f"/crm/handoffs/{largest}/{action}", data=form)
        assert response.status_code == 404, action
