"""What staff do with the evidence on a ticket (SQLite and PostgreSQL): opening a file is
audited with nothing from the file; its holder, or a supervisor, removes it, leaving an audit
entry and a note in the ticket's history; anyone else, or a second removal, changes nothing."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.models import AuditLog, ComplaintEvent
from storage.repositories.attachments import Added, AttachmentInfo, AttachmentRepository, Removed
from storage.repositories.ticket_moves import TicketMoves
from storage.repositories.ticket_notes import NOTE
from storage.repositories.tickets import TicketRepository
from tests.storage.conftest import Factory
from tests.storage.test_db_crm import _staff

NIK = "3273014508990003"
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64 + NIK.encode()
PDF = b"%PDF-1.7\n" + NIK.encode()


def _note(item: AttachmentInfo) -> str:
    return f"Lampiran dihapus: {item.content_type}, {item.size} B"


async def _ticket(factory: Factory, cipher: PersonalDataCipher) -> tuple[int, list[int]]:
    """A ticket with a screenshot and a PDF: its id and theirs."""
    await TicketRepository(factory).create("telegram", "1", "nik", f"NIK {NIK} dipakai")
    files = AttachmentRepository(factory, cipher)
    ticket = await files.open_ticket("telegram", "1")
    assert ticket is not None
    for kind, data in (("image/png", PNG), ("application/pdf", PDF)):
        assert await files.add("telegram", "1", ticket.id, kind, data) is Added.ADDED
    return ticket.id, [item.id for item in await files.for_ticket(ticket.id)]


async def _audit(factory: Factory) -> list[tuple[str, str, str, object]]:
    async with factory() as session:
        rows = await session.execute(
            sa.select(AuditLog.actor, AuditLog.action, AuditLog.subject, AuditLog.detail)
            .where(AuditLog.action.like("attachment.%"))
            .order_by(AuditLog.id)
        )
        return [(r.actor, r.action, r.subject, r.detail) for r in rows]


async def test_opening_a_file_for_staff_is_audited_without_its_content(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    ticket_id, (png, _) = await _ticket(db_factory, cipher)
    files = AttachmentRepository(db_factory, cipher)

    opened = await files.file(ticket_id, png, viewer="crm:agent1")
    assert opened is not None and opened.data == PNG
    assert await files.file(ticket_id + 1, png, viewer="crm:agent1") is None  # not audited
    assert await files.file(ticket_id, png) is not None  # no viewer: the chat side's own use

    detail = {"ticket_id": ticket_id, "content_type": "image/png", "size": len(PNG)}
    audited = await _audit(db_factory)
    assert audited == [("crm:agent1", "attachment.viewed", f"ticket_attachment:{png}", detail)]
    assert NIK not in repr(audited)


async def test_only_the_holder_or_a_supervisor_removes_a_file(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    ticket_id, (png, pdf) = await _ticket(db_factory, cipher)
    budi, sari = await _staff(db_factory, "budi", "sari")
    await TicketMoves(db_factory).take(ticket_id, budi, "crm:budi")
    files = AttachmentRepository(db_factory, cipher)

    def remove(file_id: int, staff_id: int, supervising: bool = False) -> Awaitable[Removed]:
        return files.remove(
            ticket_id, file_id, staff_id=staff_id, actor=f"crm:{staff_id}",
            supervising=supervising, note=_note,
        )  # fmt: skip

    assert await remove(png, sari) is Removed.NOT_HELD
    assert len(await files.for_ticket(ticket_id)) == 2
    assert await remove(png, budi) is Removed.REMOVED
    assert await remove(png, budi) is Removed.GONE  # removed already
    assert await remove(pdf, sari, supervising=True) is Removed.REMOVED
    assert await files.for_ticket(ticket_id) == []
    missing = await files.remove(
        ticket_id + 99, pdf, staff_id=sari, actor="crm:sari", supervising=True, note=_note
    )
    assert missing is Removed.MISSING

    async with db_factory() as session:
        notes = (
            await session.execute(
                sa.select(ComplaintEvent.actor, ComplaintEvent.note)
                .where(ComplaintEvent.kind == NOTE)
                .order_by(ComplaintEvent.id)
            )
        ).all()
    assert [tuple(n) for n in notes] == [
        (f"crm:{budi}", f"Lampiran dihapus: image/png, {len(PNG)} B"),
        (f"crm:{sari}", f"Lampiran dihapus: application/pdf, {len(PDF)} B"),
    ]
    audited = await _audit(db_factory)
    assert [(a[0], a[1], a[2]) for a in audited] == [
        (f"crm:{budi}", "attachment.deleted", f"ticket_attachment:{png}"),
        (f"crm:{sari}", "attachment.deleted", f"ticket_attachment:{pdf}"),
    ]
    assert NIK not in repr(audited)


async def test_two_removals_of_one_file_at_once_remove_it_once(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    ticket_id, (png, _) = await _ticket(db_factory, cipher)
    files = AttachmentRepository(db_factory, cipher)
    outcomes = await asyncio.gather(
        *(
            files.remove(ticket_id, png, staff_id=0, actor="crm:sari", supervising=True,
                         note=_note)
            for _ in range(2)
        )
    )  # fmt: skip
    assert sorted(outcomes) == sorted([Removed.REMOVED, Removed.GONE])
    assert len(await _audit(db_factory)) == 1
    async with db_factory() as session:
        noted = await session.scalar(
            sa.select(sa.func.count())
            .select_from(ComplaintEvent)
            .where(ComplaintEvent.kind == NOTE)
        )
    assert noted == 1
