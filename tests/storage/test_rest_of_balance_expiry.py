"""The rest of the balance expires (DOMAIN.md, 2023-2024: "then 15 more days to spend the rest
after the first course is rated"): ``enrol`` refuses with ``rest_expired`` once the days after
the first course's rating are over, on SQLite and PostgreSQL. Before, Maya (first course rated
in December 2023) bought a Rp650.000 course in November 2026."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.models import Enrolment, Participant
from storage.repositories.enrolments import EnrolmentRepository
from tests.storage.conftest import Factory
from tests.storage.purchase_setup import selected, two_courses

NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)
REST = {"normal": 15, "semi_bansos": 0}  # config.yml programme.eras.*.rest_days


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
    person = await selected(factory, cipher, NOW, era)
    first, second = await two_courses(factory)
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
