"""Retention of the evidence on complaint tickets (``ticket_attachments``): the files of a ticket
that was resolved or closed long enough ago are deleted (``prakerja db purge-attachments``,
``attachments.retention_days``), as old transcript messages are.

A ticket's evidence goes only once the ticket has been resolved or closed since before the
cut-off: it reached that status before it and its status has not changed since. A ticket that
is still being worked on (open, in progress, waiting for the participant) keeps its files
whatever their age, and so does one resolved or reopened after the cut-off. Each file deleted
leaves an internal note in its ticket's history (the caller's words: what kind of file went,
never what it showed), so the ticket's page says why it is gone rather than linking to nothing;
one audit entry counts the purge (no personal data).

The work goes in batches of tickets, one transaction each, so a large backlog never holds one
long transaction. Each batch first touches the rows of the tickets it purges (an UPDATE that
changes nothing, conditional on their status): PostgreSQL locks them and checks their status
again, SQLite takes its write lock, so a ticket reopened meanwhile keeps its files. On SQLite
the purge's connection zeroes the pages it frees (``secure_delete``), so the files' ciphertext
does not linger in the database file; PostgreSQL reclaims the space at its next (auto)vacuum.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import (
    AuditLog,
    ComplaintEvent,
    ComplaintStatus,
    ComplaintTicket,
    TicketAttachment,
    utcnow,
)
from storage.repositories.attachment_staff import LISTED, AttachmentInfo, _info
from storage.repositories.ticket_notes import NOTE

__all__ = ["RETENTION_ACTOR", "AttachmentRetention", "Purged", "done_before"]

DONE = (ComplaintStatus.RESOLVED.value, ComplaintStatus.CLOSED.value)
"""The statuses of a ticket whose evidence the retention period runs for."""
RETENTION_ACTOR = "system"
"""Who the history's notes and the audit entry name."""


@dataclass(frozen=True, slots=True)
class Purged:
    files: int
    tickets: int


def done_before(cutoff: datetime) -> sa.ColumnElement[bool]:
    """The ticket is resolved or closed, reached that status before ``cutoff`` and has not
    changed status since (every status change is a history entry with its new status)."""
    ticket = ComplaintTicket.id
    entered = sa.exists().where(
        ComplaintEvent.ticket_id == ticket,
        ComplaintEvent.status == ComplaintTicket.status,
        ComplaintEvent.at < cutoff,
    )
    moved_since = sa.exists().where(
        ComplaintEvent.ticket_id == ticket,
        ComplaintEvent.status.is_not(None),
        ComplaintEvent.at >= cutoff,
    )
    return sa.and_(ComplaintTicket.status.in_(DONE), entered, sa.not_(moved_since))


class AttachmentRetention:
    """Each public method is one unit of work per batch."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def purge(
        self,
        closed_before: datetime,
        *,
        note: Callable[[AttachmentInfo], str],
        batch: int = 100,
    ) -> Purged:
        """Delete the files of the tickets resolved or closed before ``closed_before`` (and
        not reopened since), ``batch`` tickets per transaction; ``note(file)`` is the internal
        note each file leaves in its ticket's history. An audit entry counts what went."""
        files = tickets = 0
        while True:
            async with self._sessions() as session, session.begin():
                if session.get_bind().dialect.name == "sqlite":  # zero the freed pages: the
                    await session.execute(sa.text("PRAGMA secure_delete=ON"))  # file forgets
                ids = await self._touch(session, closed_before, batch)
                files += await self._delete(session, ids, note)
            tickets += len(ids)
            if len(ids) < batch:
                break
        async with self._sessions() as session, session.begin():
            session.add(
                AuditLog(
                    actor=RETENTION_ACTOR,
                    action="attachment.purged",
                    subject="ticket_attachments",
                    detail={
                        "closed_before": closed_before.isoformat(),
                        "count": files,
                        "tickets": tickets,
                    },
                )
            )
        return Purged(files, tickets)

    @staticmethod
    async def _touch(session: AsyncSession, cutoff: datetime, batch: int) -> list[int]:
        """Lock up to ``batch`` tickets past retention that still have files; their ids."""
        chosen = (
            sa.select(ComplaintTicket.id)
            .where(
                done_before(cutoff),
                sa.exists().where(TicketAttachment.ticket_id == ComplaintTicket.id),
            )
            .order_by(ComplaintTicket.id)
            .limit(batch)
            .scalar_subquery()
        )
        touched = await session.execute(
            sa.update(ComplaintTicket)
            .where(ComplaintTicket.id.in_(chosen), done_before(cutoff))
            .values(updated_at=ComplaintTicket.updated_at)  # changes nothing: takes the lock
            .returning(ComplaintTicket.id)
            .execution_options(synchronize_session=False)
        )
        return sorted(int(row[0]) for row in touched)

    @staticmethod
    async def _delete(
        session: AsyncSession, ticket_ids: Sequence[int], note: Callable[[AttachmentInfo], str]
    ) -> int:
        """Delete the tickets' files, each leaving its note in the history; how many."""
        if not ticket_ids:
            return 0
        rows = await session.execute(
            sa.select(*LISTED)
            .where(TicketAttachment.ticket_id.in_(ticket_ids))
            .order_by(TicketAttachment.id)
        )
        found = [_info(row) for row in rows]
        await session.execute(
            sa.delete(TicketAttachment).where(TicketAttachment.id.in_([f.id for f in found]))
        )
        now = utcnow()
        session.add_all(
            ComplaintEvent(
                ticket_id=item.ticket_id, at=now, actor=RETENTION_ACTOR, kind=NOTE,
                note=note(item),
            )
            for item in found
        )  # fmt: skip
        return len(found)
