"""The web chat JSON API end to end: real app, real SQLite programme data, in-process sessions."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import sqlalchemy as sa

from bot.app import create_app
from bot.channels.visitors import COOKIE
from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from storage.keys import ConversationKey
from storage.repositories.transcript import TranscriptRepository
from storage.sessions import Session
from tests.support.services import require_redis
from tests.support.tcp_proxy import TcpProxy
from tests.support.webchat import TRUSTED

API = "/api/webchat/messages"


async def say(client: httpx.AsyncClient, **body: str) -> list[dict[str, object]]:
    response = await client.post(API, json=body, headers=TRUSTED)
    assert response.status_code == 200, response.text
    replies: list[dict[str, object]] = response.json()["replies"]
    return replies


def payloads(reply: dict[str, object]) -> list[str]:
    buttons = reply["buttons"]
    assert isinstance(buttons, list)
    return [b["payload"] for b in buttons]


async def test_start_shows_the_main_menu(client: httpx.AsyncClient) -> None:
    replies = await say(client, user_id="u1", payload="start")
    assert "Asisten Prakerja" in str(replies[0]["text"])
    assert "courses" in payloads(replies[0])


async def test_course_browser_over_the_programme_database(client: httpx.AsyncClient) -> None:
    categories = await say(client, user_id="u1", payload="courses")
    listed = [p for p in payloads(categories[0]) if p.startswith("courses:")]
    assert len(listed) >= 12
    page = await say(client, user_id="u1", payload=listed[0])
    courses = [p for p in payloads(page[0]) if p.startswith("course:")]
    assert len(courses) == 5
    assert listed[0].replace("courses:1:", "courses:2:") in payloads(page[0])
    detail = await say(client, user_id="u1", payload=courses[0])
    text = str(detail[0]["text"])
    for label in ("Lembaga:", "Platform:", "Metode:", "Harga: Rp", "Durasi:", "Rating:"):
        assert label in text
    assert payloads(detail[0])[0] == listed[0]  # back to the same list page


async def test_malformed_input_gets_400_with_a_reason(client: httpx.AsyncClient) -> None:
    for body, reason in [
        (b"{not json", "JSON"),
        (b'{"text": "halo"}', "user_id"),
        (b'{"user_id": "u1"}', "text"),
        (('{"user_id": "u1", "text": "' + "x" * 5000 + '"}').encode(), "4096"),
    ]:
        response = await client.post(API, content=body, headers=TRUSTED)
        assert response.status_code == 400
        assert reason in response.json()["error"]


async def test_redelivered_message_gets_the_first_replies_and_no_second_turn(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    first = await say(client, user_id="u2", message_id="m-1", payload="courses")
    again = await say(client, user_id="u2", message_id="m-1", payload="courses")
    assert again == first
    session = await runtime.sessions.load(ConversationKey("webchat", "u2"))
    assert session is not None and session.turns == 1
    await runtime.transcript.flush()
    history = await TranscriptRepository_for(runtime).history(ConversationKey("webchat", "u2"))
    assert [e.direction for e in history].count("in") == 1


def TranscriptRepository_for(runtime: Runtime) -> TranscriptRepository:
    from storage.db import create_session_factory

    return TranscriptRepository(create_session_factory(runtime.database))


async def test_concurrent_messages_of_one_user_are_processed_in_arrival_order(
    runtime: Runtime,
) -> None:
    from flows import Inbound

    key = ConversationKey("webchat", "u3")
    texts = [f"pesan {n}" for n in range(8)]
    tasks = []
    for n, text in enumerate(texts):
        tasks.append(
            asyncio.create_task(
                runtime.engine.handle(Inbound("webchat", "u3", f"c-{n}", text=text))
            )
        )
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    session = await runtime.sessions.load(key)
    assert session is not None and session.turns == len(texts)
    await runtime.transcript.flush()
    history = await TranscriptRepository_for(runtime).history(key)
    assert [e.text for e in history if e.direction == "in"] == texts


async def test_transcript_keeps_both_directions(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    await say(client, user_id="u4", text="halo min")
    await runtime.transcript.flush()
    history = await TranscriptRepository_for(runtime).history(ConversationKey("webchat", "u4"))
    assert history[0].direction == "in" and history[0].text == "halo min"
    assert history[1].direction == "out" and "Asisten Prakerja" in (history[1].text or "")


async def test_control_characters_are_dropped_before_anything_keeps_the_text(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    # PostgreSQL refuses a NUL in text: one such message stopped every transcript write.
    replies = await say(client, user_id="u-nul", text="halo\u0000 min\u001b\r\nsaldo?")
    assert replies
    await runtime.transcript.flush()
    history = await TranscriptRepository_for(runtime).history(ConversationKey("webchat", "u-nul"))
    assert history[0].text == "halo min\nsaldo?"


async def test_transcript_keeps_identifiers_only_masked(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    """The transcript (read by staff and analytics) never holds a whole NIK, phone or email."""
    import sqlalchemy as sa

    message = "NIK saya 3273012345670003 hp 081234567890 email budi.santoso@gmail.com"
    await say(client, user_id="u10", text=message)
    await runtime.transcript.flush()
    key = ConversationKey("webchat", "u10")
    entry = (await TranscriptRepository_for(runtime).history(key))[0]
    assert entry.text == "NIK saya 3273********0003 hp 0812****90 email b***@gmail.com"
    values = {e["entity"]: e["value"] for e in entry.entities or []}
    assert values["nik"] == "3273********0003"
    assert values["phone"] == "0812****90" and values["email"] == "b***@gmail.com"
    async with runtime.database.connect() as connection:
        rows = (await connection.execute(sa.text("SELECT text, entities FROM messages"))).all()
    stored = " ".join(f"{row[0]} {row[1]}" for row in rows)
    for raw in ("3273012345670003", "81234567890", "budi.santoso"):
        assert raw not in stored


async def test_idle_session_expires_but_keeps_language(runtime: Runtime) -> None:
    from flows import Inbound

    key = ConversationKey("webchat", "u5")
    await runtime.engine.handle(Inbound("webchat", "u5", None, payload="lang:en"))
    await runtime.engine.handle(Inbound("webchat", "u5", None, payload="courses"))
    session = await runtime.sessions.load(key)
    assert session is not None and session.flow == "courses"
    session.last_activity -= 31 * 60
    await runtime.sessions.save(key, session)
    replies = await runtime.engine.handle(Inbound("webchat", "u5", None, text="hello again"))
    session = await runtime.sessions.load(key)
    assert session is not None
    assert session.flow is None and session.language == "en"
    assert session.suspended is not None and session.suspended["flow"] == "courses"
    assert "Anything else" in replies[-1].text or "menu" in replies[-1].text.lower()


async def test_healthz_and_metrics(client: httpx.AsyncClient) -> None:
    assert (await client.get("/healthz")).json() == {"status": "ok"}
    await say(client, user_id="u6", text="NIK saya 3273012345670003")
    metrics = (await client.get("/metrics")).text
    assert 'prakerja_turns_total{channel="webchat",outcome="ok"}' in metrics
    assert "prakerja_turn_seconds_bucket" in metrics
    assert "3273012345670003" not in metrics and "u6" not in metrics


async def test_healthz_names_the_store_that_is_down(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    import redis.asyncio as aioredis

    from storage.sessions import RedisSessionStore

    runtime.sessions = RedisSessionStore(
        aioredis.Redis.from_url("redis://127.0.0.1:1/0", socket_connect_timeout=0.2)
    )
    runtime.settings = runtime.settings.model_copy(update={"redis_url": "redis://127.0.0.1:1/0"})
    response = await client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "down": ["redis"]}


@asynccontextmanager
async def _serving(settings: Settings) -> AsyncIterator[tuple[Runtime, httpx.AsyncClient]]:
    """A runtime of its own (for settings the shared fixture does not have) and a client."""
    runtime = await open_runtime(settings)
    transport = httpx.ASGITransport(app=create_app(settings, runtime))
    try:
        async with httpx.AsyncClient(transport=transport, base_url="http://assistant") as http:
            yield runtime, http
    finally:
        await runtime.close()


async def test_a_redis_outage_is_503_and_the_message_can_be_resent(settings: Settings) -> None:
    """Redis really goes away (a proxy between the assistant and it is cut) and comes back."""
    require_redis()
    proxy = await TcpProxy("127.0.0.1", 6379).start()
    url = f"redis://127.0.0.1:{proxy.port}/13"
    user = f"u-{uuid.uuid4().hex[:8]}"
    try:
        async with _serving(settings.model_copy(update={"redis_url": url})) as (_, client):
            assert await say(client, user_id=user, message_id="x0", text="halo")
            await proxy.cut()  # the store vanishes mid-run
            response = await client.post(
                API, json={"user_id": user, "message_id": "x1", "text": "halo"}, headers=TRUSTED
            )
            assert response.status_code == 503 and response.json()["retry"] is True
            await proxy.restore()  # back again: the same message goes through, once
            replies = await say(client, user_id=user, message_id="x1", text="halo")
            assert replies
            again = await say(client, user_id=user, message_id="x1", text="halo")
            assert again == replies  # a duplicate delivery gets the same answer, not a new turn
    finally:
        await proxy.close()


async def test_a_failing_flow_apologises_and_keeps_the_message(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    async with runtime.database.begin() as connection:  # a table goes missing under the bot
        await connection.execute(sa.text("ALTER TABLE courses RENAME TO courses_gone"))
    replies = await say(client, user_id="u8", payload="courses")
    assert "gangguan" in str(replies[0]["text"])
    await runtime.transcript.flush()
    history = await TranscriptRepository_for(runtime).history(ConversationKey("webchat", "u8"))
    assert [e.payload for e in history if e.direction == "in"] == ["courses"]
    session = await runtime.sessions.load(ConversationKey("webchat", "u8"))
    assert session is None  # state untouched


def test_session_is_small() -> None:
    session = Session(
        flow="courses", step="list", slots={"category": "Teknologi Informasi", "page": 3}
    )
    assert len(session.dumps()) < 1024


async def test_an_unreachable_rasa_server_does_not_lose_the_message(settings: Settings) -> None:
    from nlu import NLUConfig

    down = NLUConfig(classifier="rasa", rasa_url="http://127.0.0.1:1", rasa_timeout=0.5)
    async with _serving(settings.model_copy(update={"nlu": down})) as (_, client):
        replies = await say(client, user_id="u9", text="gmn cara daftar min")
        assert replies and replies[0]["text"]
        metrics = (await client.get("/metrics")).text
    assert 'prakerja_errors_total{kind="nlu"} 1.0' in metrics


async def test_a_browser_gets_a_signed_visitor_cookie_and_keeps_its_conversation(
    client: httpx.AsyncClient,
) -> None:
    first = await client.post(API, json={"payload": "courses"})
    assert first.status_code == 200
    cookie = first.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=web-")
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie and "Max-Age=" in cookie
    listed = payloads(first.json()["replies"][0])
    # The client sends the cookie back: the same conversation goes on, and no new cookie.
    page = await client.post(API, json={"payload": listed[0]})
    assert page.status_code == 200 and "set-cookie" not in page.headers
    assert "halaman 1 dari" in str(page.json()["replies"][0]["text"])


async def test_a_forged_or_copied_id_never_reaches_anyone_else(
    client: httpx.AsyncClient, runtime: Runtime
) -> None:
    victim = runtime.visitors.visitor(None)
    assert victim.new_cookie is not None
    for forged in (f"{victim.user_id}.not-the-signature", victim.user_id, "x" * 500):
        client.cookies.clear()
        client.cookies.set(COOKIE, forged)
        response = await client.post(API, json={"text": "halo"})
        assert response.status_code == 200
        issued = response.headers["set-cookie"].split(";")[0].removeprefix(f"{COOKIE}=")
        assert runtime.visitors.verify(issued) not in (None, victim.user_id)


async def test_only_a_trusted_server_may_name_the_user(client: httpx.AsyncClient) -> None:
    for headers in ({}, {"Authorization": "Bearer wrong-token"}, {"Authorization": "Basic x"}):
        response = await client.post(API, json={"user_id": "u1", "text": "halo"}, headers=headers)
        assert response.status_code == 403
        assert "API token" in response.json()["error"]
    response = await client.post(API, json={"text": "halo"}, headers=TRUSTED)
    assert response.status_code == 400 and "user_id" in response.json()["error"]
