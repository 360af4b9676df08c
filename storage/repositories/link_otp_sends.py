"""Codes sent to a participant's phone on record to link a chat, and to a number typed at
registration, counted per participant (per number) across every chat (a fresh chat is free to
open, so a per-chat count alone let anyone make the bot send unlimited SMS to someone's phone).

Each send is an audit-log row (``link.otp_sent``, subject ``participant:<id>`` or
``phone:<blind index>``), written before
the SMS goes out and counted in the same transaction: every worker and every restart sees the
same count. A reservation whose SMS could not be sent is marked ``link.otp_unsent`` and no longer
counts. Reservations of one participant are serialised: PostgreSQL locks the participant's row,
SQLite has a single writer.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import AuditLog, Participant, utcnow

__all__ = ["OTP_SENT", "OTP_UNSENT", "LinkOtpSendRepository"]

OTP_SENT = "link.otp_sent"  # audit action: a linking code sent to the phone on record
OTP_UNSENT = "link.otp_unsent"  # audit action: the gateway could not send it (not counted)


class _LimitReached(Exception):
    """Internal: rolls the reservation back."""


def _subject(participant_id: int) -> str:
    return f"participant:{participant_id}"


async def _count(
    session: AsyncSession, participant_id: int, since: datetime, subject: str | None = None
) -> int:
    count = await session.scalar(
        sa.select(sa.func.count(AuditLog.id)).where(
            AuditLog.subject == (subject or _subject(participant_id)),
            AuditLog.action == OTP_SENT,
            AuditLog.at >= since,
        )
    )
    return int(count or 0)


class LinkOtpSendRepository:
    """Each public method is one unit of work (one transaction)."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def reserve(
        self,
        participant_id: int,
        channel: str,
        *,
        limit: int,
        since: datetime,
        now: datetime | None = None,
    ) -> int | None:
        """Record a send about to be made and return the record's id; None (nothing recorded)
        when ``limit`` sends to this participant were recorded since ``since``."""
        entry = AuditLog(
            actor=f"{channel}:user",
            action=OTP_SENT,
            subject=_subject(participant_id),
            detail={"channel": channel},
            at=now or utcnow(),
        )
        try:
            async with self._sessions() as session, session.begin():
                await session.execute(
                    sa.select(Participant.id)
                    .where(Participant.id == participant_id)
                    .with_for_update()
                )
                session.add(entry)
                await session.flush()  # written first: a concurrent reservation now waits
                if await _count(session, participant_id, since) > limit:
                    raise _LimitReached
        except _LimitReached:
            return None
        return int(entry.id)

    async def reserve_for_number(
        self,
        phone_key: str,
        channel: str,
        *,
        limit: int,
        since: datetime,
        now: datetime | None = None,
    ) -> int | None:
        """``reserve`` for a number typed at registration (no account yet): counted per number
        across chats by its blind index ``phone_key``. Without a row to lock, two chats racing on
        PostgreSQL may each get the last send: the limit holds within one."""
        subject = f"phone:{phone_key}"
        entry = AuditLog(actor=f"{channel}:user", action=OTP_SENT, subject=subject,
                         detail={"channel": channel}, at=now or utcnow())  # fmt: skip
        try:
            async with self._sessions() as session, session.begin():
                session.add(entry)
                await session.flush()
                if await _count(session, 0, since, subject) > limit:
                    raise _LimitReached
        except _LimitReached:
            return None
        return int(entry.id)

    async def release(self, reservation: int) -> None:
        """The SMS of this reservation could not be sent: it no longer counts."""
        async with self._sessions() as session, session.begin():
            await session.execute(
                sa.update(AuditLog)
                .where(AuditLog.id == reservation, AuditLog.action == OTP_SENT)
                .values(action=OTP_UNSENT)
            )

    async def sent_since(self, participant_id: int, since: datetime) -> int:
        """Codes sent to this participant's phone (from any chat) since ``since``."""
        async with self._sessions() as session:
            return await _count(session, participant_id, since)
