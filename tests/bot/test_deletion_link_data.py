"""The data layer erases only what the deletion was confirmed for (probe 9): the participant the
chat was linked to at the confirmation, while it still is; a changed link erases and records
nothing."""

from __future__ import annotations

import sqlalchemy as sa

from bot.data import DataAnswers
from bot.runtime import Runtime
from flows import queries as q
from flows import views
from storage.db import create_session_factory
from storage.models import DataDeletionRequest, Participant
from storage.repositories.participants import ParticipantRepository


def _answers(runtime: Runtime) -> DataAnswers:
    answers = runtime.engine._answer
    assert isinstance(answers, DataAnswers)
    return answers


async def _two_participants(runtime: Runtime) -> tuple[ParticipantRepository, int, int]:
    factory = create_session_factory(runtime.database)
    async with factory() as session:
        ids = (await session.scalars(sa.select(Participant.id).limit(2))).all()
    return ParticipantRepository(factory, runtime.cipher), int(ids[0]), int(ids[1])


async def _requests(runtime: Runtime) -> int:
    async with create_session_factory(runtime.database)() as session:
        count = await session.scalar(sa.select(sa.func.count(DataDeletionRequest.id)))
    return int(count or 0)


async def _erased(repository: ParticipantRepository, participant_id: int) -> bool:
    record = await repository.get(participant_id)
    return record is not None and record.deleted_at is not None


async def test_an_erasure_confirmed_for_another_link_erases_and_records_nothing(
    runtime: Runtime,
) -> None:
    answers = _answers(runtime)
    participants, first, second = await _two_participants(runtime)
    await participants.link_identity(second, "webchat", "relinked")
    before = await _requests(runtime)
    for confirmed in (first, None):  # confirmed for another account, or for no account
        receipt = await answers(q.RecordDeletion("webchat", "relinked", participant_id=confirmed))
        assert receipt == views.DeletionReceipt(0, False, changed=True)
    assert not await _erased(participants, first) and not await _erased(participants, second)
    assert await _requests(runtime) == before


async def test_an_erasure_confirmed_for_the_linked_participant_erases_that_participant(
    runtime: Runtime,
) -> None:
    answers = _answers(runtime)
    participants, first, _ = await _two_participants(runtime)
    await participants.link_identity(first, "webchat", "owner")
    receipt = await answers(q.RecordDeletion("webchat", "owner", participant_id=first))
    assert receipt.erased and not receipt.changed and await _erased(participants, first)


async def test_an_unlinked_chat_confirmed_as_unlinked_loses_only_its_own_chat(
    runtime: Runtime,
) -> None:
    answers = _answers(runtime)
    participants, first, _ = await _two_participants(runtime)
    receipt = await answers(q.RecordDeletion("webchat", "nobody"))
    assert not receipt.erased and not receipt.changed and receipt.request_id > 0
    assert not await _erased(participants, first)
