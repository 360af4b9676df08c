"""The transcript: conversations are created on first use; messages keep their order."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from bot.transcript import BufferedTranscript
from storage.keys import ConversationKey
from storage.models import AuditLog, Conversation, Message
from storage.repositories.transcript import TranscriptEntry, TranscriptRepository
from tests.storage.conftest import Factory

KEY = ConversationKey("webchat", "user-1")
T0 = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


def _turn(n: int, at: datetime) -> list[TranscriptEntry]:
    return [
        TranscriptEntry(
            direction="in",
            text=f"pesan {n}",
            external_id=f"m{n}",
            intent="ask_courses",
            confidence=0.91,
            entities=[{"entity": "category", "value": "Kuliner", "start": 0, "end": 7}],
            created_at=at,
        ),
        TranscriptEntry(
            direction="out",
            text=f"balasan {n}",
            payload='[{"title": "Menu", "payload": "menu"}]',
            created_at=at + timedelta(milliseconds=5),
        ),
    ]


async def test_record_then_history_round_trips(db_factory: Factory) -> None:
    transcript = TranscriptRepository(db_factory)
    entries = _turn(1, T0)

    await transcript.record(KEY, entries)

    assert await transcript.history(KEY) == entries
    async with db_factory() as session:
        conversation = (await session.scalars(sa.select(Conversation))).one()
    assert (conversation.channel, conversation.user_id) == ("webchat", "user-1")
    assert conversation.started_at == T0
    assert conversation.last_message_at == T0 + timedelta(milliseconds=5)


async def test_history_is_chronological_and_limited_to_the_latest(db_factory: Factory) -> None:
    transcript = TranscriptRepository(db_factory)
    for n in range(6):
        await transcript.record(KEY, _turn(n, T0 + timedelta(minutes=n)))

    latest = await transcript.history(KEY, limit=4)

    assert [e.text for e in latest] == ["pesan 4", "balasan 4", "pesan 5", "balasan 5"]
    assert len(await transcript.history(KEY, limit=100)) == 12


async def test_entries_with_equal_times_keep_their_order(db_factory: Factory) -> None:
    transcript = TranscriptRepository(db_factory)
    same = [TranscriptEntry("out", text=str(n), created_at=T0) for n in range(5)]
    await transcript.record(KEY, same)
    assert [e.text for e in await transcript.history(KEY)] == ["0", "1", "2", "3", "4"]


async def test_conversations_are_separate_per_channel_and_user(db_factory: Factory) -> None:
    transcript = TranscriptRepository(db_factory)
    other = ConversationKey("telegram", "user-1")
    await transcript.record(KEY, _turn(1, T0))
    await transcript.record(other, _turn(2, T0))
    assert [e.text for e in await transcript.history(other)] == ["pesan 2", "balasan 2"]
    assert await transcript.history(ConversationKey("whatsapp", "nobody")) == []


async def test_last_message_time_only_moves_forward(db_factory: Factory) -> None:
    transcript = TranscriptRepository(db_factory)
    await transcript.record(KEY, _turn(2, T0 + timedelta(hours=1)))
    await transcript.record(KEY, _turn(1, T0))  # a late write of older messages
    async with db_factory() as session:
        conversation = (await session.scalars(sa.select(Conversation))).one()
    assert conversation.last_message_at == T0 + timedelta(hours=1, milliseconds=5)


async def test_racing_writers_share_one_new_conversation(db_factory: Factory) -> None:
    transcripts = [TranscriptRepository(db_factory) for _ in range(4)]
    await asyncio.gather(
        *(t.record(KEY, _turn(n, T0 + timedelta(seconds=n))) for n, t in enumerate(transcripts))
    )
    async with db_factory() as session:
        assert await session.scalar(sa.select(sa.func.count(Conversation.id))) == 1
        assert await session.scalar(sa.select(sa.func.count(Message.id))) == 8


async def test_default_time_and_empty_batches(db_factory: Factory) -> None:
    transcript = TranscriptRepository(db_factory)
    await transcript.record(KEY, [])
    assert await transcript.history(KEY) == []
    before = datetime.now(UTC)
    await transcript.record(KEY, [TranscriptEntry("in", text="halo")])
    (entry,) = await transcript.history(KEY)
    assert entry.created_at is not None and entry.created_at >= before - timedelta(seconds=1)


async def test_bad_entries_are_refused(db_factory: Factory) -> None:
    transcript = TranscriptRepository(db_factory)
    with pytest.raises(ValueError):
        await transcript.record(KEY, [TranscriptEntry("sideways", text="?")])
    with pytest.raises(ValueError, match="naive"):
        await transcript.record(
            KEY, [TranscriptEntry("in", text="?", created_at=datetime(2025, 1, 1))]
        )
    assert await transcript.history(KEY) == []


async def test_record_many_writes_many_conversations_in_one_go(db_factory: Factory) -> None:
    repo = TranscriptRepository(db_factory)
    keys = [ConversationKey("webchat", f"user-{n}") for n in range(30)]
    await repo.record(keys[0], _turn(0, T0))  # one conversation exists already
    batch = [
        (key, _turn(n + 1, T0 + timedelta(minutes=1, seconds=n))) for n, key in enumerate(keys)
    ]
    batch.append((keys[3], _turn(99, T0 + timedelta(minutes=5))))  # a key twice in a batch
    await repo.record_many(batch)
    assert [e.text for e in await repo.history(keys[0])] == [
        "pesan 0",
        "balasan 0",
        "pesan 1",
        "balasan 1",
    ]
    assert [e.text for e in await repo.history(keys[3])][-2:] == ["pesan 99", "balasan 99"]
    async with db_factory() as session:
        conversations = await session.scalar(sa.select(sa.func.count()).select_from(Conversation))
        messages = await session.scalar(sa.select(sa.func.count()).select_from(Message))
        last = await session.scalar(
            sa.select(Conversation.last_message_at).where(Conversation.user_id == "user-3")
        )
    assert conversations == 30 and messages == 2 + 31 * 2
    assert last == T0 + timedelta(minutes=5, milliseconds=5)


async def test_purge_deletes_only_messages_older_than_the_retention(db_factory: Factory) -> None:
    transcript = TranscriptRepository(db_factory)
    other = ConversationKey("telegram", "42")
    for n in range(7):  # T0 ... T0 + 6 days, two messages each
        await transcript.record(KEY, _turn(n, T0 + timedelta(days=n)))
    await transcript.record(other, _turn(9, T0))

    removed = await transcript.purge(T0 + timedelta(days=3), batch=3)  # several batches

    assert removed == 3 * 2 + 2
    assert [e.text for e in await transcript.history(KEY)] == [
        text for n in range(3, 7) for text in (f"pesan {n}", f"balasan {n}")
    ]
    assert await transcript.history(other) == []
    async with db_factory() as session:
        conversations = (await session.scalars(sa.select(Conversation))).all()
        audit = (await session.scalars(sa.select(AuditLog))).all()
    assert len(conversations) == 2  # keys and times stay; only the messages go
    assert [(a.action, a.detail["count"]) for a in audit] == [("transcript.purged", 8)]
    assert await transcript.purge(T0) == 0


class _Flaky:
    """The real repository behind a connection that fails its first ``failures`` writes."""

    def __init__(self, repo: TranscriptRepository, failures: int) -> None:
        self.repo, self.failures = repo, failures

    async def record_many(
        self, batch: Sequence[tuple[ConversationKey, Sequence[TranscriptEntry]]]
    ) -> None:
        if self.failures:
            self.failures -= 1
            raise ConnectionRefusedError("database away")
        await self.repo.record_many(batch)


async def test_buffered_entries_wait_for_the_database_to_come_back(db_factory: Factory) -> None:
    repo = TranscriptRepository(db_factory)
    buffered = BufferedTranscript(_Flaky(repo, failures=5))
    buffered.add(KEY, _turn(1, T0))
    for _ in range(5):  # however often it is away, nothing is dropped
        with pytest.raises(ConnectionRefusedError):
            await buffered.flush()
    assert buffered.pending == 2
    await buffered.flush()
    assert [e.text for e in await repo.history(KEY)] == ["pesan 1", "balasan 1"]


async def test_entries_the_database_refuses_do_not_stop_the_others(
    db_factory: Factory, backend: str
) -> None:
    # A NUL character is refused by PostgreSQL (SQLite takes it): before, the whole batch went
    # back to the buffer and every later write failed with it, for every conversation.
    repo = TranscriptRepository(db_factory)
    buffered = BufferedTranscript(repo)
    nul = ConversationKey("webchat", "nul")
    bad = ConversationKey("webchat", "bad")
    buffered.add(KEY, _turn(1, T0))
    buffered.add(nul, [TranscriptEntry("in", text="hi\x00 there", created_at=T0)])
    buffered.add(bad, [TranscriptEntry("sideways", text="?", created_at=T0)])
    buffered.add(KEY, _turn(2, T0 + timedelta(minutes=1)))
    await buffered.flush()
    assert buffered.pending == 0
    assert [e.text for e in await repo.history(KEY)] == [
        "pesan 1", "balasan 1", "pesan 2", "balasan 2"
    ]  # fmt: skip
    assert await repo.history(bad) == []
    kept = [e.text for e in await repo.history(nul)]
    assert kept == ([] if backend == "postgres" else ["hi\x00 there"])
