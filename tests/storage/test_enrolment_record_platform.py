"""The courses a participant bought carry the platform they were bought on, read through the
course, even once the course is no longer offered (on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, datetime

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.models import Course
from storage.repositories.enrolments import EnrolmentRepository
from tests.storage.conftest import Factory
from tests.storage.purchase_setup import selected, two_courses

NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


async def test_enrolment_record_names_the_platform_of_an_inactive_course(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    person = await selected(db_factory, cipher, NOW)
    first, _ = await two_courses(db_factory)
    enrolments = EnrolmentRepository(db_factory)
    assert (await enrolments.enrol(person, first, now=NOW)).reason is None
    async with db_factory() as session, session.begin():
        await session.execute(sa.update(Course).where(Course.id == first).values(active=False))

    records = await enrolments.for_participant(person)

    assert [(r.title, r.platform) for r in records] == [("Barista Dasar", "Sekolahmu")]
