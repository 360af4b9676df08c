"""What the programme learns from its conversations: volume per day and channel, what people
ask about, how often the assistant understood them, how often a person had to help, and the
messages it did not understand (the queue for improving the NLU's training data), and how far
conversations got in each flow (funnels).

Everything is read from the transcript (``messages``, whose texts are stored masked and which
note the flow states their turn entered), the conversations and the handoffs; days are WIB
(UTC+7, the programme's time; no daylight saving).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import Conversation, Direction, Handoff, Message

__all__ = [
    "FALLBACK_INTENT",
    "WIB",
    "AnalyticsRepository",
    "DayFigures",
    "IntentCount",
    "Overview",
    "StepCount",
    "Unrecognised",
    "Window",
]

WIB = timezone(timedelta(hours=7), "WIB")
FALLBACK_INTENT = "nlu_fallback"
"""What the NLU answers when a message holds nothing it knows (confidence 0)."""
NOT_UNDERSTOOD_STEP = "fallback/not_understood"
"""In a message's steps when the assistant answered it "belum paham" (``flows.fallback``)."""
_INBOUND = Direction.IN.value


@dataclass(frozen=True, slots=True)
class Window:
    """Whole WIB days: ``first`` to ``last`` inclusive."""

    first: date
    last: date

    @classmethod
    def last_days(cls, days: int, today: date | None = None) -> Window:
        end = today or datetime.now(WIB).date()
        return cls(end - timedelta(days=max(1, days) - 1), end)

    @property
    def since(self) -> datetime:
        return datetime.combine(self.first, time(), WIB).astimezone(UTC)

    @property
    def until(self) -> datetime:
        return datetime.combine(self.last + timedelta(days=1), time(), WIB).astimezone(UTC)

    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((self.last - self.first).days + 1)]


@dataclass(frozen=True, slots=True)
class Overview:
    window: Window
    conversations: int
    """Conversations in which the user wrote at least once in the window."""
    new_conversations: int
    inbound: int
    classified: int
    """Inbound messages the NLU classified (typed text; buttons need no understanding)."""
    not_understood: int
    """Of those: no evidence (``nlu_fallback``), below the fallback threshold, or answered
    "belum paham" all the same."""
    handoffs: int
    """Conversations escalated to the CRM team in the window."""
    ratings: int
    average_rating: float | None

    @property
    def understood_share(self) -> float | None:
        return None if not self.classified else 1 - self.not_understood / self.classified

    @property
    def handoff_share(self) -> float | None:
        return None if not self.conversations else self.handoffs / self.conversations

    @property
    def contained_share(self) -> float | None:
        """Conversations the assistant handled without a person (1 - handoff share)."""
        share = self.handoff_share
        return None if share is None else max(0.0, 1 - share)


@dataclass(frozen=True, slots=True)
class DayFigures:
    day: date
    channel: str
    conversations: int
    inbound: int


@dataclass(frozen=True, slots=True)
class IntentCount:
    intent: str
    messages: int
    average_confidence: float


@dataclass(frozen=True, slots=True)
class Unrecognised:
    """One distinct (masked) text the assistant did not understand, with how often it came."""

    text: str
    times: int
    last_seen: datetime
    best_guess: str | None
    """The NLU's top intent the last time, when it had one (a hint for the annotator)."""
    confidence: float | None


@dataclass(frozen=True, slots=True)
class StepCount:
    """How many conversations entered one state of a flow, and their share of those who
    entered its first state (None when nobody did)."""

    state: str
    conversations: int
    share: float | None


class AnalyticsRepository:
    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], fallback_threshold: float = 0.5
    ) -> None:
        self._sessions = session_factory
        self.fallback_threshold = fallback_threshold

    async def overview(self, window: Window) -> Overview:
        inbound = _inbound(window)
        messages = sa.select(
            sa.func.count(),
            sa.func.count(sa.distinct(Message.conversation_id)),
            sa.func.count(Message.intent),
            sa.func.count(sa.case((self._not_understood(), 1))),
        ).where(*inbound)
        started = sa.select(sa.func.count()).where(
            Conversation.started_at >= window.since, Conversation.started_at < window.until
        )
        handoffs = sa.select(
            sa.func.count(), sa.func.count(Handoff.csat), sa.func.avg(Handoff.csat)
        ).where(Handoff.created_at >= window.since, Handoff.created_at < window.until)
        async with self._sessions() as session:
            total, conversations, classified, missed = (await session.execute(messages)).one()
            new = (await session.execute(started)).scalar_one()
            escalated, ratings, average = (await session.execute(handoffs)).one()
        return Overview(
            window,
            conversations=int(conversations),
            new_conversations=int(new),
            inbound=int(total),
            classified=int(classified),
            not_understood=int(missed),
            handoffs=int(escalated),
            ratings=int(ratings),
            average_rating=None if average is None else float(average),
        )

    async def daily(self, window: Window) -> list[DayFigures]:
        """Per WIB day and channel: conversations with a user message, and user messages.
        One indexed range query per day keeps the SQL the same on SQLite and PostgreSQL."""
        rows: list[DayFigures] = []
        async with self._sessions() as session:
            for day in window.days():
                query = (
                    sa.select(
                        Message.channel,
                        sa.func.count(sa.distinct(Message.conversation_id)),
                        sa.func.count(),
                    )
                    .where(*_inbound(Window(day, day)))
                    .group_by(Message.channel)
                    .order_by(Message.channel)
                )
                for channel, conversations, inbound in (await session.execute(query)).all():
                    rows.append(DayFigures(day, str(channel), int(conversations), int(inbound)))
        return rows

    async def intents(self, window: Window, limit: int = 30) -> list[IntentCount]:
        """The intents users' messages were classified as, most frequent first."""
        query = (
            sa.select(Message.intent, sa.func.count(), sa.func.avg(Message.confidence))
            .where(*_inbound(window), Message.intent.is_not(None))
            .group_by(Message.intent)
            .order_by(sa.func.count().desc(), Message.intent)
            .limit(limit)
        )
        async with self._sessions() as session:
            rows = (await session.execute(query)).all()
        return [IntentCount(str(name), int(n), float(avg or 0.0)) for name, n, avg in rows]

    async def funnel(self, window: Window, flow: str, states: Sequence[str]) -> list[StepCount]:
        """How many conversations entered each of ``states`` of ``flow`` in the window, in
        the order given (the flow's path: a funnel); a state nobody entered counts 0. One scan
        of the window's inbound messages that entered a state of ``flow``."""
        if not states:
            return []
        counts = [
            sa.func.count(sa.distinct(sa.case(
                (Message.steps.like(f"% {_literal(flow)}/{_literal(state)} %", escape="\\"),
                 Message.conversation_id))))
            for state in states
        ]  # fmt: skip
        query = sa.select(*counts).where(
            *_inbound(window), Message.steps.like(f"% {_literal(flow)}/%", escape="\\")
        )
        async with self._sessions() as session:
            row = (await session.execute(query)).one()
        entered = [int(n or 0) for n in row]
        return [StepCount(state, n, n / entered[0] if entered[0] else None)
                for state, n in zip(states, entered, strict=True)]  # fmt: skip

    async def unrecognised(self, window: Window, limit: int = 100) -> list[Unrecognised]:
        """Distinct texts the assistant did not understand, most frequent first (then most
        recent). Texts are as the transcript keeps them: NIK, KK, phone and e-mail masked."""
        grouped = (
            sa.select(
                Message.text,
                sa.func.count().label("times"),
                sa.func.max(Message.created_at).label("last_seen"),
            )
            .where(*_inbound(window), Message.text.is_not(None), self._not_understood())
            .group_by(Message.text)
            .order_by(sa.desc("times"), sa.desc("last_seen"), Message.text)
            .limit(limit)
        )
        async with self._sessions() as session:
            rows = (await session.execute(grouped)).all()
            guesses = await self._last_guesses(session, window, [str(r[0]) for r in rows])
        return [
            Unrecognised(str(text), int(times), last, *guesses.get(str(text), (None, None)))
            for text, times, last in rows
        ]

    async def _last_guesses(
        self, session: AsyncSession, window: Window, texts: Sequence[str]
    ) -> dict[str, tuple[str | None, float | None]]:
        if not texts:
            return {}
        latest = (
            sa.select(sa.func.max(Message.id))
            .where(*_inbound(window), Message.text.in_(texts), self._not_understood())
            .group_by(Message.text)
        )
        query = sa.select(Message.text, Message.intent, Message.confidence).where(
            Message.id.in_(latest.scalar_subquery())
        )
        guesses: dict[str, tuple[str | None, float | None]] = {}
        for text, intent, confidence in (await session.execute(query)).all():
            useful = intent is not None and intent != FALLBACK_INTENT
            guesses[str(text)] = (intent, confidence) if useful else (None, None)
        return guesses

    def _not_understood(self) -> sa.ColumnElement[bool]:
        """No evidence, too little confidence, or answered "belum paham" all the same (a
        confident intent nothing answers: ``NOT_UNDERSTOOD_STEP``)."""
        return sa.and_(
            Message.intent.is_not(None),
            sa.or_(
                Message.intent == FALLBACK_INTENT,
                Message.confidence < self.fallback_threshold,
                Message.steps.like(f"% {_literal(NOT_UNDERSTOOD_STEP)} %", escape="\\"),
            ),
        )


def _inbound(window: Window) -> tuple[sa.ColumnElement[bool], ...]:
    return (
        Message.direction == _INBOUND,
        Message.created_at >= window.since,
        Message.created_at < window.until,
    )


def _literal(name: str) -> str:
    """``name`` for a LIKE pattern: its wildcards (``_`` in ``nik_taken``) match themselves."""
    return name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
