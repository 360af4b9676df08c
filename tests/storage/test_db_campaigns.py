"""Campaign recipients, exactly-once delivery rows and claims (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.models import DeliveryStatus, Participant
from storage.repositories.campaign_deliveries import fill
from storage.repositories.campaigns import CampaignRepository, Segment
from storage.repositories.identities import IdentityRepository
from storage.repositories.participants import ParticipantRepository
from tests.storage.conftest import Factory
from tests.storage.test_db_participants import _new

NIKS = ["3273014508990003", "3171014508990027", "3273014508990011", "3273014508990035"]


async def _people(factory: Factory, cipher: PersonalDataCipher) -> list[tuple[str, str]]:
    """Four participants on Telegram: opted in (Bandung), opted in (Jakarta), opted in but
    later opted out of broadcasts, never opted in. Returns their (channel, user id)."""
    participants = ParticipantRepository(factory, cipher)
    identities = IdentityRepository(factory)
    keys = []
    for n, nik in enumerate(NIKS):
        person = await participants.create(_new(nik, name=f"Sari {n}", kk=f"32730101011500{n:02d}"))
        key = ("telegram", str(1000 + n))
        await participants.link_identity(person.id, *key)
        if n < 3:
            await identities.set_subscription(*key, subscribed=True)
        keys.append(key)
    await identities.set_subscription(*keys[2], subscribed=False)
    return keys


async def _running(
    factory: Factory, cipher: PersonalDataCipher
) -> tuple[CampaignRepository, int]:
    """A started campaign to everyone who may receive one (the two opted-in people)."""
    await _people(factory, cipher)
    campaigns = CampaignRepository(factory)
    campaign = await campaigns.create("c", "x", Segment())
    await campaigns.start(campaign, "test")
    return campaigns, campaign


async def test_only_consenting_reachable_participants_are_recipients_each_once(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    await _people(db_factory, cipher)
    campaigns = CampaignRepository(db_factory)
    everyone = Segment()
    assert await campaigns.count_recipients(everyone) == 2
    assert await campaigns.count_recipients(Segment(provinces=["31"])) == 1
    assert await campaigns.count_recipients(Segment(channels=["whatsapp"])) == 0

    campaign = await campaigns.create("Gelombang 73", "Halo {name}, gelombang dibuka!", everyone)
    added = await asyncio.gather(campaigns.start(campaign, "test"), campaigns.start(campaign, "t"))
    assert sorted(added) == [0, 2]  # racing starts: each recipient still once
    info = await campaigns.info(campaign)
    assert info is not None and info.status == "running" and info.counts == {"pending": 2}


async def test_claims_are_exclusive_and_a_lapsed_lease_is_claimed_again(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    campaigns, campaign = await _running(db_factory, cipher)
    first, second = await asyncio.gather(
        campaigns.deliveries.claim(campaign, 10, timedelta(minutes=5)),
        campaigns.deliveries.claim(campaign, 10, timedelta(minutes=5)),
    )
    assert sorted(len(c) for c in (first, second)) == [0, 2]  # one sender holds both
    held = first or second
    assert {c.name for c in held} == {"Sari 0", "Sari 1"} and all(c.attempts == 1 for c in held)
    assert await campaigns.deliveries.claim(campaign, 10, timedelta(minutes=5)) == []
    again = await campaigns.deliveries.claim(campaign, 10, timedelta(0))  # lease lapsed
    assert [c.attempts for c in again] == [2, 2]

    await campaigns.deliveries.finish(again[0].id, DeliveryStatus.SENT, external_id="tg-1")
    assert not await campaigns.complete_if_done(campaign)
    await campaigns.deliveries.finish(again[1].id, DeliveryStatus.FAILED, error="RecipientBlocked")
    assert await campaigns.complete_if_done(campaign)
    info = await campaigns.info(campaign)
    assert info is not None and info.status == "completed"
    assert info.counts == {"sent": 1, "failed": 1}


async def test_an_opt_out_after_the_start_is_seen_before_sending(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    keys = await _people(db_factory, cipher)
    campaigns = CampaignRepository(db_factory)
    campaign = await campaigns.create("c", "x", Segment())
    await campaigns.start(campaign, "test")
    claimed = await campaigns.deliveries.claim(campaign, 10, timedelta(minutes=5))
    await IdentityRepository(db_factory).set_subscription(*keys[0], subscribed=False)
    wanted = {c.user_id: await campaigns.deliveries.still_wanted(c.id) for c in claimed}
    assert wanted == {keys[0][1]: False, keys[1][1]: True}
    async with db_factory() as session, session.begin():
        await session.execute(sa.update(Participant).values(notify_opt_in=False))
    assert not await campaigns.deliveries.still_wanted(claimed[1].id)


def test_the_text_is_filled_with_the_first_name_only() -> None:
    assert fill("Halo {name}!", "Siti Rahmawati") == "Halo Siti!"
    assert fill("Halo {name}!", None) == "Halo kamu!"
    assert fill("Tanpa nama {x}", "Budi") == "Tanpa nama {x}"


async def test_a_cancelled_campaign_is_no_longer_claimed(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    campaigns, campaign = await _running(db_factory, cipher)
    assert await campaigns.cancel(campaign, "test")
    assert await campaigns.deliveries.claim(campaign, 10, timedelta(0)) == []
    info = await campaigns.info(campaign)
    assert info is not None and info.status == "cancelled" and info.counts == {"skipped": 2}
    assert not await campaigns.cancel(campaign, "test")
    assert await campaigns.due() == []
