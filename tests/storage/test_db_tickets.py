"""Complaint tickets: references, and who may see a ticket (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from storage.crypto import PersonalDataCipher
from storage.repositories.participants import NewParticipant, ParticipantRepository
from storage.repositories.tickets import TicketRepository
from tests.storage.conftest import Factory

NOW = datetime(2025, 3, 10, 8, 0, tzinfo=UTC)


def _new() -> NewParticipant:
    return NewParticipant(
        nik="3273014508990003", name="Siti Rahmawati", date_of_birth=date(1999, 8, 5),
        gender="F", phone="081234567890", consent_version="2024-10", consent_at=NOW,
    )  # fmt: skip


async def test_a_new_reference_is_prk_and_eight_digits(db_factory: Factory) -> None:
    tickets = TicketRepository(db_factory)
    filed = [await tickets.create("webchat", "a", "otp_login", f"kode {i}") for i in range(5)]
    assert all(re.fullmatch(r"PRK-\d{8}", t.reference) for t in filed)
    assert len({t.reference for t in filed}) == 5


async def test_a_reference_is_found_only_by_the_chat_that_filed_it(db_factory: Factory) -> None:
    tickets = TicketRepository(db_factory)
    mine = await tickets.create("webchat", "a", "otp_login", "OTP tidak masuk")
    await tickets.create("webchat", "b", "incentive", "insentif belum masuk")

    found = await tickets.for_identity("webchat", "a", reference=mine.reference.lower())
    assert [t.reference for t in found] == [mine.reference]
    assert await tickets.for_identity("webchat", "b", reference=mine.reference) == []
    assert await tickets.for_identity("telegram", "a", reference=mine.reference) == []
    assert await tickets.for_identity("webchat", "nobody", reference=mine.reference) == []


async def test_a_chat_linked_to_the_same_participant_sees_its_tickets(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants, tickets = ParticipantRepository(db_factory, cipher), TicketRepository(db_factory)
    person = await participants.create(_new(), now=NOW)
    await participants.link_identity(person.id, "whatsapp", "6281234567890")
    filed = await tickets.create("whatsapp", "6281234567890", "incentive", "belum cair")
    await participants.link_identity(person.id, "telegram", "777")

    seen = await tickets.for_identity("telegram", "777", reference=filed.reference)
    assert [t.reference for t in seen] == [filed.reference]
    assert [t.reference for t in await tickets.for_identity("telegram", "777")] == [
        filed.reference
    ]
