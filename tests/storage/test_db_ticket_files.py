"""The files on a participant's own ticket, as the chat may hear of them
(``AttachmentRepository.of_ticket``): their type and time, never another chat's ticket's."""

from __future__ import annotations

from storage.crypto import PersonalDataCipher
from storage.repositories.attachments import AttachmentRepository
from storage.repositories.tickets import TicketRepository
from tests.storage.conftest import Factory

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n" + b"\x01" * 64


async def test_the_files_of_ones_own_ticket_are_listed_oldest_first(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    filed = await TicketRepository(db_factory).create("telegram", "7", "nik", "NIK dipakai")
    files = AttachmentRepository(db_factory, cipher)
    assert await files.of_ticket("telegram", "7", filed.reference) == []  # none yet
    ticket = await files.open_ticket("telegram", "7")
    assert ticket is not None
    await files.add("telegram", "7", ticket.id, "image/png", PNG)
    await files.add("telegram", "7", ticket.id, "application/pdf", PDF)
    listed = await files.of_ticket("telegram", "7", filed.reference.lower())
    assert [f.content_type for f in listed] == ["image/png", "application/pdf"]
    assert await files.of_ticket("telegram", "8", filed.reference) == []  # not theirs
    assert await files.of_ticket("telegram", "7", "PRK-00000000") == []  # no such ticket
