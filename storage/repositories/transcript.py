"""The transcript: every inbound and outbound message of a conversation, for agents and audits."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.keys import ConversationKey
from storage.models import Conversation, Direction, Message, utcnow

__all__ = ["TranscriptEntry", "TranscriptRepository"]


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


class TranscriptRepository:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def record(self, key: ConversationKey, messages: Sequence[TranscriptEntry]) -> None:
        """Append ``messages`` to the conversation of ``key`` (created on first use).

        One transaction and two statements: an upsert of the conversation row that also moves
        ``last_message_at`` forward (safe when several workers race on a new conversation),
        then one multi-row insert of the messages, which keep their order.
        """
        if not messages:
            return
        now = utcnow()
        stamped = [(entry, entry.created_at or now) for entry in messages]
        for entry, at in stamped:
            Direction(entry.direction)  # fail loudly on anything but "in"/"out"
            if at.tzinfo is None:
                raise ValueError("TranscriptEntry.created_at is naive; pass an aware datetime")
        first = min(at for _, at in stamped)
        last = max(at for _, at in stamped)
        async with self._sessions() as session, session.begin():
            conversation_id = await self._conversation_id(session, key, first, last)
            await session.execute(
                sa.insert(Message),
                [
                    {
                        "conversation_id": conversation_id,
                        "direction": entry.direction,
                        "channel": key.channel,
                        "external_id": entry.external_id,
                        "text": entry.text,
                        "payload": entry.payload,
                        "intent": entry.intent,
                        "confidence": entry.confidence,
                        "entities": entry.entities,
                        "created_at": at,
                    }
                    for entry, at in stamped
                ],
            )

    @staticmethod
    async def _conversation_id(
        session: AsyncSession, key: ConversationKey, first: datetime, last: datetime
    ) -> int:
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        values = insert(Conversation).values(
            channel=key.channel, user_id=key.user_id, started_at=first, last_message_at=last
        )
        newer = values.excluded.last_message_at
        statement = values.on_conflict_do_update(
            index_elements=[Conversation.channel, Conversation.user_id],
            set_={
                "last_message_at": sa.case(
                    (newer > Conversation.last_message_at, newer),
                    else_=Conversation.last_message_at,
                )
            },
        ).returning(Conversation.id)
        return int((await session.execute(statement)).scalar_one())

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
            )
            for row in reversed(rows)
        ]
