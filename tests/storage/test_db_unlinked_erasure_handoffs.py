"""Erasing a chat linked to no participant on SQLite and PostgreSQL treats its handoffs and its
conversation as a participant's erasure does (``deletion.erase_conversations``): the staff's
notes on its handoffs are deleted and the conversation is renamed ``deleted:<id>``, so nothing
ties it to the chat any more; another chat's conversation and notes stay as they were."""

from __future__ import annotations

import sqlalchemy as sa

from storage.keys import ConversationKey
from storage.models import Conversation, Handoff, HandoffNote
from storage.repositories.deletion import DeletionRepository
from storage.repositories.handoffs import HandoffRepository
from storage.repositories.identities import IdentityRepository
from storage.repositories.transcript import TranscriptEntry, TranscriptRepository
from tests.storage.conftest import NOW, Factory


async def _handed_over(factory: Factory, key: ConversationKey, note: str) -> int:
    """The chat wrote, was handed to staff, and an agent noted something on the handoff."""
    await TranscriptRepository(factory).record(key, [TranscriptEntry("in", note, created_at=NOW)])
    handoffs = HandoffRepository(factory)
    queued = await handoffs.enqueue(key.channel, key.user_id, "general", "asked", {"name": "Siti"})
    await handoffs.feedback.add_note(queued.id, "agent1", note)
    return queued.id


async def _erase(factory: Factory, key: ConversationKey) -> int:
    request_id = await DeletionRepository(factory).request_deletion(
        key.channel, key.user_id, now=NOW
    )
    return await IdentityRepository(factory).erase_unlinked(key.channel, key.user_id, request_id)


async def test_erasing_an_unlinked_chat_deletes_the_notes_on_its_handoffs(
    db_factory: Factory,
) -> None:
    visitor, other = ConversationKey("webchat", "v-1"), ConversationKey("telegram", "77")
    mine = await _handed_over(db_factory, visitor, "Bu Siti, rekening BNI salah nama")
    theirs = await _handed_over(db_factory, other, "OTP tidak masuk")

    assert await _erase(db_factory, visitor) == 1

    handoffs = HandoffRepository(db_factory)
    assert await handoffs.feedback.notes(mine) == []
    assert [n.text for n in await handoffs.feedback.notes(theirs)] == ["OTP tidak masuk"]
    async with db_factory() as session:
        summaries = dict((await session.execute(sa.select(Handoff.id, Handoff.summary))).all())
        assert await session.scalar(sa.select(sa.func.count(HandoffNote.id))) == 1
    assert summaries[mine] is None and summaries[theirs] is not None


async def test_erasing_an_unlinked_chat_renames_its_conversation(db_factory: Factory) -> None:
    visitor, other = ConversationKey("webchat", "v-1"), ConversationKey("telegram", "77")
    await _handed_over(db_factory, visitor, "Bu Siti, rekening BNI salah nama")
    await _handed_over(db_factory, other, "OTP tidak masuk")

    await _erase(db_factory, visitor)

    async with db_factory() as session:
        rows = (
            await session.execute(
                sa.select(Conversation.id, Conversation.channel, Conversation.user_id).order_by(
                    Conversation.id
                )
            )
        ).all()
    (erased_id, channel, user_id), kept = rows
    assert (channel, user_id) == ("webchat", f"deleted:{erased_id}")
    assert (kept.channel, kept.user_id) == ("telegram", "77")
    assert await TranscriptRepository(db_factory).history(visitor, 10) == []


async def test_the_erased_chat_starts_afresh_when_it_writes_again(db_factory: Factory) -> None:
    visitor = ConversationKey("webchat", "v-1")
    mine = await _handed_over(db_factory, visitor, "Bu Siti, rekening BNI salah nama")
    await _erase(db_factory, visitor)

    await TranscriptRepository(db_factory).record(
        visitor, [TranscriptEntry("in", "halo lagi", created_at=NOW)]
    )

    async with db_factory() as session:
        ids = (await session.scalars(sa.select(Conversation.id).order_by(Conversation.id))).all()
        first = await session.scalar(sa.select(Handoff.conversation_id).where(Handoff.id == mine))
    assert len(ids) == 2 and first == ids[0]  # the old handoff stays on the renamed one
    history = await TranscriptRepository(db_factory).history(visitor, 10)
    assert [entry.text for entry in history] == ["halo lagi"]
