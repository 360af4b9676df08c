"""Complaint tickets filed from a chat: a reference users can quote (``PRK-12345678``; tickets
filed before references grew to 8 digits keep their 6, ``PRK-123456``).

A ticket is shown only to the chat that filed it or to a chat linked to the same participant:
references are short enough to guess, and a guessed one must not tell a stranger anything."""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

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
from storage.repositories.identities import ensure_identity

__all__ = ["TicketInfo", "TicketRepository"]

ATTEMPTS = 8


@dataclass(frozen=True, slots=True)
class TicketInfo:
    reference: str
    category: str
    status: str
    priority: str
    created_at: datetime


def _info(row: ComplaintTicket) -> TicketInfo:
    return TicketInfo(row.reference, row.category, row.status, row.priority, row.created_at)


def _reference() -> str:
    # 90 million references: a programme of millions files hundreds of thousands of complaints,
    # and a random draw must almost always be free the first time.
    return f"PRK-{secrets.randbelow(90_000_000) + 10_000_000}"


class TicketRepository:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

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
        """File a ticket for this identity (and its participant, if linked)."""
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
            identity = (
                await session.scalars(
                    sa.select(ChannelIdentity).where(
                        ChannelIdentity.channel == channel, ChannelIdentity.user_id == user_id
                    )
                )
            ).first()
            if identity is None:
                return []
            owner = [ComplaintTicket.channel_identity_id == identity.id]
            if identity.participant_id is not None:
                owner.append(ComplaintTicket.participant_id == identity.participant_id)
            chosen = sa.select(ComplaintTicket).where(sa.or_(*owner))
            if reference is not None:
                chosen = chosen.where(ComplaintTicket.reference == reference.upper())
            rows = (
                await session.scalars(
                    chosen.order_by(
                        ComplaintTicket.created_at.desc(), ComplaintTicket.id.desc()
                    ).limit(limit)
                )
            ).all()
        return [_info(row) for row in rows]
