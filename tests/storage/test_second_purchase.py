"""A second course is bought only after the first is completed and rated (DOMAIN.md: the rest of
the balance is spendable after the first course's rating), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.models import Course, Enrolment, Participant, Platform, Provider
from storage.repositories.enrolments import EnrolmentRepository
from storage.repositories.participants import NewParticipant, ParticipantRepository
from tests.storage.conftest import Factory

NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


async def _selected(factory: Factory, cipher: PersonalDataCipher) -> int:
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
            consent_at=NOW,
        ),
        now=NOW,
    )
    async with factory() as session, session.begin():
        await session.execute(
            sa.update(Participant)
            .where(Participant.id == person.id)
            .values(status="selected", balance=3_500_000, purchase_deadline=NOW + timedelta(7))
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


async def _first_done(factory: Factory, person: int, *, rated: bool) -> None:
    async with factory() as session, session.begin():
        await session.execute(
            sa.update(Enrolment)
            .where(Enrolment.participant_id == person)
            .values(
                status="rated" if rated else "completed",
                completed_at=NOW,
                rating=5 if rated else None,
            )
        )


async def test_second_purchase_refused_while_the_first_is_not_completed(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    person = await _selected(db_factory, cipher)
    first, second = await _courses(db_factory)
    enrolments = EnrolmentRepository(db_factory)

    assert (await enrolments.enrol(person, first, now=NOW)).reason is None
    refused = await enrolments.enrol(person, second, now=NOW)

    assert refused.reason == "previous_unfinished" and refused.title == "Barista Dasar"
    async with db_factory() as session:
        balance = await session.scalar(
            sa.select(Participant.balance).where(Participant.id == person)
        )
        bought = await session.scalar(sa.select(sa.func.count()).select_from(Enrolment))
    assert (balance, bought) == (2_500_000, 1)  # nothing deducted, nothing bought


async def test_second_purchase_refused_until_the_first_is_rated(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    person = await _selected(db_factory, cipher)
    first, second = await _courses(db_factory)
    enrolments = EnrolmentRepository(db_factory)
    await enrolments.enrol(person, first, now=NOW)

    await _first_done(db_factory, person, rated=False)
    unrated = await enrolments.enrol(person, second, now=NOW)
    await _first_done(db_factory, person, rated=True)
    bought = await enrolments.enrol(person, second, now=NOW)

    assert unrated.reason == "previous_unrated" and unrated.title == "Barista Dasar"
    assert bought.reason is None and bought.balance == 1_500_000


async def test_a_completed_participant_spends_the_rest_and_stays_completed(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    """"completed" (the first course done and rated, an incentive schedule) may buy with the
    rest of the balance; the purchase does not turn them back into "enrolled"."""
    person = await _selected(db_factory, cipher)
    first, second = await _courses(db_factory)
    enrolments = EnrolmentRepository(db_factory)
    await enrolments.enrol(person, first, now=NOW)
    await _first_done(db_factory, person, rated=True)
    async with db_factory() as session, session.begin():
        await session.execute(
            sa.update(Participant).where(Participant.id == person).values(status="completed")
        )

    bought = await enrolments.enrol(person, second, now=NOW)

    assert bought.reason is None and bought.balance == 1_500_000
    async with db_factory() as session:
        status = await session.scalar(sa.select(Participant.status).where(Participant.id == person))
    assert status == "completed"
