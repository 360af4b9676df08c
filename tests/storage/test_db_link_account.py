"""Linking an existing account to a chat: the audit trail, failure counts per chat (never per
NIK), language, and the codes sent to a participant's phone counted across chats."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, timedelta

import pytest
import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.db import NotFound
from storage.models import AuditLog, ChannelIdentity
from storage.repositories.deletion import DeletionRepository
from storage.repositories.link_failures import LINK_FAILED
from storage.repositories.link_otp_sends import (
    OTP_SENT,
    OTP_UNSENT,
    LinkOtpSendRepository,
    Refused,
    SendLimits,
)
from storage.repositories.participants import LINKED, NewParticipant, ParticipantRepository
from tests.storage.conftest import Factory

NIK = "3273014508990003"
UNKNOWN_NIK = "3273014505010003"
NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


def _new() -> NewParticipant:
    return NewParticipant(
        nik=NIK, name="Siti Rahmawati", date_of_birth=date(1999, 8, 5), gender="F",
        phone="081234567890", consent_version="2024-10", consent_at=NOW,
    )  # fmt: skip


async def _audit(factory: Factory) -> list[AuditLog]:
    async with factory() as session:
        return list((await session.scalars(sa.select(AuditLog).order_by(AuditLog.id))).all())


async def test_a_verified_link_is_audit_logged_with_the_identity(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    created = await participants.create(_new(), now=NOW)

    await participants.link_verified(created.id, "telegram", "555001", now=NOW)

    found = await participants.find_by_identity("telegram", "555001")
    assert found is not None and found.id == created.id
    entry = (await _audit(db_factory))[-1]
    assert (entry.action, entry.subject, entry.actor) == (
        LINKED, f"participant:{created.id}", "telegram:user"
    )  # fmt: skip
    assert "555001" not in repr(entry.detail)
    with pytest.raises(NotFound):
        await participants.link_verified(999_999, "telegram", "555002")
    async with db_factory() as session:
        orphan = await session.scalar(
            sa.select(ChannelIdentity.id).where(ChannelIdentity.user_id == "555002")
        )
    assert orphan is None  # nothing half-written


async def test_failures_are_counted_per_chat_with_no_nik_and_no_chat_id_in_the_rows(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    await participants.create(_new(), now=NOW)
    for minutes in (0, 10, 200):
        await participants.failures.record(
            "whatsapp", "6281234567890", "data", now=NOW - timedelta(minutes=minutes)
        )
    await participants.failures.record("telegram", "555001", "otp", now=NOW)

    since = NOW - timedelta(hours=2)
    assert await participants.failures.count("whatsapp", "6281234567890", since) == 2
    assert await participants.failures.count("telegram", "555001", since) == 1
    assert await participants.failures.count("webchat", "6281234567890", since) == 0
    assert await participants.failures.count("telegram", "555002", since) == 0
    entries = [e for e in await _audit(db_factory) if e.action == LINK_FAILED]
    assert len(entries) == 4
    rows = repr([(e.subject, e.actor, e.detail) for e in entries])
    phone_index = cipher.blind_index("+6281234567890", "phone")
    assert "6281234567890" not in rows and "555001" not in rows and phone_index not in rows
    assert cipher.blind_index(NIK, "nik") not in rows and NIK not in rows


async def test_data_deletion_erases_a_chats_aged_failures_and_any_kept_against_the_nik(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    await participants.create(_new(), now=NOW)
    async with db_factory() as session, session.begin():  # how earlier versions counted
        session.add(AuditLog(actor="webchat:user", action=LINK_FAILED, at=NOW,
                             subject=f"nik:{cipher.blind_index(NIK, 'nik')}"))  # fmt: skip
    for user, hours in (("w-1", 3), ("w-1", 0.1), ("w-2", 3)):
        await participants.failures.record(
            "webchat", user, "data", now=NOW - timedelta(hours=hours)
        )
    window = NOW - timedelta(hours=2)

    erased = await participants.failures.forget("webchat", "w-1", before=window, nik=NIK)

    assert erased == 2  # w-1's aged failure and the one kept against the NIK
    assert await participants.failures.count("webchat", "w-1", window) == 1  # still counting
    assert await participants.failures.count("webchat", "w-2", NOW - timedelta(hours=4)) == 1
    left = [e.subject for e in await _audit(db_factory) if e.action == LINK_FAILED]
    assert len(left) == 2 and not any(subject.startswith("nik:") for subject in left)


async def test_language_is_saved_on_the_linked_participant_only(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    created = await participants.create(_new(), now=NOW)
    await participants.link_identity(created.id, "webchat", "w-1")

    assert await participants.set_language_of_identity("webchat", "w-1", "en") is True
    reloaded = await participants.get(created.id)
    assert reloaded is not None and reloaded.language == "en"
    assert await participants.set_language_of_identity("webchat", "nobody", "en") is False
    await DeletionRepository(db_factory).anonymise(created.id)
    assert await participants.set_language_of_identity("webchat", "w-1", "id") is False


# -- codes sent to a participant's phone, counted across chats --------------------------------


async def test_codes_sent_are_limited_per_participant_across_chats_and_workers(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    created = await ParticipantRepository(db_factory, cipher).create(_new(), now=NOW)
    sends = LinkOtpSendRepository(db_factory)  # a second repository: another worker
    since = NOW - timedelta(hours=2)
    limits = SendLimits(since, total=5)
    earlier = SendLimits(since - timedelta(hours=1), total=5)
    old = await sends.reserve(created.id, "webchat", earlier, now=since - timedelta(minutes=1))
    assert isinstance(old, int)  # outside the window: does not count
    reserved = [
        await LinkOtpSendRepository(db_factory).reserve(created.id, channel, limits, now=NOW)
        for channel in ("webchat", "telegram", "whatsapp", "webchat", "telegram")
    ]
    assert all(isinstance(r, int) for r in reserved)
    assert await sends.reserve(created.id, "webchat", limits, now=NOW) == Refused.NUMBER
    assert await sends.sent_since(created.id, since) == 5
    await sends.release(int(reserved[0]))  # the gateway could not send that one
    assert await sends.sent_since(created.id, since) == 4
    assert isinstance(await sends.reserve(created.id, "whatsapp", limits, now=NOW), int)
    actions = [entry.action for entry in await _audit(db_factory)]
    assert actions.count(OTP_SENT) == 6 and actions.count(OTP_UNSENT) == 1  # refused: no row
    assert "081234567890" not in repr([entry.detail for entry in await _audit(db_factory)])


async def test_concurrent_sends_to_one_participant_never_pass_the_limit(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    created = await ParticipantRepository(db_factory, cipher).create(_new(), now=NOW)
    since = NOW - timedelta(hours=2)

    async def one(n: int) -> int | Refused:
        repository = LinkOtpSendRepository(db_factory)
        return await repository.reserve(created.id, f"chat-{n}", SendLimits(since, 5), now=NOW)

    results = await asyncio.gather(*(one(n) for n in range(8)))
    assert sum(not isinstance(result, Refused) for result in results) == 5
    assert await LinkOtpSendRepository(db_factory).sent_since(created.id, since) == 5
