"""A clear English message from a linked participant with Indonesian saved is answered in
English, told so once, and the record saves English for the next session (the mirror of
``test_language_followed``); an English courtesy ("thank you") saves nothing."""

from __future__ import annotations

import sqlalchemy as sa

from bot.runtime import Runtime
from flows import Inbound, Outbound
from flows.responses import text
from storage.db import create_session_factory
from storage.keys import ConversationKey
from storage.models import Participant
from storage.repositories.participants import ParticipantRepository


class Chat:
    def __init__(self, runtime: Runtime, user: str) -> None:
        self.runtime, self.key, self.number = runtime, ConversationKey("webchat", user), 0

    async def send(self, **message: str) -> list[Outbound]:
        self.number += 1
        inbound = Inbound(self.key.channel, self.key.user_id, f"m{self.number}", **message)
        return await self.runtime.engine.handle(inbound)

    async def leave(self) -> None:
        await self.runtime.sessions.delete(self.key)


async def _linked_in_indonesian(runtime: Runtime, user: str) -> tuple[ParticipantRepository, int]:
    factory = create_session_factory(runtime.database)
    async with factory() as session:
        first = await session.scalar(
            sa.select(Participant.id).where(Participant.status == "selected").limit(1)
        )
    repo = ParticipantRepository(factory, runtime.cipher)
    await repo.link_identity(int(first or 0), "webchat", user)
    assert await repo.set_language_of_identity("webchat", user, "id")
    return repo, int(first or 0)


async def _language(repo: ParticipantRepository, participant_id: int) -> str:
    record = await repo.get(participant_id)
    assert record is not None
    return record.language


async def test_writing_english_overrides_a_saved_indonesian_and_saves_it(runtime: Runtime) -> None:
    repo, person = await _linked_in_indonesian(runtime, "english-1")
    chat = Chat(runtime, "english-1")
    assert (await chat.send(text="halo min"))[0].text == text("id", "menu.title")

    replies = await chat.send(text="how do I check my incentive status?")

    assert replies[0].text == text("en", "language.followed")
    assert await _language(repo, person) == "en"
    again = await chat.send(text="what is prakerja?")
    assert text("en", "language.followed") not in [reply.text for reply in again]  # said once
    await chat.leave()
    assert (await chat.send(payload="start"))[0].text == text("en", "menu.title")


async def test_writing_back_in_indonesian_saves_indonesian_again(runtime: Runtime) -> None:
    repo, person = await _linked_in_indonesian(runtime, "english-2")
    chat = Chat(runtime, "english-2")
    await chat.send(text="how do I check my incentive status?")
    assert await _language(repo, person) == "en"

    replies = await chat.send(text="status aku gmn")

    assert await _language(repo, person) == "id"
    assert text("id", "language.followed") not in [reply.text for reply in replies]


async def test_an_english_courtesy_keeps_and_saves_nothing(runtime: Runtime) -> None:
    repo, person = await _linked_in_indonesian(runtime, "english-3")
    chat = Chat(runtime, "english-3")

    for courtesy in ("ok", "thanks", "sorry", "thank you", "oh i see"):
        replies = await chat.send(text=courtesy)
        assert text("en", "language.followed") not in [reply.text for reply in replies]

    assert await _language(repo, person) == "id"
    assert (await chat.send(payload="start"))[0].text == text("id", "menu.title")
