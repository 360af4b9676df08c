"""The retention of evidence on complaint tickets (SQLite and PostgreSQL): the files of a ticket
resolved or closed before the cut-off are deleted, each leaving a note in the ticket's
history, with one audit entry that counts them; an open ticket, one closed within the
retention period and one whose status changed since the cut-off keep theirs."""

from __future__ import annotations

import secrets
import shutil
from datetime import timedelta
from pathlib import Path

import sqlalchemy as sa

from storage.crypto import PersonalDataCipher
from storage.db import create_engine, create_session_factory
from storage.models import AuditLog, ComplaintEvent, ComplaintTicket, TicketAttachment, utcnow
from storage.repositories.attachment_retention import AttachmentRetention, Purged
from storage.repositories.attachments import Added, AttachmentInfo, AttachmentRepository
from storage.repositories.tickets import TicketRepository
from tests.storage.conftest import Factory

DAY = timedelta(days=1)


def _png() -> bytes:
    return b"\x89PNG\r\n\x1a\n" + secrets.token_bytes(3000)


def _note(item: AttachmentInfo) -> str:
    return f"retensi: {item.content_type}, {item.size} B"


async def _filed(factory: Factory, cipher: PersonalDataCipher, user_id: str, files: int = 1) -> int:
    """A ticket filed from a chat 1,000 days ago, with ``files`` screenshots sent then; its id."""
    await TicketRepository(factory).create("telegram", user_id, "nik", "NIK saya dipakai")
    repo = AttachmentRepository(factory, cipher)
    ticket = await repo.open_ticket("telegram", user_id)
    assert ticket is not None
    for _ in range(files):
        assert await repo.add("telegram", user_id, ticket.id, "image/png", _png()) is Added.ADDED
    then = utcnow() - 1000 * DAY
    async with factory() as session, session.begin():
        for table, column in ((ComplaintEvent, ComplaintEvent.at),
                              (TicketAttachment, TicketAttachment.created_at)):  # fmt: skip
            await session.execute(
                sa.update(table).where(table.ticket_id == ticket.id).values({column: then})
            )
    return ticket.id


async def _move(factory: Factory, ticket_id: int, status: str, days_ago: float) -> None:
    """Staff set the ticket's status ``days_ago`` (its history entry dated then)."""
    async with factory() as session, session.begin():
        row = await session.get(ComplaintTicket, ticket_id)
        assert row is not None
        at = utcnow() - days_ago * DAY
        session.add(
            ComplaintEvent(ticket_id=ticket_id, at=at, actor="crm:agent1",
                           kind="status_changed", old_status=row.status, status=status)
        )  # fmt: skip
        row.status = status


async def _count(factory: Factory, ticket_id: int) -> int:
    async with factory() as session:
        counted = await session.scalar(
            sa.select(sa.func.count())
            .select_from(TicketAttachment)
            .where(TicketAttachment.ticket_id == ticket_id)
        )
    return int(counted or 0)


async def _notes(factory: Factory, ticket_id: int) -> list[tuple[str, str | None]]:
    async with factory() as session:
        rows = await session.execute(
            sa.select(ComplaintEvent.actor, ComplaintEvent.note)
            .where(ComplaintEvent.ticket_id == ticket_id, ComplaintEvent.kind == "note")
            .order_by(ComplaintEvent.id)
        )
    return [(r.actor, r.note) for r in rows]


async def _purge(factory: Factory, days: float = 365, batch: int = 100) -> Purged:
    return await AttachmentRetention(factory).purge(utcnow() - days * DAY, note=_note, batch=batch)


async def test_only_the_files_of_tickets_closed_before_the_cut_off_go(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    open_old = await _filed(db_factory, cipher, "1")  # filed long ago, still open
    waiting = await _filed(db_factory, cipher, "2")
    await _move(db_factory, waiting, "waiting_user", 800)
    recent = await _filed(db_factory, cipher, "3")
    await _move(db_factory, recent, "closed", 10)
    old_closed = await _filed(db_factory, cipher, "4", files=2)
    await _move(db_factory, old_closed, "closed", 400)
    old_resolved = await _filed(db_factory, cipher, "5")
    await _move(db_factory, old_resolved, "resolved", 366)
    reclosed = await _filed(db_factory, cipher, "6")  # resolved long ago, closed lately
    await _move(db_factory, reclosed, "resolved", 500)
    await _move(db_factory, reclosed, "closed", 30)
    reopened = await _filed(db_factory, cipher, "7")  # resolved long ago, reopened
    await _move(db_factory, reopened, "resolved", 500)
    await _move(db_factory, reopened, "in_progress", 499)
    files = AttachmentRepository(db_factory, cipher)
    doomed = [f.id for f in await files.for_ticket(old_closed)]

    assert await _purge(db_factory) == Purged(files=3, tickets=2)

    for kept in (open_old, waiting, recent, reclosed, reopened):
        assert await _count(db_factory, kept) == 1, kept
        assert await _notes(db_factory, kept) == []
    assert await _count(db_factory, old_closed) == await _count(db_factory, old_resolved) == 0
    assert [await files.file(old_closed, i) for i in doomed] == [None, None]
    notes = await _notes(db_factory, old_closed)
    assert [actor for actor, _ in notes] == ["system", "system"]
    assert notes[0][1] is not None and notes[0][1].startswith("retensi: image/png, 30")
    assert len(await _notes(db_factory, old_resolved)) == 1


async def test_the_purge_is_audited_with_counts_only(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    ticket = await _filed(db_factory, cipher, "1", files=2)
    await _move(db_factory, ticket, "closed", 400)

    await _purge(db_factory)
    assert await _purge(db_factory) == Purged(0, 0)  # nothing left: audited all the same

    async with db_factory() as session:
        entries = (
            await session.scalars(
                sa.select(AuditLog)
                .where(AuditLog.action == "attachment.purged")
                .order_by(AuditLog.id)
            )
        ).all()
    assert [(e.actor, e.subject) for e in entries] == [("system", "ticket_attachments")] * 2
    assert [(e.detail["count"], e.detail["tickets"]) for e in entries] == [(2, 1), (0, 0)]
    assert set(entries[0].detail) == {"closed_before", "count", "tickets"}


async def test_a_backlog_goes_in_batches(db_factory: Factory, cipher: PersonalDataCipher) -> None:
    tickets = [await _filed(db_factory, cipher, str(n), files=n) for n in (1, 2, 3)]
    for ticket in tickets:
        await _move(db_factory, ticket, "closed", 400)
    kept = await _filed(db_factory, cipher, "9")

    assert await _purge(db_factory, batch=2) == Purged(files=6, tickets=3)
    assert [await _count(db_factory, t) for t in (*tickets, kept)] == [0, 0, 0, 1]
    assert [len(await _notes(db_factory, t)) for t in tickets] == [1, 2, 3]


async def test_a_shorter_retention_takes_more(
    db_factory: Factory, cipher: PersonalDataCipher
) -> None:
    ticket = await _filed(db_factory, cipher, "1")
    await _move(db_factory, ticket, "closed", 10)
    assert await _purge(db_factory, days=30) == Purged(0, 0)
    assert await _purge(db_factory, days=7) == Purged(1, 1)


async def test_on_sqlite_the_purged_file_is_gone_from_the_database_file(
    sqlite_migrated_template: Path, tmp_path: Path, cipher: PersonalDataCipher
) -> None:
    path = tmp_path / "programme.db"
    shutil.copyfile(sqlite_migrated_template, path)
    engine = create_engine(f"sqlite+aiosqlite:///{path}")
    factory = create_session_factory(engine)
    ticket = await _filed(factory, cipher, "1")
    await _move(factory, ticket, "closed", 400)
    async with factory() as session:
        sealed = await session.scalar(sa.select(TicketAttachment.sealed))
    assert sealed is not None and len(sealed) > 3000

    await _purge(factory)
    await engine.dispose()  # the last connection checkpoints the WAL into the file

    stored = _bytes_under(tmp_path)  # the database file (and a WAL, were one left)
    assert sealed[:64] not in stored and sealed[-64:] not in stored


def _bytes_under(directory: Path) -> bytes:
    return b"".join(p.read_bytes() for p in directory.iterdir() if p.is_file())
