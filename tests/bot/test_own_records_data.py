"""The data layer's answers about a chat's own participant, on the seeded demo database: whether a
NIK is theirs, and their personal data, masked."""

from __future__ import annotations

import sqlalchemy as sa

from bot.data import DataAnswers
from bot.personal_data import masked_name
from bot.runtime import Runtime
from flows import queries as q
from flows import views
from storage.db import create_session_factory
from storage.models import Participant
from storage.repositories.participants import ParticipantRecord, ParticipantRepository

OTHER_NIK = "3273014505010003"


async def _linked(runtime: Runtime, user: str) -> ParticipantRecord:
    factory = create_session_factory(runtime.database)
    repo = ParticipantRepository(factory, runtime.cipher)
    async with factory() as session:
        first = await session.scalar(
            sa.select(Participant.id).where(Participant.status == "selected").limit(1)
        )
    await repo.link_identity(int(first or 0), "webchat", user)
    record = await repo.get(int(first or 0))
    assert record is not None and record.nik and record.phone and record.email and record.name
    return record


def _answers(runtime: Runtime) -> DataAnswers:
    answers = runtime.engine._answer
    assert isinstance(answers, DataAnswers)
    return answers


async def test_a_nik_is_compared_with_the_linked_record_only(runtime: Runtime) -> None:
    answers, person = _answers(runtime), await _linked(runtime, "own")
    assert person.nik is not None
    assert await answers(q.OwnNik("webchat", "own", person.nik)) is True
    assert await answers(q.OwnNik("webchat", "own", OTHER_NIK)) is False
    assert await answers(q.OwnNik("webchat", "nobody", person.nik)) is None


async def test_personal_data_is_shown_masked_and_only_to_a_linked_chat(runtime: Runtime) -> None:
    answers, person = _answers(runtime), await _linked(runtime, "own")
    held = await answers(q.PersonalDataQuery("webchat", "own"))
    assert isinstance(held, views.PersonalDataView)
    assert person.nik and person.phone and person.email and person.name
    assert held.nik == f"{person.nik[:4]}********{person.nik[-4:]}"
    shown = " ".join((held.name, held.nik, held.phone, held.email))
    for secret in (person.nik, person.phone, person.phone[-8:], person.email, person.name):
        assert secret not in shown
    assert held.email.endswith("@" + person.email.split("@")[1]) and "***" in held.phone
    assert held.region_code == person.region_code
    assert await answers(q.PersonalDataQuery("webchat", "nobody")) is None


def test_a_name_is_shown_as_the_first_name_and_initials() -> None:
    assert masked_name("Siti Nurhaliza Rahma") == "Siti N. R."
    assert masked_name("Budi") == "Budi"
    assert masked_name("") == ""
