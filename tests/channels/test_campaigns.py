"""A campaign sent to Telegram through the fake Bot API: every consenting recipient exactly
once, an opt-out after the start honoured, a blocked chat failed and marked unreachable, and a
platform outage retried."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

from bot.channels.broadcast import Broadcast
from bot.runtime import Runtime
from campaigns.sender import CampaignSender
from storage.db import create_session_factory
from storage.repositories.campaigns import CampaignRepository, Segment
from storage.repositories.channels import ChannelRepository
from storage.repositories.identities import IdentityRepository
from storage.repositories.participants import ParticipantRepository
from tests.channels.fake_telegram import BLOCKED, SERVER_ERROR, FakeTelegram
from tests.storage.test_db_participants import _new

NIKS = ["3273014508990003", "3273014508990011", "3273014508990035", "3273014508990043"]
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
