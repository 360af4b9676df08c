"""Evidence on complaint tickets (``ticket_attachments``): the screenshots and PDFs a
participant sends in their chat, kept on the ticket for staff.

A file goes only onto a ticket the chat may add to: the latest one filed by this chat or by
the participant it is linked to (the ownership rule of ``tickets``), that is still being worked
on (not resolved or closed). The bytes are encrypted with the personal-data cipher, bound to
their ticket (screenshots show NIKs and faces); the same file on the same ticket is kept once
(a redelivered message, or the same screenshot sent twice), and a ticket keeps at most
``per_ticket`` files. Each file added joins the ticket's history as the participant's reply
(its caption, already masked, as the reply's words), so the CRM marks it new.

The content type is the one read from the file's first bytes by the caller, never the one a
chat declared; the table's CHECK constraint admits only JPEG, PNG, WebP and PDF.

What staff do with the files (list, open, remove; audited) is ``attachment_staff``'s.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from enum import StrEnum

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.crypto import PersonalDataCipher
from storage.models import (
    ComplaintEvent,
    ComplaintStatus,
    ComplaintTicket,
    TicketAttachment,
    utcnow,
)
from storage.repositories._results import rowcount
from storage.repositories.attachment_staff import (
    AttachmentFile,
    AttachmentInfo,
    AttachmentStaff,
    Removed,
    sealing_context,
)
from storage.repositories.tickets import PARTICIPANT_REPLY, _identity, _owned_by

__all__ = [
    "Added",
    "AttachmentFile",
    "AttachmentInfo",
    "AttachmentRepository",
    "OpenTicket",
    "Removed",
]

DEFAULT_PER_TICKET = 10
OPEN = (
    ComplaintStatus.OPEN.value,
    ComplaintStatus.IN_PROGRESS.value,
    ComplaintStatus.WAITING_USER.value,
)
"""The statuses of a ticket that still takes evidence."""


class Added(StrEnum):
    ADDED = "added"
    DUPLICATE = "duplicate"
    """The same file is on the ticket already (nothing stored)."""
    FULL = "full"
    """The ticket has as many files as allowed (nothing stored)."""
    GONE = "gone"
    """The ticket is no longer open, or not this chat's (nothing stored)."""


@dataclass(frozen=True, slots=True)
class OpenTicket:
    id: int
    reference: str


class AttachmentRepository(AttachmentStaff):
    """Each public method is one unit of work (one transaction); the staff side (the list,
    opening and removing a file) is ``AttachmentStaff``'s."""

    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        cipher: PersonalDataCipher,
        *,
        per_ticket: int = DEFAULT_PER_TICKET,
    ) -> None:
        super().__init__(session_factory, cipher)
        self.per_ticket = per_ticket

    async def open_ticket(self, channel: str, user_id: str) -> OpenTicket | None:
        """The ticket this chat's evidence goes onto: the latest of its own (or its linked
        participant's) that is not resolved or closed; None when there is none."""
        async with self._sessions() as session:
            row = await self._open(session, channel, user_id)
            return None if row is None else OpenTicket(row.id, row.reference)

    async def of_ticket(self, channel: str, user_id: str, reference: str) -> list[AttachmentInfo]:
        """The files on ticket ``reference`` (no bytes), oldest first, when it is this chat's
        (or its linked participant's); none otherwise."""
        async with self._sessions() as session:
            identity = await _identity(session, channel, user_id)
            if identity is None:
                return []
            ticket_id = await session.scalar(
                sa.select(ComplaintTicket.id).where(
                    _owned_by(identity), ComplaintTicket.reference == reference.upper()
                )
            )
        return [] if ticket_id is None else await self.for_ticket(int(ticket_id))

    async def add(
        self,
        channel: str,
        user_id: str,
        ticket_id: int,
        content_type: str,
        data: bytes,
        *,
        note: str | None = None,
    ) -> Added:
        """Keep ``data`` (of the sniffed ``content_type``) on the ticket, with ``note`` (the
        caption, already masked) as the participant's words in its history. The ticket must
        still be this chat's and open: checked again here, with the ticket's row locked, so
        the per-ticket limit holds when two files arrive at once."""
        digest = hashlib.sha256(data).hexdigest()
        try:
            async with self._sessions() as session, session.begin():
                if not await self._claim(session, channel, user_id, ticket_id):
                    raise _Refused(Added.GONE)
                kept = await session.scalar(
                    sa.select(TicketAttachment.id).where(
                        TicketAttachment.ticket_id == ticket_id, TicketAttachment.sha256 == digest
                    )
                )
                if kept is not None:
                    raise _Refused(Added.DUPLICATE)
                if await self._count(session, ticket_id) >= self.per_ticket:
                    raise _Refused(Added.FULL)
                now = utcnow()
                sealed = self._cipher.encrypt_bytes(data, context=sealing_context(ticket_id))
                session.add(
                    TicketAttachment(
                        ticket_id=ticket_id, content_type=content_type, size=len(data),
                        sha256=digest, sealed=sealed, channel=channel, created_at=now,
                    )
                )  # fmt: skip
                session.add(
                    ComplaintEvent(
                        ticket_id=ticket_id, at=now, actor=f"{channel}:user",
                        kind=PARTICIPANT_REPLY, note=note or None,
                    )
                )  # fmt: skip
        except _Refused as refused:  # rolled back: nothing changed
            return refused.outcome
        except IntegrityError:  # the same file, added by a concurrent delivery
            return Added.DUPLICATE
        return Added.ADDED

    @staticmethod
    async def _count(session: AsyncSession, ticket_id: int) -> int:
        counted = await session.scalar(
            sa.select(sa.func.count())
            .select_from(TicketAttachment)
            .where(TicketAttachment.ticket_id == ticket_id)
        )
        return int(counted or 0)

    @staticmethod
    async def _open(session: AsyncSession, channel: str, user_id: str) -> ComplaintTicket | None:
        identity = await _identity(session, channel, user_id)
        if identity is None:
            return None
        chosen = (
            sa.select(ComplaintTicket)
            .where(_owned_by(identity), ComplaintTicket.status.in_(OPEN))
            .order_by(ComplaintTicket.created_at.desc(), ComplaintTicket.id.desc())
            .limit(1)
        )
        return (await session.scalars(chosen)).first()

    @staticmethod
    async def _claim(session: AsyncSession, channel: str, user_id: str, ticket_id: int) -> bool:
        """Touch the ticket if it is still this chat's and open. The UPDATE comes first: it
        locks the ticket's row on PostgreSQL and takes SQLite's write lock, so the checks
        after it see every file a concurrent delivery added (the per-ticket limit holds)."""
        identity = await _identity(session, channel, user_id)
        if identity is None:
            return False
        touched = await session.execute(
            sa.update(ComplaintTicket)
            .where(
                ComplaintTicket.id == ticket_id,
                _owned_by(identity),
                ComplaintTicket.status.in_(OPEN),
            )
            .values(updated_at=utcnow())
            .execution_options(synchronize_session=False)
        )
        return rowcount(touched) == 1


class _Refused(Exception):
    """Leaves ``add``'s transaction, rolling it back."""

    def __init__(self, outcome: Added) -> None:
        super().__init__(outcome.value)
        self.outcome = outcome
