"""Participants: NIK/KK/phone/email encrypted, found by blind index, linked to identities."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError

from storage.crypto import PersonalDataCipher
from storage.db import AlreadyExists, NotFound
from storage.keys import ConversationKey
from storage.models import ChannelIdentity, Conversation, Participant
from storage.repositories.participants import (
    NewParticipant,
    ParticipantRepository,
    encrypted_participant,
)
from storage.repositories.transcript import TranscriptEntry, TranscriptRepository
from tests.storage.conftest import Factory

NIK = "3273014508990003"  # Bandung, born 5 Aug 1999 (+40: a woman), serial 0003
KK = "3273010101150007"
PHONE = "0812-3456-7890"
EMAIL = "Siti.Rahma@Example.com"
NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


def _new(nik: str = NIK, **changes: object) -> NewParticipant:
    values: dict[str, object] = {
        "nik": nik,
        "name": "Siti Rahmawati",
        "date_of_birth": date(1999, 8, 5),
        "gender": "F",
        "kk": KK,
        "phone": PHONE,
        "email": EMAIL,
        "consent_version": "2024-10",
        "consent_at": NOW,
    } | changes
    return NewParticipant(**values)  # type: ignore[arg-type]


async def test_created_participant_reads_back_decrypted(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)

    created = await participants.create(_new(), now=NOW)

    loaded = await participants.get(created.id)
    assert loaded == created
    assert (loaded.nik, loaded.kk) == (NIK, KK)
    assert (loaded.phone, loaded.email) == ("+6281234567890", "siti.rahma@example.com")
    assert loaded.region_code == "3273" and loaded.status == "registered"
    assert loaded.masked_nik == "3273********0003"
    assert NIK not in repr(loaded) and "Siti" not in repr(loaded)


async def test_lookup_by_nik_uses_the_blind_index(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    created = await participants.create(_new(), now=NOW)

    found = await participants.find_by_nik("3273 0145.0899-0003")

    assert found is not None and found.id == created.id
    assert await participants.find_by_nik("3273014508990004") is None
    async with db_factory() as session:
        row = await session.get(Participant, created.id)
    assert row is not None and row.nik_index == cipher.blind_index(NIK, "nik")
    other = ParticipantRepository(db_factory, PersonalDataCipher("another-secret-0123456789"))
    assert await other.find_by_nik(NIK) is None  # the index is keyed by the secret


async def test_plaintext_personal_data_never_reaches_the_database(
    db_factory: Factory, cipher: PersonalDataCipher, migrated_url: str
) -> None:
    await ParticipantRepository(db_factory, cipher).create(_new(), now=NOW)
    secrets = [NIK, KK, "81234567890", "siti.rahma"]

    async with db_factory() as session:
        rows = list((await session.execute(sa.select(Participant.__table__))).all())
        if migrated_url.startswith("postgresql"):
            rows += (await session.execute(sa.text("SELECT p::text FROM participants p"))).all()
    dumped = repr(rows).lower()
    assert not [s for s in secrets if s.lower() in dumped]
    if migrated_url.startswith("sqlite"):
        database = Path(migrated_url.removeprefix("sqlite+aiosqlite:///"))
        content = b"".join(p.read_bytes() for p in database.parent.glob(database.name + "*"))
        assert not [s for s in secrets if s.lower().encode() in content.lower()]


async def test_a_nik_registers_once(db_factory: Factory, cipher: PersonalDataCipher) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    await participants.create(_new(), now=NOW)

    with pytest.raises(AlreadyExists):
        await participants.create(_new(name="Someone Else"), now=NOW)

    async with db_factory() as session:
        session.add(encrypted_participant(cipher, _new(), now=NOW))
        with pytest.raises(IntegrityError):
            await session.commit()


async def test_invalid_personal_data_is_refused(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    for bad in ("123", "9971014508990003", "3273013208990003", "3273014508990000"):
        with pytest.raises(ValueError, match="NIK"):
            await participants.create(_new(nik=bad), now=NOW)
    with pytest.raises(ValueError, match="phone"):
        await participants.create(_new(phone="12"), now=NOW)
    with pytest.raises(ValueError, match="KK"):
        await participants.create(_new(kk="1234"), now=NOW)


async def test_two_per_family_card(db_factory: Factory, cipher: PersonalDataCipher) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    await participants.create(_new(), now=NOW)
    await participants.create(_new(nik="3273010101950001", gender="M"), now=NOW)
    assert await participants.count_in_kk("3273-0101-0115-0007") == 2
    assert await participants.count_in_kk("3273010101150008") == 0


async def test_identities_link_participants_and_their_conversations(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    created = await participants.create(_new(), now=NOW)
    key = ConversationKey("telegram", "555001")
    await TranscriptRepository(db_factory).record(
        key, [TranscriptEntry("in", "halo", created_at=NOW)]
    )
    assert await participants.find_by_identity("telegram", "555001") is None

    await participants.link_identity(created.id, "telegram", "555001")
    await participants.link_identity(created.id, "telegram", "555001")  # idempotent

    found = await participants.find_by_identity("telegram", "555001")
    assert found is not None and found.id == created.id
    async with db_factory() as session:
        conversation = (await session.scalars(sa.select(Conversation))).one()
    assert conversation.participant_id == created.id
    with pytest.raises(NotFound):
        await participants.link_identity(999, "telegram", "555002")


async def test_reachability_and_inbound_times_are_upserted(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    await participants.set_reachable("whatsapp", "6281234567890", False)
    async with db_factory() as session:
        identity = (await session.scalars(sa.select(ChannelIdentity))).one()
    assert identity.reachable is False and identity.participant_id is None

    await participants.record_inbound("whatsapp", "6281234567890", NOW)

    async with db_factory() as session:
        identity = (await session.scalars(sa.select(ChannelIdentity))).one()
    assert identity.reachable is True and identity.last_inbound_at == NOW


async def test_a_phone_number_or_email_in_use_is_found_however_it_is_written(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    assert not await participants.contact_in_use(phone=PHONE, email=EMAIL)
    await participants.create(_new(), now=NOW)
    assert await participants.contact_in_use(phone=PHONE)
    assert await participants.contact_in_use(email=EMAIL.upper())
    assert not await participants.contact_in_use(phone="+6281299990000", email="lain@example.com")
    assert not await participants.contact_in_use()
