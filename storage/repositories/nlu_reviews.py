"""Texts the assistant did not understand, labelled with an intent by a supervisor: the
console's annotation queue, exported as training data (``text<TAB>intent``).

Only a text the transcript holds as a user's message can be labelled, so everything here was
said by someone, and a participant's erasure also forgets the texts they sent (``forget``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import Direction, Message, NluReview, utcnow
from storage.repositories._results import rowcount

__all__ = ["IGNORED", "Review", "ReviewRepository", "text_hash"]

IGNORED = "-"
"""The label of a text not worth learning from (gibberish, spam): it leaves the queue but is
never training data. No intent is called "-"."""


@dataclass(frozen=True, slots=True)
class Review:
    text: str
    intent: str
    reviewer: str
    reviewed_at: datetime

    @property
    def key(self) -> str:
        return text_hash(self.text)

    @property
    def ignored(self) -> bool:
        return self.intent == IGNORED


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class ReviewRepository:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def label(self, text: str, intent: str, reviewer: str) -> bool:
        """Give ``text`` the intent ``intent``, or ``IGNORED`` (a second label replaces the
        first). False, and nothing stored, when no user ever sent this text."""
        for _ in range(2):  # a concurrent first label of the same text wins the insert
            try:
                return await self._label_once(text, intent, reviewer)
            except IntegrityError:
                continue
        return await self._label_once(text, intent, reviewer)

    async def _label_once(self, text: str, intent: str, reviewer: str) -> bool:
        said = sa.select(Message.id).where(
            Message.direction == Direction.IN.value, Message.text == text
        )
        async with self._sessions() as session, session.begin():
            if await session.scalar(said.limit(1)) is None:
                return False
            key = text_hash(text)
            found = await session.scalar(sa.select(NluReview).where(NluReview.text_hash == key))
            if found is None:
                session.add(NluReview(text_hash=key, text=text, intent=intent, reviewer=reviewer))
            else:
                found.intent, found.reviewer, found.reviewed_at = intent, reviewer, utcnow()
        return True

    async def remove(self, key: str) -> bool:
        """Drop the label of the text whose ``text_hash`` is ``key`` (a form names a text by
        its key: a 4,096-character message would not fit in one)."""
        async with self._sessions() as session, session.begin():
            result = await session.execute(sa.delete(NluReview).where(NluReview.text_hash == key))
        return rowcount(result) > 0

    async def of_texts(self, texts: Sequence[str]) -> dict[str, Review]:
        """The labels of those of ``texts`` that have one."""
        if not texts:
            return {}
        keys = [text_hash(t) for t in texts]
        query = sa.select(NluReview).where(NluReview.text_hash.in_(keys))
        async with self._sessions() as session:
            return {row.text: _review(row) for row in await session.scalars(query)}

    async def recent(self, limit: int = 100) -> list[Review]:
        query = (
            sa.select(NluReview)
            .order_by(NluReview.reviewed_at.desc(), NluReview.id.desc())
            .limit(limit)
        )
        async with self._sessions() as session:
            return [_review(row) for row in await session.scalars(query)]

    async def every(self) -> list[Review]:
        """All labels, by intent then text: the export for training."""
        query = sa.select(NluReview).order_by(NluReview.intent, NluReview.text)
        async with self._sessions() as session:
            return [_review(row) for row in await session.scalars(query)]

    async def count(self) -> int:
        async with self._sessions() as session:
            return int(await session.scalar(sa.select(sa.func.count(NluReview.id))) or 0)

    @staticmethod
    async def forget(session: AsyncSession, conversation_ids: Sequence[int]) -> int:
        """Inside an erasure: drop the labels of every text these conversations' users sent."""
        if not conversation_ids:
            return 0
        texts = await session.scalars(
            sa.select(Message.text)
            .distinct()
            .where(
                Message.conversation_id.in_(conversation_ids),
                Message.direction == Direction.IN.value,
                Message.text.is_not(None),
            )
        )
        keys = [text_hash(t) for t in texts if t is not None]
        if not keys:
            return 0
        result = await session.execute(sa.delete(NluReview).where(NluReview.text_hash.in_(keys)))
        return rowcount(result)


def _review(row: NluReview) -> Review:
    return Review(row.text, row.intent, row.reviewer, row.reviewed_at)
