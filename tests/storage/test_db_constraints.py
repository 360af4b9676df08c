"""Constraints the database itself enforces, on both backends."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from storage.models import (
    Campaign,
    CampaignDelivery,
    ChannelIdentity,
    Course,
    Message,
    Platform,
    Provider,
    Wave,
)
from tests.storage.conftest import Factory

NOW = datetime(2025, 3, 10, tzinfo=UTC)


async def test_a_campaign_reaches_an_identity_only_once(db_factory: Factory) -> None:
    async with db_factory() as session, session.begin():
        campaign = Campaign(name="Gelombang 72 dibuka", template="wave_open", segment={"all": True})
        identity = ChannelIdentity(channel="telegram", user_id="42")
        session.add_all([campaign, identity])
        await session.flush()
        session.add(CampaignDelivery(campaign_id=campaign.id, channel_identity_id=identity.id))
        ids = (campaign.id, identity.id)

    async with db_factory() as session:
        session.add(CampaignDelivery(campaign_id=ids[0], channel_identity_id=ids[1]))
        with pytest.raises(IntegrityError):
            await session.commit()


async def test_channel_identities_are_unique_per_channel(db_factory: Factory) -> None:
    async with db_factory() as session, session.begin():
        session.add(ChannelIdentity(channel="telegram", user_id="42"))
        session.add(ChannelIdentity(channel="whatsapp", user_id="42"))
    async with db_factory() as session:
        session.add(ChannelIdentity(channel="telegram", user_id="42"))
        with pytest.raises(IntegrityError):
            await session.commit()


async def test_foreign_keys_are_enforced(db_factory: Factory) -> None:
    async with db_factory() as session:
        session.add(Message(conversation_id=12345, direction="in", channel="webchat", text="x"))
        with pytest.raises(IntegrityError):
            await session.commit()


@pytest.mark.parametrize(
    "change",
    [{"mode": "offline", "city": None}, {"mode": "drive-in"}, {"price": 0}, {"rating": 7.5}],
    ids=["offline-without-city", "unknown-mode", "free", "rating-above-5"],
)
async def test_course_rules_are_checked(db_factory: Factory, change: dict[str, object]) -> None:
    async with db_factory() as session, session.begin():
        platform, provider = Platform(name="Pintaria"), Provider(name="LPK A", kind="lpk")
        session.add_all([platform, provider])
    values: dict[str, object] = {
        "title": "Barista",
        "category": "Kuliner",
        "mode": "webinar",
        "price": 500_000,
        "hours": 20,
        "rating": 4.5,
        "provider_id": provider.id,
        "platform_id": platform.id,
    } | change
    async with db_factory() as session:
        with pytest.raises(IntegrityError):
            await session.execute(sa.insert(Course).values(**values))


async def test_wave_numbers_are_unique(db_factory: Factory) -> None:
    def wave() -> Wave:
        return Wave(number=1, era="normal", opens_at=NOW, closes_at=NOW.replace(day=12), quota=1)

    async with db_factory() as session, session.begin():
        session.add(wave())
    async with db_factory() as session:
        session.add(wave())
        with pytest.raises(IntegrityError):
            await session.commit()
