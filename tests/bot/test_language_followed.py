"""A saved language is where a new session starts, not a choice the user's own writing cannot
override: a participant with English saved who writes clear Indonesian is answered in
Indonesian, told so once, and the record saves Indonesian for the next session."""

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


async def _linked_in_english(runtime: Runtime, user: str) -> tuple[ParticipantRepository, int]:
    factory = create_session_factory(runtime.database)
    async with factory() as session:
        first = await session.scalar(
            sa.select(Participant.id).where(Participant.status == "selected").limit(1)
        )
    repo = ParticipantRepository(factory, runtime.cipher)
    await repo.link_identity(int(first or 0), "webchat", user)
    assert await repo.set_language_of_identity("webchat", user, "en")
    return repo, int(first or 0)


async def _language(repo: ParticipantRepository, participant_id: int) -> str:
    record = await repo.get(participant_id)
    assert record is not None
    return record.language


async def test_writing_indonesian_overrides_a_saved_english_and_saves_it(runtime: Runtime) -> None:
    repo, person = await _linked_in_english(runtime, "follow-1")
    chat = Chat(runtime, "follow-1")

    replies = await chat.send(text="halo min")

    assert replies[0].text == text("id", "language.followed")
    assert replies[1].text == text("id", "menu.title")
    assert await _language(repo, person) == "id"
    again = await chat.send(text="apa itu prakerja")
    assert text("id", "language.followed") not in [reply.text for reply in again]  # said once
    await chat.leave()
    assert (await chat.send(payload="start"))[0].text == text("id", "menu.title")


async def test_a_short_message_keeps_the_saved_language(runtime: Runtime) -> None:
    repo, person = await _linked_in_english(runtime, "follow-2")
    chat = Chat(runtime, "follow-2")

    replies = await chat.send(text="ok")

    assert text("en", "language.followed") not in [reply.text for reply in replies]
    assert (await chat.send(payload="start"))[0].text == text("en", "menu.title")
    assert await _language(repo, person) == "en"
