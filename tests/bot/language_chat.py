"""A linked web chat for the language tests: a participant linked with a saved language, the
chat's messages, and the language the record holds."""

from __future__ import annotations

import sqlalchemy as sa

from bot.runtime import Runtime
from flows import Inbound, Outbound
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
        """Forget the session (as after sessions.retention_days): the next message starts anew."""
        await self.runtime.sessions.delete(self.key)


async def linked_in(
    runtime: Runtime, user: str, language: str
) -> tuple[ParticipantRepository, int]:
    """The first selected participant, linked to this web chat with ``language`` saved."""
    factory = create_session_factory(runtime.database)
    async with factory() as session:
        first = await session.scalar(
            sa.select(Participant.id).where(Participant.status == "selected").limit(1)
        )
    repo = ParticipantRepository(factory, runtime.cipher)
    await repo.link_identity(int(first or 0), "webchat", user)
    assert await repo.set_language_of_identity("webchat", user, language)
    return repo, int(first or 0)


async def saved_language(repo: ParticipantRepository, participant_id: int) -> str:
    record = await repo.get(participant_id)
    assert record is not None
    return record.language
