"""The durable outbox: what happens to replies while a platform is down (see bot/outbox.py)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx

from bot.channels.hub import retry_policy
from bot.outbox import Outbox
from bot.runtime import Runtime
from storage.db import create_session_factory
from storage.models import utcnow
from storage.repositories.channels import ChannelRepository
from storage.repositories.outbox import OutboxRepository
from tests.channels import payloads
from tests.channels.conftest import post_telegram, post_whatsapp
from tests.channels.fake_graph import FakeGraph
from tests.channels.fake_telegram import BLOCKED, FakeTelegram

TG_USER = str(payloads.TELEGRAM_USER)


def outbox_repo(runtime: Runtime) -> OutboxRepository:
    return OutboxRepository(create_session_factory(runtime.database))


def text_call(text: str) -> dict[str, object]:
    return {"method": "sendMessage", "params": {"chat_id": payloads.TELEGRAM_USER, "text": text}}


async def test_replies_wait_while_telegram_is_down_and_go_out_in_order_when_it_is_back(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    fake_telegram.down = True
    for n, payload in enumerate(("start", "courses", "menu")):
        response = await post_telegram(client, payloads.telegram_callback(payload, 200 + n))
        assert response.status_code == 200  # the turn was taken; only the sending waits
    await runtime.channels.idle()
    repo = outbox_repo(runtime)
    assert (await repo.counts()).get("pending") == 3
    exposed = runtime.metrics.render().decode()
    assert 'prakerja_sends_parked_total{channel="telegram"} 3.0' in exposed

    failed_so_far = len(fake_telegram.requests)
    fake_telegram.down = False
    await fake_telegram.wait_for(
        lambda: (
            len([r for r in fake_telegram.requests[failed_so_far:] if r.name == "sendMessage"]) == 3
        )
    )
    sent = [
        r.params["text"] for r in fake_telegram.requests[failed_so_far:] if r.name == "sendMessage"
    ]
    assert "Asisten Prakerja" in sent[0]
    assert "Pilih kategori" in sent[1]
    assert "Ada lagi" in sent[2]
    for _ in range(50):
        if (await repo.counts()).get("sent") == 3:
            break
        await asyncio.sleep(0.02)
    assert await repo.counts() == {"sent": 3}


async def test_a_new_reply_queues_behind_replies_already_waiting(
    client: httpx.AsyncClient, runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    outbox = runtime.channels.outbox
    assert outbox is not None
    repo = outbox_repo(runtime)
    await outbox.park("telegram", TG_USER, [text_call("lebih dulu")], delay=3600, error="test")
    await post_telegram(client, payloads.telegram("command"))
    await runtime.channels.idle()
    assert fake_telegram.calls("sendMessage") == []  # held back: an older reply is waiting
    head = await repo.next_pending("telegram", TG_USER)
    assert head is not None
    await repo.reschedule(head.id, utcnow(), "due now")
    await fake_telegram.wait_for(lambda: len(fake_telegram.calls("sendMessage")) == 2)
    first, second = fake_telegram.sent_texts()
    assert first == "lebih dulu" and "Asisten Prakerja" in second


async def test_a_recipient_blocked_while_waiting_fails_the_chat(
    runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    outbox = runtime.channels.outbox
    assert outbox is not None
    repo = outbox_repo(runtime)
    fake_telegram.fail("sendMessage", BLOCKED)
    await outbox.park("telegram", TG_USER, [text_call("a"), text_call("b")], delay=0, error="x")
    for _ in range(100):
        if (await repo.counts()).get("failed") == 2:
            break
        await asyncio.sleep(0.02)
    assert await repo.counts() == {"failed": 2}
    assert len(fake_telegram.calls("sendMessage")) == 1
    identity = await ChannelRepository(create_session_factory(runtime.database)).identity(
        "telegram", TG_USER
    )
    assert identity is not None and identity[0] is False


async def test_items_older_than_the_maximum_age_expire_unsent(
    runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    repo = outbox_repo(runtime)
    assert runtime.channels.outbox is not None
    await runtime.channels.outbox.close()  # only the short-lived outbox below drains
    old = utcnow() + timedelta(hours=1)
    await repo.add("telegram", TG_USER, [text_call("basi")], next_attempt_at=old)
    stale = Outbox(repo, policy=retry_policy(runtime.settings.channels), max_age_hours=1e-9)
    await asyncio.sleep(0.01)
    assert await stale.drain_once() == 0
    assert await repo.counts() == {"expired": 1}
    assert fake_telegram.calls("sendMessage") == []


async def test_only_the_oldest_item_of_a_chat_is_due_and_a_claim_is_exclusive(
    runtime: Runtime,
) -> None:
    repo = outbox_repo(runtime)
    now = utcnow()
    await repo.add("telegram", "1", [text_call("1a"), text_call("1b")], next_attempt_at=now)
    await repo.add("telegram", "2", [text_call("2a")], next_attempt_at=now)
    heads = await repo.due_heads(now + timedelta(seconds=1))
    assert [h.request["params"]["text"] for h in heads] == ["1a", "2a"]
    lease = timedelta(seconds=30)
    assert await repo.claim(heads[0].id, now, lease)
    assert not await repo.claim(heads[0].id, now, lease)
    assert [h.user_id for h in await repo.due_heads(now + timedelta(seconds=1))] == ["2"]


async def test_two_workers_draining_together_send_each_reply_once(
    runtime: Runtime, fake_graph: FakeGraph
) -> None:
    outbox = runtime.channels.outbox
    assert outbox is not None
    await outbox.close()
    repo = outbox_repo(runtime)
    body = {"body": {"type": "text", "text": {"body": "halo"}}}
    for user in range(5):
        await repo.add("whatsapp", f"62812000000{user}", [body, body], next_attempt_at=utcnow())
    policy = retry_policy(runtime.settings.channels)
    workers = [Outbox(repo, policy=policy), Outbox(repo, policy=policy)]
    assert runtime.channels.whatsapp is not None
    for worker in workers:
        worker.register(runtime.channels.whatsapp.runner.sender.port)
    fake_graph.slow(0.05, times=4)
    sent = await asyncio.gather(*(w.drain_once() for w in workers))
    assert sum(sent) == 10 and len(fake_graph.messages()) == 10
    assert await repo.counts() == {"sent": 10}


async def test_whatsapp_replies_survive_a_graph_outage(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    fake_graph.down = True
    await post_whatsapp(client, payloads.whatsapp("text"))
    await runtime.channels.idle()
    before = len(fake_graph.messages())
    fake_graph.down = False
    await fake_graph.wait_for(lambda: len(fake_graph.messages()) == before + 1)
    assert fake_graph.messages()[-1]["interactive"]["type"] == "list"


async def test_shutdown_parks_replies_still_waiting_to_be_sent(
    runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    telegram, outbox = runtime.channels.telegram, runtime.channels.outbox
    assert telegram is not None and outbox is not None
    await outbox.close()  # keep the drainer from sending them right away
    fake_telegram.slow(2.0)
    telegram.runner.sender.submit(TG_USER, [text_call("satu"), text_call("dua")])
    await asyncio.sleep(0.1)
    await telegram.runner.sender.close(grace=0.1)
    pending = await outbox_repo(runtime).next_pending("telegram", TG_USER)
    assert pending is not None and pending.request["params"]["text"] == "satu"
    assert (await outbox_repo(runtime).counts()) == {"pending": 2}
