"""Evidence on complaint tickets (SQLite and PostgreSQL): which ticket a chat's file goes onto,
encryption at rest, one copy per file, the per-ticket limit, and erasure with the participant."""

from __future__ import annotations

import asyncio

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.models import ComplaintEvent, ComplaintTicket, TicketAttachment
from storage.repositories.attachments import Added, AttachmentRepository
from storage.repositories.deletion import DeletionRepository
from storage.repositories.participants import ParticipantRepository
from storage.repositories.tickets import PARTICIPANT_REPLY, TicketRepository
from tests.storage.conftest import Factory
from tests.storage.test_db_tickets import NOW, _new

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + b"NIK 3273014508990003"
JPEG = b"\xff\xd8\xff\xe0" + b"\x01" * 64


async def _status(factory: Factory, reference: str, status: str) -> None:
    async with factory() as session, session.begin():
        await session.execute(
            sa.update(ComplaintTicket)
            .where(ComplaintTicket.reference == reference)
            .values(status=status)
        )


async def test_the_latest_open_ticket_of_the_chat_takes_the_file(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    tickets, files = TicketRepository(db_factory), AttachmentRepository(db_factory, cipher)
    assert await files.open_ticket("telegram", "1") is None  # no identity at all
    older = await tickets.create("telegram", "1", "otp_login", "OTP tidak masuk")
    newer = await tickets.create("telegram", "1", "incentive", "insentif belum masuk")
    await tickets.create("telegram", "2", "incentive", "punya orang lain")
    found = await files.open_ticket("telegram", "1")
    assert found is not None and found.reference == newer.reference
    await _status(db_factory, newer.reference, "resolved")
    found = await files.open_ticket("telegram", "1")
    assert found is not None and found.reference == older.reference
    await _status(db_factory, older.reference, "closed")
    assert await files.open_ticket("telegram", "1") is None
    await _status(db_factory, older.reference, "waiting_user")
    assert await files.open_ticket("telegram", "1") is not None


async def test_a_file_is_kept_encrypted_once_with_its_caption_as_the_reply(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    filed = await TicketRepository(db_factory).create("whatsapp", "62811", "nik", "NIK dipakai")
    files = AttachmentRepository(db_factory, cipher)
    ticket = await files.open_ticket("whatsapp", "62811")
    assert ticket is not None and ticket.reference == filed.reference
    masked = "ini ss nya min, NIK 3273********0003"
    added = await files.add("whatsapp", "62811", ticket.id, "image/png", PNG, note=masked)
    assert added is Added.ADDED
    again = await files.add("whatsapp", "62811", ticket.id, "image/png", PNG, note=masked)
    assert again is Added.DUPLICATE
    [info] = await files.for_ticket(ticket.id)
    assert (info.content_type, info.size, info.channel) == ("image/png", len(PNG), "whatsapp")
    opened = await files.file(ticket.id, info.id)
    assert opened is not None and opened.data == PNG
    assert await files.file(ticket.id + 1, info.id) is None  # another ticket's id
    async with db_factory() as session:
        sealed = await session.scalar(sa.select(TicketAttachment.sealed))
        replies = (
            await session.scalars(
                sa.select(ComplaintEvent.note).where(ComplaintEvent.kind == PARTICIPANT_REPLY)
            )
        ).all()
    assert sealed is not None and b"3273014508990003" not in sealed and b"PNG" not in sealed
    assert replies == [masked]  # the duplicate added no second reply


async def test_someone_elses_or_a_closed_ticket_takes_nothing(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    await TicketRepository(db_factory).create("telegram", "1", "nik", "NIK dipakai")
    files = AttachmentRepository(db_factory, cipher)
    ticket = await files.open_ticket("telegram", "1")
    assert ticket is not None
    assert await files.add("telegram", "2", ticket.id, "image/png", PNG) is Added.GONE
    assert await files.add("whatsapp", "1", ticket.id, "image/png", PNG) is Added.GONE
    await _status(db_factory, ticket.reference, "closed")
    assert await files.add("telegram", "1", ticket.id, "image/png", PNG) is Added.GONE
    assert await files.for_ticket(ticket.id) == []


async def test_a_linked_participants_other_chat_adds_to_their_ticket(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    person = await participants.create(_new(), now=NOW)
    await participants.link_identity(person.id, "telegram", "1")
    await participants.link_identity(person.id, "whatsapp", "62811")
    filed = await TicketRepository(db_factory).create("telegram", "1", "nik", "NIK dipakai")
    files = AttachmentRepository(db_factory, cipher)
    ticket = await files.open_ticket("whatsapp", "62811")
    assert ticket is not None and ticket.reference == filed.reference
    assert await files.add("whatsapp", "62811", ticket.id, "image/jpeg", JPEG) is Added.ADDED


async def test_a_ticket_keeps_at_most_its_limit_even_when_files_arrive_at_once(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    await TicketRepository(db_factory).create("telegram", "1", "nik", "NIK dipakai")
    files = AttachmentRepository(db_factory, cipher, per_ticket=2)
    ticket = await files.open_ticket("telegram", "1")
    assert ticket is not None
    outcomes = await asyncio.gather(
        *(files.add("telegram", "1", ticket.id, "image/jpeg", JPEG + bytes([n])) for n in range(4))
    )
    assert sorted(outcomes) == sorted([Added.ADDED] * 2 + [Added.FULL] * 2)
    assert len(await files.for_ticket(ticket.id)) == 2


async def test_erasing_a_participant_deletes_their_attachments(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    participants = ParticipantRepository(db_factory, cipher)
    person = await participants.create(_new(), now=NOW)
    await participants.link_identity(person.id, "telegram", "1")
    await TicketRepository(db_factory).create("telegram", "1", "nik", "NIK dipakai")
    await TicketRepository(db_factory).create("telegram", "2", "nik", "orang lain")
    files = AttachmentRepository(db_factory, cipher)
    mine = await files.open_ticket("telegram", "1")
    theirs = await files.open_ticket("telegram", "2")
    assert mine is not None and theirs is not None
    assert await files.add("telegram", "1", mine.id, "image/png", PNG) is Added.ADDED
    assert await files.add("telegram", "2", theirs.id, "image/png", PNG) is Added.ADDED

    assert await DeletionRepository(db_factory).anonymise(person.id, actor="agent1", now=NOW)

    assert await files.for_ticket(mine.id) == []
    assert len(await files.for_ticket(theirs.id)) == 1
