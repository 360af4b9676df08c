"""The staff side of the evidence on complaint tickets (``attachments``): the list on a
ticket's page, a file opened for a staff member, a file removed by staff.

Opening a file for a staff member writes an audit entry (``attachment.viewed``) in the
transaction that reads it, so no file leaves without its entry. A file is removed by the
ticket's holder, a supervisor or an admin: deleted with an audit entry (``attachment.deleted``)
and an internal note in the ticket's history saying what kind of file went, never what it
showed. Audit entries name the file and its ticket by id, with its type and size: nothing
from the file itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.crypto import PersonalDataCipher
from storage.models import AuditLog, ComplaintEvent, ComplaintTicket, TicketAttachment, utcnow
from storage.repositories._results import rowcount
from storage.repositories.ticket_notes import NOTE

__all__ = [
    "AttachmentFile",
    "AttachmentInfo",
    "AttachmentStaff",
    "Removed",
    "sealing_context",
]


class Removed(StrEnum):
    """What became of a staff member's removal of a file."""

    REMOVED = "removed"
    GONE = "gone"
    """The ticket has no such file (removed already, or another ticket's): nothing changed."""
    NOT_HELD = "not_held"
    """Only the ticket's holder, a supervisor or an admin may remove its files."""
    MISSING = "missing"
    """No such ticket."""


@dataclass(frozen=True, slots=True)
class AttachmentInfo:
    """One file as a ticket's page lists it (no bytes)."""

    id: int
    ticket_id: int
    content_type: str
    size: int
    sha256: str
    channel: str
    created_at: datetime


@dataclass(frozen=True, slots=True)
class AttachmentFile:
    info: AttachmentInfo
    data: bytes = field(repr=False)


def sealing_context(ticket_id: int) -> str:
    """The cipher's associated data: a file copied onto another ticket does not decrypt."""
    return f"ticket_attachment:{ticket_id}"


LISTED = [c for c in TicketAttachment.__table__.c if c.name != "sealed"]
"""A file's columns but its bytes."""


def _info(row: sa.Row[Any] | TicketAttachment) -> AttachmentInfo:
    return AttachmentInfo(
        row.id, row.ticket_id, row.content_type, row.size, row.sha256, row.channel,
        row.created_at,
    )  # fmt: skip


def _audit(actor: str, action: str, info: AttachmentInfo, at: datetime) -> AuditLog:
    detail = {"ticket_id": info.ticket_id, "content_type": info.content_type, "size": info.size}
    subject = f"ticket_attachment:{info.id}"
    return AuditLog(actor=actor, action=action, subject=subject, detail=detail, at=at)


class _Refused(Exception):
    """Leaves ``remove``'s transaction, rolling it back."""

    def __init__(self, outcome: Removed) -> None:
        super().__init__(outcome.value)
        self.outcome = outcome


class AttachmentStaff:
    """Each public method is one unit of work (one transaction)."""

    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], cipher: PersonalDataCipher
    ) -> None:
        self._sessions = session_factory
        self._cipher = cipher

    async def for_ticket(self, ticket_id: int) -> list[AttachmentInfo]:
        """The ticket's files, oldest first (no bytes)."""
        async with self._sessions() as session:
            rows = await session.execute(
                sa.select(*LISTED)
                .where(TicketAttachment.ticket_id == ticket_id)
                .order_by(TicketAttachment.created_at, TicketAttachment.id)
            )
            return [_info(row) for row in rows]

    async def file(
        self, ticket_id: int, attachment_id: int, *, viewer: str | None = None
    ) -> AttachmentFile | None:
        """One file of this ticket, decrypted; None when it is not this ticket's. For a
        ``viewer`` (a staff member's audit name) the opening is audited in the same
        transaction: no file leaves without its entry."""
        async with self._sessions() as session, session.begin():
            row = await session.scalar(
                sa.select(TicketAttachment).where(
                    TicketAttachment.id == attachment_id, TicketAttachment.ticket_id == ticket_id
                )
            )
            if row is None:
                return None
            data = self._cipher.decrypt_bytes(row.sealed, context=sealing_context(ticket_id))
            info = _info(row)
            if viewer is not None:
                session.add(_audit(viewer, "attachment.viewed", info, utcnow()))
            return AttachmentFile(info, data)

    async def remove(
        self,
        ticket_id: int,
        attachment_id: int,
        *,
        staff_id: int,
        actor: str,
        supervising: bool,
        note: Callable[[AttachmentInfo], str],
    ) -> Removed:
        """Delete one file of this ticket for staff: its holder (``staff_id``), or anyone
        ``supervising``. ``note(file)`` is the internal note the history keeps (what kind of
        file went, never what it showed); ``actor`` the staff member's audit name. The
        ticket's row is touched first, so two removals of the same file take turns."""
        now = utcnow()
        holder = () if supervising else (ComplaintTicket.assignee_id == staff_id,)
        try:
            async with self._sessions() as session, session.begin():
                touched = await session.execute(
                    sa.update(ComplaintTicket)
                    .where(ComplaintTicket.id == ticket_id, *holder)
                    .values(updated_at=now)
                    .execution_options(synchronize_session=False)
                )
                if rowcount(touched) != 1:
                    found = await session.get(ComplaintTicket, ticket_id)
                    raise _Refused(Removed.MISSING if found is None else Removed.NOT_HELD)
                row = (
                    await session.execute(
                        sa.select(*LISTED).where(
                            TicketAttachment.id == attachment_id,
                            TicketAttachment.ticket_id == ticket_id,
                        )
                    )
                ).first()
                if row is None:
                    raise _Refused(Removed.GONE)
                info = _info(row)
                await session.execute(
                    sa.delete(TicketAttachment).where(TicketAttachment.id == info.id)
                )
                session.add(
                    ComplaintEvent(ticket_id=ticket_id, at=now, actor=actor, kind=NOTE,
                                   note=note(info))
                )  # fmt: skip
                session.add(_audit(actor, "attachment.deleted", info, now))
        except _Refused as refused:  # rolled back: nothing changed
            return refused.outcome
        return Removed.REMOVED
