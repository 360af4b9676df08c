"""A selected participant and two courses to buy, for the purchase-rule tests."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.models import Course, Participant, Platform, Provider, Wave
from storage.repositories.participants import NewParticipant, ParticipantRepository
from tests.storage.conftest import Factory


async def selected(
    factory: Factory, cipher: PersonalDataCipher, now: datetime, era: str | None = None
) -> int:
    """A participant selected with Rp3.500.000 and a week to buy; in a wave of ``era`` if
    given (waves 60 and 20 stand for the 2023-2024 and 2020-2022 rules)."""
    person = await ParticipantRepository(factory, cipher).create(
        NewParticipant(
            nik="3273014508990003",
            name="Siti Rahmawati",
            date_of_birth=date(1999, 8, 5),
            gender="F",
            kk="3273010101150007",
            phone="0812-3456-7890",
            email="siti@example.com",
            consent_version="2024-10",
            consent_at=now,
        ),
        now=now,
    )
    async with factory() as session, session.begin():
        wave_id = None
        if era is not None:
            wave = Wave(
                number=60 if era == "normal" else 20,
                era=era,
                opens_at=now - timedelta(days=90),
                closes_at=now - timedelta(days=86),
                quota=1000,
                status="announced",
                announced_at=now - timedelta(days=80),
            )
            session.add(wave)
            await session.flush()
            wave_id = wave.id
        await session.execute(
            sa.update(Participant)
            .where(Participant.id == person.id)
            .values(
                status="selected",
                balance=3_500_000,
                selected_wave_id=wave_id,
                purchase_deadline=now + timedelta(days=7),
            )
        )
    return person.id


async def two_courses(factory: Factory) -> tuple[int, int]:
    """Two courses of Rp1.000.000 on one platform."""
    async with factory() as session, session.begin():
        platform = Platform(name="Sekolahmu")
        provider = Provider(name="LKP Bintang", kind="lpk")
        session.add_all([platform, provider])
        await session.flush()
        made = [
            Course(
                title=title,
                category="Kuliner",
                mode="self_paced",
                price=1_000_000,
                hours=20,
                provider_id=provider.id,
                platform_id=platform.id,
            )
            for title in ("Barista Dasar", "Menjahit Dasar")
        ]
        session.add_all(made)
        await session.flush()
        return made[0].id, made[1].id
