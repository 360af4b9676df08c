"""Complaint tickets filed from a chat: a reference users can quote (``PRK-12345678``; tickets
filed before references grew to 8 digits keep their 6, ``PRK-123456``).

A ticket is shown only to the chat that filed it or to a chat linked to the same participant:
references are short enough to guess, and a guessed one must not tell a stranger anything.
With it comes the latest message staff wrote to the participant (the CRM's ticket desk,
``ticket_desk``), and a ticket waiting for the participant takes the data they send.

A resolved ticket may be reopened by its participant within a window after it was resolved
(help desks reopen a solved ticket when the customer writes back): it goes back to staff
(``in_progress``, its holder kept) with the participant's words as their reply, which the CRM
marks new (``ticket_replies``). A closed ticket is never reopened. A ticket still being worked
on (open or in progress) takes what the participant adds at any time, its status and holder
kept (``add_comment``)."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import (
    ChannelIdentity,
    ComplaintEvent,
    ComplaintPriority,
    ComplaintStatus,
    ComplaintTicket,
    utcnow,
)
from storage.repositories._results import rowcount
from storage.repositories.identities import ensure_identity
from storage.repositories.ticket_messages import PARTICIPANT_REPLY, staff_messages

if TYPE_CHECKING:
    from storage.repositories.ticket_hand_out import TicketHandOut

__all__ = ["PARTICIPANT_REPLY", "TicketInfo", "TicketRepository"]

ATTEMPTS = 8


@dataclass(frozen=True, slots=True)
class TicketInfo:
    reference: str
    category: str
    status: str
    priority: str
    created_at: datetime
    message: str | None = None
    """The latest message staff wrote to the participant, unless the participant has
    answered since (``ticket_messages``)."""
    resolved_at: datetime | None = None
    """When a resolved ticket was last resolved (None for any other status)."""


def _info(
    row: ComplaintTicket, message: str | None = None, resolved_at: datetime | None = None
) -> TicketInfo:
    return TicketInfo(
        row.reference, row.category, row.status, row.priority, row.created_at, message,
        resolved_at if row.status == RESOLVED else None,
    )  # fmt: skip


RESOLVED = ComplaintStatus.RESOLVED.value


def _resolved_since(since: datetime) -> sa.Exists:
    """The ticket was (last) moved to ``resolved`` at or after ``since``."""
    return sa.exists().where(
        ComplaintEvent.ticket_id == ComplaintTicket.id,
        ComplaintEvent.status == RESOLVED,
        ComplaintEvent.at >= since,
    )


async def _resolution_times(
    session: AsyncSession, rows: Sequence[ComplaintTicket]
) -> dict[int, datetime]:
    """Per resolved ticket, when it was last resolved."""
    resolved = [row.id for row in rows if row.status == RESOLVED]
    if not resolved:
        return {}
    found = await session.execute(
        sa.select(ComplaintEvent.ticket_id, sa.func.max(ComplaintEvent.at))
        .where(ComplaintEvent.ticket_id.in_(resolved), ComplaintEvent.status == RESOLVED)
        .group_by(ComplaintEvent.ticket_id)
    )
    return {int(ticket_id): at for ticket_id, at in found if at is not None}


async def _identity(session: AsyncSession, channel: str, user_id: str) -> ChannelIdentity | None:
    return (
        await session.scalars(
            sa.select(ChannelIdentity).where(
                ChannelIdentity.channel == channel, ChannelIdentity.user_id == user_id
            )
        )
    ).first()


def _owned_by(identity: ChannelIdentity) -> sa.ColumnElement[bool]:
    """Tickets filed by this identity or by the participant it is linked to."""
    owner = [ComplaintTicket.channel_identity_id == identity.id]
    if identity.participant_id is not None:
        owner.append(ComplaintTicket.participant_id == identity.participant_id)
    return sa.or_(*owner)


def _reference() -> str:
    # 90 million references: a programme of millions files hundreds of thousands of complaints,
    # and a random draw must almost always be free the first time.
    return f"PRK-{secrets.randbelow(90_000_000) + 10_000_000}"


class TicketRepository:
    def __init__(
        self,
        session_factory: async_sessionmaker[AsyncSession],
        hand_out: TicketHandOut | None = None,
    ) -> None:
        """``hand_out``: assigns a new ticket to available staff (``crm.ticket_auto_assign``)."""
        self._sessions = session_factory
        self._hand_out = hand_out

    async def create(
        self,
        channel: str,
        user_id: str,
        category: str,
        description: str,
        *,
        priority: str = ComplaintPriority.NORMAL.value,
        details: Sequence[tuple[str, str]] = (),
    ) -> TicketInfo:
        """File a ticket for this identity (and its participant, if linked); with automatic
        assignment on, it goes at once to available staff with room (``ticket_hand_out``)."""
        ComplaintPriority(priority)
        body = description + "".join(f"\n{label}: {value}" for label, value in details)
        for _ in range(ATTEMPTS):
            try:
                async with self._sessions() as session, session.begin():
                    identity = await ensure_identity(session, channel, user_id)
                    now = utcnow()
                    row = ComplaintTicket(
                        reference=_reference(),
                        category=category,
                        description=body,
                        status=ComplaintStatus.OPEN.value,
                        priority=priority,
                        participant_id=identity.participant_id,
                        channel_identity_id=identity.id,
                        created_at=now,
                        updated_at=now,
                    )
                    session.add(row)
                    await session.flush()
                    session.add(
                        ComplaintEvent(
                            ticket_id=row.id,
                            at=now,
                            actor=f"{channel}:user",
                            kind="created",
                            status=row.status,
                        )
                    )
                    if self._hand_out is not None:
                        await self._hand_out.assign_new(session, row, now)
                return _info(row)
            except IntegrityError:  # the random reference was taken: draw again
                continue
        raise RuntimeError("could not draw a free ticket reference")

    async def for_identity(
        self, channel: str, user_id: str, limit: int = 5, *, reference: str | None = None
    ) -> list[TicketInfo]:
        """Tickets filed by this identity or by the participant it is linked to, newest first;
        with ``reference``, only that ticket (none when it is someone else's)."""
        async with self._sessions() as session:
            identity = await _identity(session, channel, user_id)
            if identity is None:
                return []
            chosen = sa.select(ComplaintTicket).where(_owned_by(identity))
            if reference is not None:
                chosen = chosen.where(ComplaintTicket.reference == reference.upper())
            rows = (
                await session.scalars(
                    chosen.order_by(
                        ComplaintTicket.created_at.desc(), ComplaintTicket.id.desc()
                    ).limit(limit)
                )
            ).all()
            messages = await staff_messages(session, [row.id for row in rows])
            resolved = await _resolution_times(session, rows)
        return [_info(row, messages.get(row.id), resolved.get(row.id)) for row in rows]

    async def add_reply(
        self, channel: str, user_id: str, reference: str, text: str
    ) -> TicketInfo | None:
        """The data a participant sends for a ticket waiting for them (``text`` already
        masked): kept in its history as theirs, and the ticket goes back to staff
        (``in_progress``). None when the ticket is not theirs or waits for nothing (any
        more)."""
        waiting = ComplaintStatus.WAITING_USER.value
        return await self._back_to_staff(channel, user_id, reference, text, (waiting,))

    async def add_comment(
        self, channel: str, user_id: str, reference: str, text: str
    ) -> TicketInfo | None:
        """What a participant adds to their ticket still worked on (open or in progress;
        ``text`` already masked): kept in its history as theirs (new to staff), its status and
        holder unchanged. None when not theirs, waiting for them (``add_reply``) or finished."""
        worked_on = (ComplaintStatus.OPEN.value, ComplaintStatus.IN_PROGRESS.value)
        return await self._back_to_staff(channel, user_id, reference, text, worked_on, back=None)

    async def reopen(
        self, channel: str, user_id: str, reference: str, text: str, *, resolved_since: datetime
    ) -> TicketInfo | None:
        """The participant says their resolved ticket is not solved (``text`` already masked):
        it goes back to staff (``in_progress``) with ``text`` as their reply, if it was
        resolved at or after ``resolved_since``. None when the ticket is not theirs, not
        resolved (closed, or moved meanwhile), or resolved before that."""
        recent = _resolved_since(resolved_since)
        return await self._back_to_staff(channel, user_id, reference, text, (RESOLVED,), recent)

    async def _back_to_staff(
        self,
        channel: str,
        user_id: str,
        reference: str,
        text: str,
        statuses: tuple[str, ...],
        *condition: sa.ColumnElement[bool],
        back: str | None = ComplaintStatus.IN_PROGRESS.value,
    ) -> TicketInfo | None:
        """The participant's ticket in one of ``statuses`` (and meeting ``condition``) goes
        back to staff (``back``; None: its status kept) with ``text`` as their reply, in one
        conditional UPDATE (staff may be moving it at the same time)."""
        async with self._sessions() as session, session.begin():
            identity = await _identity(session, channel, user_id)
            if identity is None:
                return None
            row = (
                await session.scalars(
                    sa.select(ComplaintTicket).where(
                        _owned_by(identity), ComplaintTicket.reference == reference.upper()
                    )
                )
            ).first()
            if row is None:
                return None
            now, moving = utcnow(), {"status": back} if back else {}
            moved = await session.execute(
                sa.update(ComplaintTicket)
                .where(
                    ComplaintTicket.id == row.id, ComplaintTicket.status.in_(statuses), *condition
                )
                .values(updated_at=now, **moving)
                .execution_options(synchronize_session=False)
            )
            if rowcount(moved) != 1:  # staff moved it meanwhile (or it was never so)
                return None
            session.add(
                ComplaintEvent(
                    ticket_id=row.id, at=now, actor=f"{channel}:user", kind=PARTICIPANT_REPLY,
                    old_status=statuses[0] if back else None, status=back, note=text,
                )
            )  # fmt: skip
            await session.refresh(row)
        return _info(row)
