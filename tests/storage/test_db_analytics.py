"""Analytics over the transcript: volume per WIB day and channel, intents, understanding,
handoffs and the queue of messages the assistant did not understand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from storage.keys import ConversationKey
from storage.models import Conversation, Handoff
from storage.repositories.analytics import AnalyticsRepository, Window
from storage.repositories.transcript import TranscriptEntry, TranscriptRepository
from tests.storage.conftest import Factory

# 2025-03-10 in WIB runs from 2025-03-09 17:00 UTC to 2025-03-10 17:00 UTC
DAY = date(2025, 3, 10)
MORNING = datetime(2025, 3, 10, 2, 0, tzinfo=UTC)  # 09:00 WIB on the 10th
LATE = datetime(2025, 3, 10, 17, 30, tzinfo=UTC)  # 00:30 WIB on the 11th


def _said(text: str | None, intent: str | None, confidence: float | None, at: datetime,
          payload: str | None = None) -> list[TranscriptEntry]:  # fmt: skip
    return [
        TranscriptEntry("in", text, payload, None, intent, confidence, created_at=at),
        TranscriptEntry("out", "balasan", created_at=at + timedelta(seconds=1)),
    ]


async def _seed(factory: Factory) -> None:
    transcript = TranscriptRepository(factory)
    web, tg, wa = (ConversationKey("webchat", "w1"), ConversationKey("telegram", "t1"),
                   ConversationKey("whatsapp", "a1"))  # fmt: skip
    await transcript.record(web, _said("gmn cara daftar", "register", 0.97, MORNING))
    await transcript.record(web, _said("qwzx", "nlu_fallback", 0.0, MORNING + timedelta(1 / 24)))
    await transcript.record(web, _said(None, None, None, MORNING + timedelta(2 / 24), "courses"))
    await transcript.record(tg, _said("insentif blm cair", "incentive_status", 0.9, MORNING))
    await transcript.record(tg, _said("hmm gitu ya", "affirm", 0.31, MORNING))
    await transcript.record(tg, _said("qwzx", "nlu_fallback", 0.0, MORNING + timedelta(hours=3)))
    await transcript.record(wa, _said("hmm gitu ya", "thanks", 0.42, LATE))  # the 11th, WIB
    async with factory() as session, session.begin():
        conversation = await session.scalar(
            sa.select(Conversation.id).where(Conversation.channel == "telegram")
        )
        assert conversation is not None
        session.add(Handoff(conversation_id=conversation, queue="umum", reason="human_agent",
                            created_at=MORNING, state="closed", csat=4))  # fmt: skip


async def test_overview_counts_conversations_understanding_and_handoffs(
    db_factory: Factory,
) -> None:
    await _seed(db_factory)
    repo = AnalyticsRepository(db_factory, fallback_threshold=0.5)

    day = await repo.overview(Window(DAY, DAY))

    assert (day.conversations, day.new_conversations, day.inbound) == (2, 2, 6)
    assert (day.classified, day.not_understood) == (5, 3)  # the button press needs no NLU
    assert day.understood_share == 2 / 5
    assert (day.handoffs, day.handoff_share, day.contained_share) == (1, 0.5, 0.5)
    assert (day.ratings, day.average_rating) == (1, 4.0)

    both = await repo.overview(Window(DAY, DAY + timedelta(days=1)))
    assert (both.conversations, both.inbound, both.not_understood) == (3, 7, 4)


async def test_a_lower_threshold_counts_fewer_messages_as_not_understood(
    db_factory: Factory,
) -> None:
    await _seed(db_factory)
    lenient = AnalyticsRepository(db_factory, fallback_threshold=0.3)
    assert (await lenient.overview(Window(DAY, DAY))).not_understood == 2  # only the fallbacks


async def test_days_are_wib_and_split_by_channel(db_factory: Factory) -> None:
    await _seed(db_factory)
    repo = AnalyticsRepository(db_factory)

    rows = await repo.daily(Window(DAY - timedelta(days=1), DAY + timedelta(days=1)))

    assert [(r.day, r.channel, r.conversations, r.inbound) for r in rows] == [
        (DAY, "telegram", 1, 3),
        (DAY, "webchat", 1, 3),
        (DAY + timedelta(days=1), "whatsapp", 1, 1),  # 17:30 UTC is after midnight WIB
    ]


async def test_intents_most_frequent_first(db_factory: Factory) -> None:
    await _seed(db_factory)
    repo = AnalyticsRepository(db_factory)

    intents = await repo.intents(Window(DAY, DAY))

    assert [(i.intent, i.messages) for i in intents] == [
        ("nlu_fallback", 2), ("affirm", 1), ("incentive_status", 1), ("register", 1),
    ]  # fmt: skip
    assert intents[1].average_confidence == 0.31


async def test_unrecognised_groups_texts_with_the_last_guess(db_factory: Factory) -> None:
    await _seed(db_factory)
    repo = AnalyticsRepository(db_factory)

    missed = await repo.unrecognised(Window(DAY, DAY + timedelta(days=1)))

    assert [(m.text, m.times, m.best_guess, m.confidence) for m in missed] == [
        ("hmm gitu ya", 2, "thanks", 0.42),  # most recent guess; equal counts: latest first
        ("qwzx", 2, None, None),  # no evidence: there is no guess to offer
    ]
    assert missed[0].last_seen == LATE
    first_day = await repo.unrecognised(Window(DAY, DAY), limit=1)
    assert [(m.text, m.times, m.best_guess) for m in first_day] == [("qwzx", 2, None)]


async def test_funnel_counts_conversations_per_state_in_the_flows_order(
    db_factory: Factory,
) -> None:
    transcript = TranscriptRepository(db_factory)

    async def entered(user: str, at: datetime, *steps: str) -> None:
        key = ConversationKey("webchat", user)
        await transcript.record(key, [TranscriptEntry("in", "x", created_at=at, steps=steps)])

    await entered("u1", MORNING, "registration/consent")
    await entered("u1", MORNING + timedelta(minutes=1), "registration/name")
    await entered("u1", MORNING + timedelta(minutes=2), "registration/name")  # asked again
    await entered("u2", MORNING, "registration/consent", "registration/declined")
    await entered("u3", MORNING, "eligibility/age")  # another flow
    await entered("u4", LATE, "registration/consent")  # the next WIB day
    await entered("u5", MORNING, "registration/nikXtaken")  # "_" is no wildcard here
    repo = AnalyticsRepository(db_factory)
    states = ("consent", "declined", "name", "nik", "nik_taken")

    funnel = await repo.funnel(Window(DAY, DAY), "registration", states)

    assert [(s.state, s.conversations) for s in funnel] == [
        ("consent", 2), ("declined", 1), ("name", 1), ("nik", 0), ("nik_taken", 0)]  # fmt: skip
    assert [s.share for s in funnel[:2]] == [1.0, 0.5]  # of those who entered "consent"
    both = await repo.funnel(Window(DAY, DAY + timedelta(days=1)), "registration", states)
    assert both[0].conversations == 3
    assert await transcript.purge(LATE) == 6  # the flow states go with their messages
    assert (await repo.funnel(Window(DAY, DAY), "registration", states))[0].conversations == 0
