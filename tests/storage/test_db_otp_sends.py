"""Codes by SMS counted per asking chat and per phone apart (SQLite and PostgreSQL): one chat's
sends never use up the codes another chat may ask for the same phone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.models import AuditLog
from storage.repositories.link_otp_sends import (
    OTP_SENT,
    LinkOtpSendRepository,
    Refused,
    SendLimits,
)
from storage.repositories.participants import NewParticipant, ParticipantRepository
from tests.storage.conftest import Factory

NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)
SINCE = NOW - timedelta(hours=2)
DAY = NOW - timedelta(hours=24)
STRANGER, OWNER = "chat:stranger-index", "chat:owner-index"


def _limits(chat: str, *, total: int = 10, owner: bool = False) -> SendLimits:
    return SendLimits(SINCE, total=total, chat=chat, per_chat=3, numbers=3, numbers_since=DAY,
                      owner=owner)  # fmt: skip


async def _participant(factory: Factory, cipher: PersonalDataCipher) -> int:
    new = NewParticipant(
        nik="3273014508990003", name="Siti Rahmawati", date_of_birth=date(1999, 8, 5),
        gender="F", phone="081234567890", consent_version="2024-10", consent_at=NOW,
    )  # fmt: skip
    return (await ParticipantRepository(factory, cipher).create(new, now=NOW)).id


async def test_a_strangers_chat_uses_up_its_own_codes_not_the_owners(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    person = await _participant(db_factory, cipher)
    sends = LinkOtpSendRepository(db_factory)
    asked = [await sends.reserve(person, "webchat", _limits(STRANGER), now=NOW) for _ in range(4)]
    assert all(isinstance(a, int) for a in asked[:3]) and asked[3] == Refused.CHAT_NUMBER
    assert isinstance(await sends.reserve(person, "telegram", _limits(OWNER), now=NOW), int)
    assert await sends.sent_since(person, SINCE) == 4
    later = NOW + timedelta(hours=2, minutes=1)  # the stranger's window has passed
    again = SendLimits(later - timedelta(hours=2), total=10, chat=STRANGER, per_chat=3)
    assert isinstance(await sends.reserve(person, "webchat", again, now=later), int)


async def test_a_chat_asks_codes_for_three_phones_a_day(db_factory: Factory) -> None:
    sends = LinkOtpSendRepository(db_factory)
    for key in ("k1", "k2", "k3"):
        assert isinstance(await sends.reserve_for_number(key, "webchat", _limits(STRANGER)), int)
    assert await sends.reserve_for_number("k4", "webchat", _limits(STRANGER)) == (
        Refused.CHAT_NUMBERS
    )
    assert isinstance(await sends.reserve_for_number("k1", "webchat", _limits(STRANGER)), int)
    assert isinstance(await sends.reserve_for_number("k4", "webchat", _limits(OWNER)), int)


async def test_a_send_the_gateway_could_not_make_does_not_count_for_the_chat(
    db_factory: Factory,
) -> None:
    sends = LinkOtpSendRepository(db_factory)
    for key in ("k1", "k2"):
        assert isinstance(await sends.reserve_for_number(key, "webchat", _limits(STRANGER)), int)
    unsent = await sends.reserve_for_number("k3", "webchat", _limits(STRANGER))
    assert isinstance(unsent, int)
    await sends.release(unsent)
    assert isinstance(await sends.reserve_for_number("k5", "webchat", _limits(STRANGER)), int)


async def test_the_owners_chat_is_not_held_by_the_phones_sends_from_all_chats(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    person = await _participant(db_factory, cipher)
    sends = LinkOtpSendRepository(db_factory)
    for n in range(4):
        sent = await sends.reserve(person, "webchat", _limits(f"chat:{n}", total=4))
        assert isinstance(sent, int)
    assert await sends.reserve(person, "webchat", _limits("chat:5", total=4)) == Refused.NUMBER
    owned = await sends.reserve(person, "whatsapp", _limits(OWNER, total=4, owner=True))
    assert isinstance(owned, int)
    assert await sends.sent_since(person, NOW - timedelta(hours=1)) == 5


async def test_a_send_names_the_chat_by_its_keyed_index_only(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    person = await _participant(db_factory, cipher)
    await LinkOtpSendRepository(db_factory).reserve(person, "whatsapp", _limits(OWNER), now=NOW)
    async with db_factory() as session:
        row = await session.scalar(sa.select(AuditLog).where(AuditLog.action == OTP_SENT))
    assert row is not None
    assert (row.actor, row.subject) == (OWNER, f"participant:{person}")
    assert row.detail == {"channel": "whatsapp"}
