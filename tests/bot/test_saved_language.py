"""A language switch is saved on the linked participant; their next new session starts in it."""

from __future__ import annotations

import sqlalchemy as sa

from bot.data import DataAnswers
from bot.otp import DevelopmentOtpSender
from bot.runtime import Runtime
from flows.responses import text
from storage.db import create_session_factory
from storage.models import Participant
from storage.repositories.participants import ParticipantRecord, ParticipantRepository
from tests.bot.language_chat import Chat


async def _participant(runtime: Runtime, status: str = "selected") -> ParticipantRecord:
    factory = create_session_factory(runtime.database)
    async with factory() as session:
        first = await session.scalar(
            sa.select(Participant.id).where(Participant.status == status).limit(1)
        )
    record = await ParticipantRepository(factory, runtime.cipher).get(int(first or 0))
    assert record is not None
    return record


async def _language(runtime: Runtime, participant_id: int) -> str:
    record = await ParticipantRepository(
        create_session_factory(runtime.database), runtime.cipher
    ).get(participant_id)
    assert record is not None
    return record.language


async def test_a_switch_is_saved_and_the_next_session_starts_in_it(runtime: Runtime) -> None:
    person = await _participant(runtime)
    repo = ParticipantRepository(create_session_factory(runtime.database), runtime.cipher)
    await repo.link_identity(person.id, "webchat", "lang-1")
    chat = Chat(runtime, "lang-1")
    first = await chat.send(payload="start")
    assert first[0].text == text("id", "menu.title")

    await chat.send(payload="lang:en")
    assert await _language(runtime, person.id) == "en"
    await chat.leave()
    again = await chat.send(payload="start")
    assert again[0].text == text("en", "menu.title")

    await chat.send(text="pakai bahasa indonesia saja")  # typed: the NLU's change_language
    assert await _language(runtime, person.id) == "id"
    await chat.leave()
    assert (await chat.send(payload="start"))[0].text == text("id", "menu.title")


async def test_a_chat_that_is_not_linked_saves_nothing_until_it_links(runtime: Runtime) -> None:
    person = await _participant(runtime)
    assert person.language == "id" and person.nik and person.date_of_birth
    answers = runtime.engine._answer
    assert isinstance(answers, DataAnswers)
    sender = DevelopmentOtpSender(echo=False)
    answers.otp_sender = sender
    chat = Chat(runtime, "lang-2")

    await chat.send(payload="lang:en")
    assert await _language(runtime, person.id) == "id"
    await chat.send(payload="flow:link_account")
    await chat.send(text=person.nik)
    await chat.send(text=person.date_of_birth.isoformat())
    linked = await chat.send(text=next(iter(sender.last_codes.values())))
    assert text("en", "link_account.linked.say") in linked[0].text
    assert await _language(runtime, person.id) == "en"  # the earlier choice, saved on linking
    await chat.leave()
    assert (await chat.send(payload="start"))[0].text == text("en", "menu.title")


async def test_a_new_unlinked_chat_starts_in_indonesian(runtime: Runtime) -> None:
    chat = Chat(runtime, "lang-3")
    assert (await chat.send(payload="start"))[0].text == text("id", "menu.title")
