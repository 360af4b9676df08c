"""Complaint tickets filed from a chat: a reference users can quote (``PRK-123456``)."""

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
    return f"PRK-{secrets.randbelow(900_000) + 100_000}"


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

    async def by_reference(self, reference: str) -> TicketInfo | None:
        async with self._sessions() as session:
            row = (
                await session.scalars(
                    sa.select(ComplaintTicket).where(ComplaintTicket.reference == reference.upper())
                )
            ).first()
        return None if row is None else _info(row)

    async def for_identity(self, channel: str, user_id: str, limit: int = 5) -> list[TicketInfo]:
        """Tickets filed by this identity or by the participant it is linked to, newest first."""
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
            rows = (
                await session.scalars(
                    sa.select(ComplaintTicket)
                    .where(sa.or_(*owner))
                    .order_by(ComplaintTicket.created_at.desc(), ComplaintTicket.id.desc())
                    .limit(limit)
                )
            ).all()
        return [_info(row) for row in rows]
