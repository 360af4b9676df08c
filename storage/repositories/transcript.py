"""The transcript: every inbound and outbound message of a conversation, for agents and audits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.keys import ConversationKey
from storage.models import Conversation, Direction, Message, utcnow
from storage.repositories._purge import purge_in_batches

__all__ = ["TranscriptEntry", "TranscriptRepository"]

# Core tables: the batched writes skip the ORM unit of work (much less work per row).
_MESSAGES = cast(sa.Table, Message.__table__)
_CONVERSATIONS = cast(sa.Table, Conversation.__table__)


def _upsert(insert: Any) -> sa.Executable:
    """Create a conversation row or move its ``last_message_at`` forward only, returning ids."""
    values = insert(_CONVERSATIONS)
    table = _CONVERSATIONS.c
    newer = values.excluded.last_message_at
    return cast(
        sa.Executable,
        values.on_conflict_do_update(
            index_elements=[table.channel, table.user_id],
            set_={
                "last_message_at": sa.case(
                    (newer > table.last_message_at, newer), else_=table.last_message_at
                )
            },
        ).returning(table.id, table.channel, table.user_id),
    )


_UPSERTS = {"postgresql": _upsert(postgresql.insert), "sqlite": _upsert(sqlite.insert)}


@dataclass(frozen=True, slots=True)
class TranscriptEntry:
    """One message. ``direction`` is ``"in"`` (from the user) or ``"out"`` (to the user);
    ``payload`` is a button payload (inbound) or the serialised buttons (outbound);
    ``created_at`` must be timezone-aware and defaults to the time of recording."""

    direction: str
    text: str | None = None
    payload: str | None = None
    external_id: str | None = None
    intent: str | None = None
    confidence: float | None = None
    entities: list[dict[str, Any]] | None = None
    created_at: datetime | None = None
    author: str | None = None
    """The CRM agent (staff username) who wrote an outbound message; None for the bot."""
    steps: tuple[str, ...] = ()
    """``flow/state`` names the conversation entered in answer to this (inbound) message."""


class TranscriptRepository:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def record(self, key: ConversationKey, messages: Sequence[TranscriptEntry]) -> None:
        """Append ``messages`` to the conversation of ``key`` (created on first use)."""
        await self.record_many([(key, messages)])

    async def record_many(
        self, batch: Sequence[tuple[ConversationKey, Sequence[TranscriptEntry]]]
    ) -> None:
        """Append the messages of many conversations in one transaction and two statements.

        First one multi-row upsert of the conversation rows (created on first use, with
        ``last_message_at`` moved forward only; keys in a fixed order so that concurrent workers
        lock rows in the same order), then one multi-row insert of all messages, which keep
        their order within each conversation.
        """
        now = utcnow()
        grouped: dict[ConversationKey, list[tuple[TranscriptEntry, datetime]]] = {}
        for key, messages in batch:
            for entry in messages:
                at = entry.created_at or now
                Direction(entry.direction)  # fail loudly on anything but "in"/"out"
                if at.tzinfo is None:
                    raise ValueError("TranscriptEntry.created_at is naive; pass an aware datetime")
                grouped.setdefault(key, []).append((entry, at))
        if not grouped:
            return
        keys = sorted(grouped, key=lambda k: (k.channel, k.user_id))
        async with self._sessions() as session, session.begin():
            ids = await self._conversation_ids(session, keys, grouped)
            rows = [
                {
                    "conversation_id": ids[key],
                    "direction": entry.direction,
                    "channel": key.channel,
                    "external_id": entry.external_id,
                    "text": entry.text,
                    "payload": entry.payload,
                    "intent": entry.intent,
                    "confidence": entry.confidence,
                    "entities": entry.entities,
                    "author": entry.author,
                    "steps": f" {' '.join(entry.steps)} " if entry.steps else None,
                    "created_at": at,
                }
                for key in keys
                for entry, at in grouped[key]
            ]
            await session.execute(sa.insert(_MESSAGES), rows)

    @staticmethod
    async def _conversation_ids(
        session: AsyncSession,
        keys: Sequence[ConversationKey],
        grouped: dict[ConversationKey, list[tuple[TranscriptEntry, datetime]]],
    ) -> dict[ConversationKey, int]:
        rows = [
            {
                "channel": key.channel,
                "user_id": key.user_id,
                "started_at": min(at for _, at in grouped[key]),
                "last_message_at": max(at for _, at in grouped[key]),
            }
            for key in keys
        ]
        statement = _UPSERTS[session.get_bind().dialect.name]
        # Rows as parameters of one cached statement (SQLAlchemy sends them as multi-row
        # VALUES batches): a statement built with the rows in it was compiled anew on every
        # flush, 70 ms for 100 conversations, with every turn in flight waiting.
        result = await session.execute(statement, rows)
        return {ConversationKey(row.channel, row.user_id): int(row.id) for row in result}

    async def history(self, key: ConversationKey, limit: int = 50) -> list[TranscriptEntry]:
        """The last ``limit`` messages of the conversation, oldest first."""
        query = (
            sa.select(Message)
            .join(Conversation, Conversation.id == Message.conversation_id)
            .where(Conversation.channel == key.channel, Conversation.user_id == key.user_id)
            .order_by(Message.created_at.desc(), Message.id.desc())
            .limit(limit)
        )
        async with self._sessions() as session:
            rows = (await session.scalars(query)).all()
        return [
            TranscriptEntry(
                direction=row.direction,
                text=row.text,
                payload=row.payload,
                external_id=row.external_id,
                intent=row.intent,
                confidence=row.confidence,
                entities=row.entities,
                created_at=row.created_at,
                author=row.author,
            )
            for row in reversed(rows)
        ]

    async def purge(self, before: datetime, *, batch: int = 5000) -> int:
        """Delete the messages written before ``before`` (the retention period), in batches so
        that a large backlog never holds one long transaction; returns how many went.
        Conversations stay (their keys and times), and an audit entry records the purge."""
        return await purge_in_batches(
            self._sessions, _MESSAGES, _MESSAGES.c.created_at < before, batch=batch,
            action="transcript.purged", subject="messages", detail={"before": before.isoformat()},
        )  # fmt: skip
