"""A campaign sent to Telegram through the fake Bot API: every consenting recipient exactly
once, an opt-out after the start honoured, a blocked chat failed and marked unreachable, and a
platform outage retried."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

import httpx
import pytest
from typer.testing import CliRunner

from bot.channels.broadcast import Broadcast
from bot.cli import app
from bot.runtime import Runtime
from bot.settings import Settings
from campaigns.sender import CampaignSender
from flows import Outbound
from storage.db import create_session_factory
from storage.repositories.campaigns import CampaignRepository, Segment
from storage.repositories.channels import ChannelRepository
from storage.repositories.identities import IdentityRepository
from storage.repositories.participants import ParticipantRepository
from tests.channels import payloads
from tests.channels.conftest import post_whatsapp
from tests.channels.fake_graph import FakeGraph
from tests.channels.fake_telegram import BLOCKED, SERVER_ERROR, FakeTelegram
from tests.storage.test_db_participants import _new

NIKS = ["3273014508990003", "3273014508990011", "3273014508990035", "3273014508990043"]
FIRST_WAMID = "wamid.FAKE000001"  # the id the fake Graph API gives its first message
LANGUAGE = "en"  # the seeded participants are Indonesian-speaking: this segment is ours alone


async def _recipients(runtime: Runtime) -> list[str]:
    factory = create_session_factory(runtime.database)
    participants = ParticipantRepository(factory, runtime.cipher)
    identities = IdentityRepository(factory)
    users = []
    for n, nik in enumerate(NIKS):
        person = await participants.create(_new(nik, name=f"Dewi {n}", kk=f"32730101011500{n:02d}"))
        user = str(7_000 + n)
        await participants.link_identity(person.id, "telegram", user)
        await participants.set_language_of_identity("telegram", user, LANGUAGE)
        await identities.set_subscription("telegram", user, subscribed=True)
        users.append(user)
    return users


async def test_a_campaign_reaches_each_consenting_recipient_once(
    runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    users = await _recipients(runtime)
    factory = create_session_factory(runtime.database)
    campaigns = CampaignRepository(factory)
    segment = Segment(channels=["telegram"], languages=[LANGUAGE])
    campaign = await campaigns.create("Gelombang 73", "Halo {name}, gelombang 73 dibuka!", segment)
    assert await campaigns.start(campaign, "test") == 4
    await IdentityRepository(factory).set_subscription("telegram", users[3], subscribed=False)

    fake_telegram.fail("sendMessage", SERVER_ERROR, times=1)  # one outage: retried later
    fake_telegram.fail("sendMessage", BLOCKED, times=1)  # one chat blocked the bot
    sender = CampaignSender(
        campaigns, Broadcast(runtime.channels).send, ChannelRepository(factory).window_open,
        lease=timedelta(milliseconds=50), poll_seconds=0.05,
    )  # fmt: skip
    await sender.run(campaign)
    await sender.run(campaign)  # a second run (or a second sender) sends nothing more

    info = await campaigns.info(campaign)
    assert info is not None and info.status == "completed"
    assert info.counts == {"sent": 2, "failed": 1, "skipped": 1}
    calls = fake_telegram.calls("sendMessage")
    delivered = Counter(str(params["chat_id"]) for params in calls[2:])  # after the 2 faults
    assert set(delivered.values()) == {1} and users[3] not in delivered  # once; opt-out kept
    assert all(p["text"] == "Halo Dewi, gelombang 73 dibuka!" for p in calls)
    blocked = [u for u in users[:3] if u not in delivered]
    assert len(blocked) == 1
    assert not await ChannelRepository(factory).window_open("telegram", blocked[0])
    found = await ChannelRepository(factory).identity("telegram", blocked[0])
    assert found is not None and found[0] is False  # marked unreachable


async def _whatsapp_recipient(runtime: Runtime) -> None:
    """Opted in long ago; has not written in the last 24 hours."""
    factory = create_session_factory(runtime.database)
    participants = ParticipantRepository(factory, runtime.cipher)
    person = await participants.create(_new(NIKS[0], name="Rina Marlina", kk="3273010101150001"))
    await participants.link_identity(person.id, "whatsapp", "6281200000001")
    await participants.set_language_of_identity("whatsapp", "6281200000001", LANGUAGE)
    await IdentityRepository(factory).set_subscription("whatsapp", "6281200000001", True)


async def _whatsapp_campaign(runtime: Runtime, template: str | None) -> int:
    factory = create_session_factory(runtime.database)
    campaigns = CampaignRepository(factory)
    segment = Segment(languages=[LANGUAGE])
    campaign = await campaigns.create("c", "Halo {name}", segment, whatsapp_template=template)
    assert await campaigns.start(campaign, "test") == 1
    broadcast = Broadcast(runtime.channels)
    sender = CampaignSender(
        campaigns, broadcast.send, ChannelRepository(factory).window_open,
        send_template=broadcast.send_template,
    )  # fmt: skip
    await sender.run(campaign)
    return campaign


async def test_whatsapp_outside_the_24_hour_window_needs_an_approved_template(
    runtime: Runtime, fake_graph: FakeGraph
) -> None:
    factory = create_session_factory(runtime.database)
    await _whatsapp_recipient(runtime)
    skipped = await _whatsapp_campaign(runtime, None)
    info = await CampaignRepository(factory).info(skipped)
    assert info is not None and info.counts == {"skipped": 1} and fake_graph.messages() == []

    templated = await _whatsapp_campaign(runtime, "prakerja_gelombang_dibuka")
    info = await CampaignRepository(factory).info(templated)
    assert info is not None and info.counts == {"sent": 1}
    (message,) = fake_graph.messages()
    assert message["type"] == "template" and message["to"] == "6281200000001"
    assert message["template"] == {
        "name": "prakerja_gelombang_dibuka",
        "language": {"code": "en"},
        "components": [{"type": "body", "parameters": [{"type": "text", "text": "Rina"}]}],
    }


async def test_whatsapp_delivery_reports_reach_the_campaign_figures(
    client: httpx.AsyncClient, runtime: Runtime, fake_graph: FakeGraph
) -> None:
    factory = create_session_factory(runtime.database)
    await _whatsapp_recipient(runtime)
    campaign = await _whatsapp_campaign(runtime, "prakerja_gelombang_dibuka")
    sent = await ChannelRepository(factory).delivery("whatsapp", FIRST_WAMID)
    assert sent is not None  # the send itself was recorded, as for replies
    for name in ("status_read", "status_delivered"):  # a late "delivered" never moves it back
        response = await post_whatsapp(client, payloads.whatsapp(name, FIRST_WAMID))
        assert response.status_code == 200
    info = await CampaignRepository(factory).info(campaign)
    assert info is not None and info.counts == {"read": 1}


async def test_the_send_command_runs_a_campaign_end_to_end(
    runtime: Runtime, settings: Settings, fake_telegram: FakeTelegram,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """``prakerja campaign send`` in its own thread and event loop, configured like a real
    deployment through the environment (here pointing at the fake Bot API)."""
    await _recipients(runtime)
    factory = create_session_factory(runtime.database)
    segment = Segment(channels=["telegram"], languages=[LANGUAGE])
    campaign = await CampaignRepository(factory).create("c", "Halo {name}!", segment)
    _configure_like_a_deployment(settings, monkeypatch)
    result = await asyncio.to_thread(CliRunner().invoke, app, ["campaign", "send", str(campaign)])
    assert result.exit_code == 0, result.output
    assert f"Campaign {campaign}: 4 recipients added; sent 4." in result.output
    chats = sorted(str(p["chat_id"]) for p in fake_telegram.calls("sendMessage"))
    assert chats == ["7000", "7001", "7002", "7003"]


def _configure_like_a_deployment(settings: Settings, monkeypatch: pytest.MonkeyPatch) -> None:
    assert settings.telegram_token is not None and settings.telegram_secret is not None
    environment = {
        "PRAKERJA_DATABASE_URL": settings.database_url,
        "PRAKERJA_DATA_DIR": str(settings.data_dir),
        "PRAKERJA_SECRET_KEY": settings.secret_key or "",
        "PRAKERJA_TELEGRAM_TOKEN": settings.telegram_token.get_secret_value(),
        "PRAKERJA_TELEGRAM_SECRET": settings.telegram_secret.get_secret_value(),
        "PRAKERJA_TELEGRAM_API_URL": settings.telegram_api_url,
    }
    for name, value in environment.items():
        monkeypatch.setenv(name, value)


async def test_a_worker_sends_scheduled_campaigns_when_due_and_not_cancelled_ones(
    runtime: Runtime, settings: Settings, fake_telegram: FakeTelegram,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    await _recipients(runtime)
    campaigns = CampaignRepository(create_session_factory(runtime.database))
    segment = Segment(channels=["telegram"], languages=[LANGUAGE])
    due = await campaigns.create("due", "Sudah waktunya, {name}!", segment)
    later = await campaigns.create("later", "Nanti", segment)
    stopped = await campaigns.create("stopped", "Tidak jadi", segment)
    _configure_like_a_deployment(settings, monkeypatch)

    async def cli(*args: str) -> str:
        result = await asyncio.to_thread(CliRunner().invoke, app, ["campaign", *args])
        assert result.exit_code == 0, result.output
        return result.output

    await cli("schedule", str(due), "--at", "2026-01-05T09:00+07:00")
    await cli("schedule", str(later), "--at", "2099-01-05T09:00+07:00")
    await cli("schedule", str(stopped), "--at", "2026-01-05T09:00+07:00")
    await cli("cancel", str(stopped))
    assert "1 campaign(s) handled" in await cli("worker", "--once")
    texts = [p["text"] for p in fake_telegram.calls("sendMessage")]
    assert texts == ["Sudah waktunya, Dewi!"] * 4
    statuses = {c: (await campaigns.info(c)).status for c in (due, later, stopped)}  # type: ignore[union-attr]
    assert statuses == {due: "completed", later: "scheduled", stopped: "cancelled"}
    bad = await asyncio.to_thread(
        CliRunner().invoke, app, ["campaign", "schedule", str(due), "--at", "2026-01-05T09:00"]
    )
    assert bad.exit_code != 0  # no zone, and a finished campaign cannot be scheduled again


async def test_a_channel_this_deployment_lacks_fails_its_deliveries_with_the_reason(
    runtime: Runtime,
) -> None:
    from bot.channels.hub import Channels

    users = await _recipients(runtime)
    factory = create_session_factory(runtime.database)
    campaigns = CampaignRepository(factory)
    campaign = await campaigns.create("c", "x", Segment(languages=[LANGUAGE]))
    await campaigns.start(campaign, "test")
    no_telegram = Broadcast(Channels())  # e.g. a worker started without PRAKERJA_TELEGRAM_TOKEN
    await CampaignSender(campaigns, no_telegram.send, ChannelRepository(factory).window_open).run(
        campaign
    )
    info = await campaigns.info(campaign)
    assert info is not None and info.counts == {"failed": len(users)}


async def test_a_sender_that_dies_mid_campaign_is_taken_over_without_a_second_message(
    runtime: Runtime, fake_telegram: FakeTelegram
) -> None:
    """The first sender crashes after two sends (a bug, a lost database); a second sender
    finishes after the lease: nobody gets the message twice, nobody is left out."""
    users = await _recipients(runtime)
    factory = create_session_factory(runtime.database)
    campaigns = CampaignRepository(factory)
    campaign = await campaigns.create("c", "Halo {name}", Segment(languages=[LANGUAGE]))
    await campaigns.start(campaign, "test")
    broadcast = Broadcast(runtime.channels)
    calls = 0

    async def dies_on_the_third(channel: str, user_id: str, message: Outbound) -> str | None:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise RuntimeError("the process is going down")
        return await broadcast.send(channel, user_id, message)

    window = ChannelRepository(factory).window_open
    first = CampaignSender(campaigns, dies_on_the_third, window, batch=4)
    with pytest.raises(RuntimeError):
        await first.run(campaign)
    second = CampaignSender(
        campaigns, broadcast.send, window, lease=timedelta(milliseconds=100), poll_seconds=0.05
    )
    await second.run(campaign)
    delivered = Counter(str(p["chat_id"]) for p in fake_telegram.calls("sendMessage"))
    assert sorted(delivered) == sorted(users) and set(delivered.values()) == {1}
    info = await campaigns.info(campaign)
    assert info is not None and info.counts == {"sent": 4}
