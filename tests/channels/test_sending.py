"""Sending failures on both channels: retries with backoff, retry_after, blocked recipients,
rejected requests (fake servers inject the platform's real error answers)."""

from __future__ import annotations

import time

import httpx

from bot.runtime import Runtime
from storage.db import create_session_factory
from storage.repositories.channels import ChannelRepository
from storage.repositories.outbox import OutboxRepository
from tests.channels import payloads
from tests.channels.conftest import post_telegram, post_whatsapp
from tests.channels.fake_graph import OUTSIDE_WINDOW, RATE_LIMITED, UNDELIVERABLE, FakeGraph
from tests.channels.fake_graph import SERVER_ERROR as GRAPH_500
from tests.channels.fake_telegram import (
    BLOCKED,
    CHAT_NOT_FOUND,
    SERVER_ERROR,
    FakeTelegram,
    telegram_error,
)

TG_USER = str(payloads.TELEGRAM_USER)
WA_USER = payloads.WHATSAPP_USER


def stores(runtime: Runtime) -> tuple[ChannelRepository, OutboxRepository]:
    factory = create_session_factory(runtime.database)
    return ChannelRepository(factory), OutboxRepository(factory)


async def test_telegram_5xx_is_retried_with_backoff(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    fake_telegram.fail("sendMessage", SERVER_ERROR, times=2)
    await post_telegram(client, payloads.telegram("command"))
    await runtime.channels.idle()
    assert len(fake_telegram.calls("sendMessage")) == 3
    _, outbox = stores(runtime)
    assert await outbox.counts() == {}
    exposed = runtime.metrics.render().decode()
    assert 'prakerja_send_attempts_total{channel="telegram",outcome="unavailable"} 2.0' in exposed
    assert 'prakerja_send_attempts_total{channel="telegram",outcome="sent"} 1.0' in exposed
    assert 'prakerja_send_seconds_count{channel="telegram"} 3.0' in exposed


async def test_telegram_429_waits_for_retry_after(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    fake_telegram.fail("sendMessage", telegram_error(429, "Too Many Requests: retry after 1", 1))
    await post_telegram(client, payloads.telegram("command"))
    await runtime.channels.idle()
    first, second = [r.at for r in fake_telegram.requests if r.name == "sendMessage"]
    assert second - first >= 0.95


async def test_telegram_blocked_or_missing_chat_is_unreachable_and_not_retried(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    identities, outbox = stores(runtime)
    for fault, update_id in ((BLOCKED, 1), (CHAT_NOT_FOUND, 2)):
        fake_telegram.fail("sendMessage", fault)
        await post_telegram(client, payloads.telegram_callback("menu", update_id))
        await runtime.channels.idle()
        identity = await identities.identity("telegram", TG_USER)
        assert identity is not None and identity[0] is False
    assert len(fake_telegram.calls("sendMessage")) == 2  # one try each, no retry
    assert await outbox.counts() == {}


async def test_telegram_bad_request_drops_only_that_message(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    fake_telegram.fail("sendMessage", telegram_error(400, "Bad Request: can't parse entities"))
    await post_telegram(client, payloads.telegram_callback("lang:en", 5))  # two replies
    await runtime.channels.idle()
    assert len(fake_telegram.calls("sendMessage")) == 2
    identities, _ = stores(runtime)
    identity = await identities.identity("telegram", TG_USER)
    assert identity is not None and identity[0] is True


async def test_whatsapp_rate_limit_honours_retry_after(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    fake_graph.fail("messages", RATE_LIMITED)
    started = time.monotonic()
    await post_whatsapp(client, payloads.whatsapp("text"))
    await runtime.channels.idle()
    assert len(fake_graph.messages()) == 2 and time.monotonic() - started >= 0.95


async def test_whatsapp_undeliverable_marks_unreachable_and_stops(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    fake_graph.fail("messages", UNDELIVERABLE)
    await post_whatsapp(client, payloads.whatsapp_reply("lang:en", "wamid.U1"))  # two replies
    await runtime.channels.idle()
    assert len(fake_graph.messages()) == 1  # the second reply is not attempted either
    identities, _ = stores(runtime)
    identity = await identities.identity("whatsapp", WA_USER)
    assert identity is not None and identity[0] is False


async def test_whatsapp_outside_the_window_is_not_retried(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    fake_graph.fail("messages", OUTSIDE_WINDOW)
    await post_whatsapp(client, payloads.whatsapp("text"))
    await runtime.channels.idle()
    assert len(fake_graph.messages()) == 1
    _, outbox = stores(runtime)
    assert await outbox.counts() == {}


async def test_whatsapp_sent_messages_are_recorded_for_their_statuses(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    fake_graph.fail("messages", GRAPH_500)
    await post_whatsapp(client, payloads.whatsapp("text"))
    await runtime.channels.idle()
    identities, _ = stores(runtime)
    delivery = await identities.delivery("whatsapp", "wamid.FAKE000001")
    assert delivery is not None and delivery.user_id == WA_USER and delivery.status == "sent"
