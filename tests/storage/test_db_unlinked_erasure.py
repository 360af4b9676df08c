"""Erasing a chat that is linked to no participant ("hapus data saya" from a visitor) on SQLite
and PostgreSQL: the complaints filed from that chat lose their texts and their evidence files,
as a participant's do; another chat's complaints stay as they were."""

from __future__ import annotations

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.keys import ConversationKey
from storage.models import AuditLog, ComplaintEvent, ComplaintTicket, TicketAttachment
from storage.repositories.attachments import Added, AttachmentRepository
from storage.repositories.deletion import ERASED_TEXT, DeletionRepository
from storage.repositories.identities import IdentityRepository
from storage.repositories.ticket_notes import TicketNotes
from storage.repositories.tickets import TicketRepository
from storage.repositories.transcript import TranscriptEntry, TranscriptRepository
from tests.storage.conftest import NOW, Factory

NIK = "3273014508990003"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + NIK.encode()


async def _filed_with_evidence(
    factory: Factory, cipher: PersonalDataCipher, key: ConversationKey, words: str
) -> int:
    """A ticket filed from the chat, with a screenshot, its caption and a staff note."""
    await TicketRepository(factory).create(key.channel, key.user_id, "nik", words)
    files = AttachmentRepository(factory, cipher)
    ticket = await files.open_ticket(key.channel, key.user_id)
    assert ticket is not None
    added = await files.add(key.channel, key.user_id, ticket.id, "image/png", PNG, note=words)
    assert added is Added.ADDED
    await TicketNotes(factory).add_note(ticket.id, "crm:agent1", f"dicek: {words}")
    return ticket.id


async def _texts(factory: Factory, ticket_id: int) -> list[str | None]:
    async with factory() as session:
        description = await session.scalar(
            sa.select(ComplaintTicket.description).where(ComplaintTicket.id == ticket_id)
        )
        notes = (
            await session.scalars(
                sa.select(ComplaintEvent.note)
                .where(ComplaintEvent.ticket_id == ticket_id, ComplaintEvent.note.is_not(None))
                .order_by(ComplaintEvent.id)
            )
        ).all()
    return [description, *notes]


async def test_erasing_an_unlinked_chat_erases_its_complaints_and_their_files(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    visitor, other = ConversationKey("webchat", "v-1"), ConversationKey("telegram", "77")
    await TranscriptRepository(db_factory).record(
        visitor, [TranscriptEntry("in", f"NIK saya {NIK} dipakai", created_at=NOW)]
    )
    mine = await _filed_with_evidence(db_factory, cipher, visitor, f"NIK {NIK} dipakai orang")
    theirs = await _filed_with_evidence(db_factory, cipher, other, "OTP tidak masuk")
    deletion = DeletionRepository(db_factory)
    request_id = await deletion.request_deletion(visitor.channel, visitor.user_id, now=NOW)

    erased = await IdentityRepository(db_factory).erase_unlinked(
        visitor.channel, visitor.user_id, request_id
    )

    assert erased == 1
    assert await _texts(db_factory, mine) == [ERASED_TEXT] * 3
    assert await _texts(db_factory, theirs) == ["OTP tidak masuk"] * 2 + ["dicek: OTP tidak masuk"]
    files = AttachmentRepository(db_factory, cipher)
    assert await files.for_ticket(mine) == []
    assert len(await files.for_ticket(theirs)) == 1
    async with db_factory() as session:
        kept = (await session.scalars(sa.select(TicketAttachment.ticket_id))).all()
        entry = (
            await session.scalars(
                sa.select(AuditLog).where(AuditLog.action == "conversation.erased")
            )
        ).one()
    assert kept == [theirs]
    assert entry.detail == {"messages_deleted": 1, "complaints": 1}


async def test_erasing_a_chat_that_filed_nothing_leaves_every_complaint(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    other = ConversationKey("telegram", "77")
    theirs = await _filed_with_evidence(db_factory, cipher, other, "OTP tidak masuk")
    deletion = DeletionRepository(db_factory)
    request_id = await deletion.request_deletion("webchat", "never-seen", now=NOW)

    erased = await IdentityRepository(db_factory).erase_unlinked(
        "webchat", "never-seen", request_id
    )
    assert erased == 0
    assert await _texts(db_factory, theirs) == ["OTP tidak masuk"] * 2 + ["dicek: OTP tidak masuk"]
    assert len(await AttachmentRepository(db_factory, cipher).for_ticket(theirs)) == 1
