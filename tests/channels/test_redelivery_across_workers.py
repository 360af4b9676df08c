"""A platform redelivery may reach another worker, or a worker after a restart: the "answered"
marks live in the session store (Redis in production), so each message is answered once.

Two runtimes here are two web workers: same database, same Redis, separate processes' memory.
When the store that keeps the marks is away, the answer goes out anyway (twice at worst)."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Callable
from contextlib import AsyncExitStack
from dataclasses import dataclass

import httpx
import orjson
import pytest
import redis.asyncio as aioredis
from sqlalchemy.exc import OperationalError
from structlog.testing import capture_logs

import bot.runtime
from bot.app import create_app
from bot.channels.delivery import Request
from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from flows import Outbound
from storage.crypto import PersonalDataCipher
from storage.keys import ConversationKey
from storage.sessions import RedisSessionStore, SessionStore
from tests.channels import payloads
from tests.channels.conftest import post_telegram, post_whatsapp
from tests.channels.fake_graph import FakeGraph
from tests.channels.fake_telegram import FakeTelegram
from tests.support.services import REDIS_URL, require_redis

TELEGRAM_USER = str(payloads.TELEGRAM_USER)
TEXT_ONLY = "Maaf, aku baru bisa membaca pesan teks"
NO_TICKET = "Aku belum menemukan pengaduan yang masih berjalan"  # a photo, with no ticket to add to
UNREACHABLE_REDIS = "redis://127.0.0.1:1/0"


@dataclass
class Worker:
    runtime: Runtime
    http: httpx.AsyncClient


def sessions_in(url: str, prefix: str) -> Callable[[Settings, PersonalDataCipher], SessionStore]:
    """``build_session_store`` for a Redis at ``url`` under a test-only key prefix."""

    def build(settings: Settings, cipher: PersonalDataCipher) -> SessionStore:
        return RedisSessionStore.from_url(url, prefix=prefix, cipher=cipher)

    return build


async def start_workers(stack: AsyncExitStack, settings: Settings, count: int) -> list[Worker]:
    workers = []
    for _ in range(count):
        runtime = await open_runtime(settings)
        stack.push_async_callback(runtime.close)
        transport = httpx.ASGITransport(app=create_app(settings, runtime))
        http = httpx.AsyncClient(transport=transport, base_url="http://assistant")
        stack.push_async_callback(http.aclose)
        workers.append(Worker(runtime, http))
    return workers


@pytest.fixture
async def workers(
    settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> AsyncIterator[list[Worker]]:
    """Two workers sharing one Redis session store (and so its marks)."""
    require_redis()
    prefix = f"t{uuid.uuid4().hex[:10]}"
    monkeypatch.setattr(bot.runtime, "build_session_store", sessions_in(REDIS_URL, prefix))
    async with AsyncExitStack() as stack:
        yield await start_workers(stack, settings, 2)
    client = aioredis.Redis.from_url(REDIS_URL)
    keys = [key async for key in client.scan_iter(f"{prefix}:*")]
    if keys:
        await client.delete(*keys)
    await client.aclose()


@pytest.fixture
async def store_away(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Worker]:
    """One worker whose session store (Redis) cannot be reached."""
    monkeypatch.setattr(bot.runtime, "build_session_store", sessions_in(UNREACHABLE_REDIS, "t"))
    async with AsyncExitStack() as stack:
        [worker] = await start_workers(stack, settings, 1)
        yield worker


async def idle(workers: list[Worker]) -> None:
    for worker in workers:
        await worker.runtime.channels.idle()


async def test_a_redelivered_photo_reaching_another_worker_gets_one_notice(
    workers: list[Worker], fake_telegram: FakeTelegram, fake_graph: FakeGraph
) -> None:
    first, second = workers
    photo = payloads.telegram("photo")
    image = payloads.whatsapp("image")
    assert (await post_telegram(first.http, photo)).status_code == 200
    assert (await post_telegram(second.http, photo)).status_code == 200
    assert (await post_whatsapp(second.http, image)).status_code == 200
    assert (await post_whatsapp(first.http, image)).status_code == 200
    await idle(workers)
    assert len(fake_telegram.sent_texts()) == 1
    [notice] = fake_graph.texts()
    assert notice.startswith(NO_TICKET)


async def test_a_redelivered_button_press_reaching_another_worker_is_answered_once(
    workers: list[Worker], fake_telegram: FakeTelegram
) -> None:
    first, second = workers
    pressed = payloads.telegram("callback")
    assert (await post_telegram(first.http, pressed)).status_code == 200
    assert (await post_telegram(second.http, pressed)).status_code == 200
    await idle(workers)
    answered = [call["callback_query_id"] for call in fake_telegram.calls("answerCallbackQuery")]
    assert answered == ["4382bfdwdsb323b2d9"]
    assert len(fake_telegram.calls("sendMessage")) == 1
    session = await second.runtime.sessions.load(ConversationKey("telegram", TELEGRAM_USER))
    assert session is not None and session.turns == 1


async def test_a_redelivered_message_reaching_another_worker_is_answered_once(
    workers: list[Worker], fake_telegram: FakeTelegram, fake_graph: FakeGraph
) -> None:
    first, second = workers
    assert (await post_telegram(first.http, payloads.telegram("text"))).status_code == 200
    assert (await post_telegram(second.http, payloads.telegram("text"))).status_code == 200
    text = payloads.whatsapp("text")
    assert (await post_whatsapp(second.http, text)).status_code == 200
    assert (await post_whatsapp(first.http, text)).status_code == 200
    await idle(workers)
    assert len(fake_telegram.calls("sendMessage")) == 1
    assert len(fake_graph.messages()) == 1


async def test_replies_that_could_not_be_rendered_go_out_with_the_redelivery(
    workers: list[Worker], fake_telegram: FakeTelegram, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The turn was taken but its replies could not be rendered (the database went away): the
    webhook answers 503 and the redelivery, on another worker, sends the stored replies."""
    first, second = workers
    runner = first.runtime.channels.telegram.runner  # type: ignore[union-attr]

    async def database_away(user_id: str, replies: list[Outbound]) -> list[Request]:
        raise OperationalError("SELECT 1", {}, Exception("database is away"))

    monkeypatch.setattr(runner, "_render", database_away)
    update = payloads.telegram("text")
    assert (await post_telegram(first.http, update)).status_code == 503
    assert (await post_telegram(second.http, update)).status_code == 200
    await idle(workers)
    [reply] = fake_telegram.sent_texts()
    assert "Asisten Prakerja" in reply


async def test_when_the_store_is_away_a_notice_goes_out_and_nothing_personal_is_logged(
    store_away: Worker, fake_telegram: FakeTelegram, fake_graph: FakeGraph
) -> None:
    """Bad input loses nothing: without the marks a redelivered photo is answered twice."""
    with capture_logs() as logs:
        for _ in range(2):
            response = await post_telegram(store_away.http, payloads.telegram("photo"))
            assert response.status_code == 200
            response = await post_whatsapp(store_away.http, payloads.whatsapp("image"))
            assert response.status_code == 200
    await store_away.runtime.channels.idle()
    assert len(fake_telegram.sent_texts()) == 2
    assert [text.startswith(NO_TICKET) for text in fake_graph.texts()] == [True, True]
    warnings = [entry for entry in logs if entry["event"] == "answer_mark_unavailable"]
    assert len(warnings) == 4
    assert warnings[0]["log_level"] == "warning"
    assert warnings[0]["error"] == "StoreUnavailable"
    logged = orjson.dumps(logs, default=str).decode()
    for personal in (TELEGRAM_USER, payloads.WHATSAPP_USER):
        assert personal not in logged
