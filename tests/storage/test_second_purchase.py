"""A second course is bought only after the first is completed and rated (DOMAIN.md: the rest of
the balance is spendable after the first course's rating), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.models import Enrolment, Participant
from storage.repositories.enrolments import EnrolmentRepository
from tests.storage.conftest import Factory
from tests.storage.purchase_setup import selected, two_courses

NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


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
    person = await selected(db_factory, cipher, NOW)
    first, second = await two_courses(db_factory)
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
    person = await selected(db_factory, cipher, NOW)
    first, second = await two_courses(db_factory)
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
    """ "completed" (the first course done and rated, an incentive schedule) may buy with the
    rest of the balance; the purchase does not turn them back into "enrolled"."""
    person = await selected(db_factory, cipher, NOW)
    first, second = await two_courses(db_factory)
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
