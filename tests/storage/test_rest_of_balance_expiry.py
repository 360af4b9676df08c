"""The rest of the balance expires (DOMAIN.md, 2023-2024: "then 15 more days to spend the rest
after the first course is rated"): ``enrol`` refuses with ``rest_expired`` once the days after
the first course's rating are over, on SQLite and PostgreSQL. Before, Maya (first course rated
in December 2023) bought a Rp650.000 course in November 2026."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.models import Course, Enrolment, Participant, Platform, Provider, Wave
from storage.repositories.enrolments import EnrolmentRepository
from storage.repositories.participants import NewParticipant, ParticipantRepository
from tests.storage.conftest import Factory

NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)
REST = {"normal": 15, "semi_bansos": 0}  # config.yml programme.eras.*.rest_days


async def _selected(factory: Factory, cipher: PersonalDataCipher, era: str) -> int:
    person = await ParticipantRepository(factory, cipher).create(
        NewParticipant(
            nik="3273014508990003",
            name="Maya Lestari",
            date_of_birth=date(1999, 8, 5),
            gender="F",
            kk="3273010101150007",
            phone="0812-3456-7890",
            email="maya@example.com",
            consent_version="2024-10",
            consent_at=NOW,
        ),
        now=NOW,
    )
    async with factory() as session, session.begin():
        wave = Wave(
            number=60 if era == "normal" else 20,
            era=era,
            opens_at=NOW - timedelta(days=90),
            closes_at=NOW - timedelta(days=86),
            quota=1000,
            status="announced",
            announced_at=NOW - timedelta(days=80),
        )
        session.add(wave)
        await session.flush()
        await session.execute(
            sa.update(Participant)
            .where(Participant.id == person.id)
            .values(
                status="selected",
                balance=3_500_000,
                selected_wave_id=wave.id,
                purchase_deadline=NOW + timedelta(days=7),
            )
        )
    return person.id


async def _courses(factory: Factory) -> tuple[int, int]:
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


async def _rated(factory: Factory, person: int, at: datetime, *, recorded: bool = True) -> None:
    """The first course completed the day before ``at`` and rated at ``at`` (the time of the
    rating not recorded, as for rows rated before revision 0015: ``recorded=False``)."""
    async with factory() as session, session.begin():
        await session.execute(
            sa.update(Enrolment)
            .where(Enrolment.participant_id == person)
            .values(
                status="rated",
                completed_at=at - timedelta(days=1),
                rating=5,
                rated_at=at if recorded else None,
            )
        )


async def _bought_one(factory: Factory, cipher: PersonalDataCipher, era: str) -> tuple[int, int]:
    person = await _selected(factory, cipher, era)
    first, second = await _courses(factory)
    bought = await EnrolmentRepository(factory, rest_days=REST).enrol(
        person, first, now=NOW - timedelta(days=60)
    )
    assert bought.reason is None
    return person, second


async def test_the_rest_is_refused_after_the_days_since_the_first_rating(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    person, second = await _bought_one(db_factory, cipher, "normal")
    rated = NOW - timedelta(days=16)
    await _rated(db_factory, person, rated)

    refused = await EnrolmentRepository(db_factory, rest_days=REST).enrol(person, second, now=NOW)

    assert refused.reason == "rest_expired"
    assert refused.until == rated + timedelta(days=15)
    async with db_factory() as session:
        balance = await session.scalar(
            sa.select(Participant.balance).where(Participant.id == person)
        )
        bought = await session.scalar(sa.select(sa.func.count()).select_from(Enrolment))
    assert (balance, bought) == (2_500_000, 1)  # nothing deducted, nothing bought


async def test_the_rest_is_spent_within_the_days_since_the_first_rating(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    person, second = await _bought_one(db_factory, cipher, "normal")
    await _rated(db_factory, person, NOW - timedelta(days=14))

    bought = await EnrolmentRepository(db_factory, rest_days=REST).enrol(person, second, now=NOW)

    assert bought.reason is None and bought.balance == 1_500_000


async def test_a_rating_time_not_recorded_counts_from_the_completion(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    """Rated before ``rated_at`` existed: counted from ``completed_at`` (the day before)."""
    person, second = await _bought_one(db_factory, cipher, "normal")
    await _rated(db_factory, person, NOW - timedelta(days=15, hours=12), recorded=False)

    refused = await EnrolmentRepository(db_factory, rest_days=REST).enrol(person, second, now=NOW)

    assert refused.reason == "rest_expired"
    records = await EnrolmentRepository(db_factory).for_participant(person)
    assert records[0].rated_at == NOW - timedelta(days=16, hours=12)


async def test_an_era_without_rest_days_sets_no_such_limit(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    """2020-2022 (config ``rest_days: 0``): no rule on the rest is known, none is invented."""
    person, second = await _bought_one(db_factory, cipher, "semi_bansos")
    await _rated(db_factory, person, NOW - timedelta(days=400))

    bought = await EnrolmentRepository(db_factory, rest_days=REST).enrol(person, second, now=NOW)

    assert bought.reason is None


async def test_the_rating_time_is_listed_with_the_courses_bought(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    person, _ = await _bought_one(db_factory, cipher, "normal")
    rated = NOW - timedelta(days=3)
    await _rated(db_factory, person, rated)

    (record,) = await EnrolmentRepository(db_factory).for_participant(person)

    assert record.rated and record.rated_at == rated
