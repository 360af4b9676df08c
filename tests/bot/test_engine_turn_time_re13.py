"""A turn happens at its message's time (``Inbound.timestamp``, the flows' ``Message.at``):
idle expiry and ``Session.last_activity`` use it too, so a follow-up keeps its context however
late its webhook arrives (before: the wall clock at processing, which a delayed delivery, or a
conversation test at a fixed time, put after the message's own time). A time no platform sends
falls back to the engine's clock, at which replies are recorded (``bot.turn_time``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.runtime import Runtime
from bot.turn_time import turn_time
from flows.messages import Inbound
from storage.db import create_session_factory
from storage.keys import ConversationKey
from storage.repositories.transcript import TranscriptRepository
from storage.sessions import Session

SENT = datetime(2026, 11, 30, 3, 0, tzinfo=UTC)  # Telegram's time of the first message
NOW = SENT + timedelta(hours=2)  # when the webhook is processed: two hours late


@pytest.fixture
def late(runtime: Runtime) -> Runtime:
    runtime.engine.clock = lambda: NOW
    return runtime


def _said(user: str, n: int, text: str, at: datetime) -> Inbound:
    return Inbound("telegram", user, f"{user}-{n}", text=text, timestamp=at)


async def _parked_form(runtime: Runtime, user: str) -> ConversationKey:
    key = ConversationKey("telegram", user)
    waiting = Session(flow="link_account", step="dob", last_activity=SENT.timestamp(), turns=3)
    await runtime.sessions.save(key, waiting)
    return key


async def test_a_follow_up_delivered_late_keeps_the_answer_it_follows(late: Runtime) -> None:
    await late.engine.handle(_said("late-1", 1, "kode redeem aku ga bisa dipake", SENT))
    later = SENT + timedelta(minutes=1)
    replies = await late.engine.handle(_said("late-1", 2, "brp lama?", later))
    assert "Kode redeem biasanya gagal" in " ".join(r.text for r in replies)


async def test_last_activity_is_the_message_time_and_never_moves_back(late: Runtime) -> None:
    await late.engine.handle(_said("late-2", 2, "halo", SENT))
    await late.engine.handle(_said("late-2", 1, "hai", SENT - timedelta(minutes=1)))
    session = await late.sessions.load(ConversationKey("telegram", "late-2"))
    assert session is not None and session.last_activity == SENT.timestamp()


async def test_a_form_answered_ten_minutes_later_is_not_parked(late: Runtime) -> None:
    key = await _parked_form(late, "late-3")
    at = SENT + timedelta(minutes=10)
    await late.engine.handle(_said("late-3", 1, "081234567890", at))
    session = await late.sessions.load(key)
    assert session is not None and session.suspended is None
    assert session.flow == "link_account" and session.last_activity == at.timestamp()


async def test_a_form_answered_after_the_idle_timeout_is_parked(late: Runtime) -> None:
    key = await _parked_form(late, "late-4")
    at = SENT + timedelta(minutes=31)
    await late.engine.handle(_said("late-4", 1, "081234567890", at))
    session = await late.sessions.load(key)
    assert session is not None and session.last_activity == at.timestamp()
    assert (session.suspended or {}).get("flow") == "link_account"


async def test_replies_are_recorded_at_the_engine_clock(late: Runtime) -> None:
    await late.engine.handle(_said("late-5", 1, "halo", SENT))
    await late.transcript.flush()
    factory = create_session_factory(late.database)
    history = await TranscriptRepository(factory).history(ConversationKey("telegram", "late-5"))
    assert {e.created_at for e in history if e.direction == "in"} == {SENT}
    assert {e.created_at for e in history if e.direction == "out"} == {NOW}


@pytest.mark.parametrize(
    "sent",
    [
        datetime(1970, 1, 1, tzinfo=UTC),  # a WhatsApp message without its timestamp
        NOW - timedelta(days=2),  # older than Telegram keeps an update
        NOW + timedelta(hours=1),  # ahead of the clock
    ],
)
async def test_a_time_no_platform_sends_is_the_clock(late: Runtime, sent: datetime) -> None:
    key = await _parked_form(late, "late-6")
    await late.engine.handle(_said("late-6", 1, "081234567890", sent))
    session = await late.sessions.load(key)
    assert session is not None and session.last_activity == NOW.timestamp()
    assert (session.suspended or {}).get("flow") == "link_account"  # idle since SENT


def test_the_turn_time_is_the_message_time_when_plausible() -> None:
    assert turn_time(SENT, NOW) == SENT
    assert turn_time(NOW + timedelta(minutes=1), NOW) == NOW + timedelta(minutes=1)
    assert turn_time(SENT.replace(tzinfo=None), NOW) == SENT  # naive: UTC
    assert turn_time(NOW - timedelta(days=2), NOW) == NOW
