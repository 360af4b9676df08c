"""Failed checks when a chat links itself to an existing account, counted per chat: the rows
(audit log, action ``link.failed``) hold no NIK and no chat id, only ``chat:<keyed index>``.
A NIK encodes its owner's birth date, so counting per NIK would let anyone who knows a NIK lock
its owner out; the real proof stays the code sent to the phone on record.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.crypto import PersonalDataCipher
from storage.models import AuditLog, utcnow
from storage.repositories._results import rowcount

__all__ = ["LINK_FAILED", "LinkFailures"]

LINK_FAILED = "link.failed"  # audit action: a failed link check, subject chat:<keyed index>


class LinkFailures:
    """Each public method is one unit of work (one transaction)."""

    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], cipher: PersonalDataCipher
    ) -> None:
        self._sessions = session_factory
        self._cipher = cipher

    def chat_subject(self, channel: str, user_id: str) -> str:
        """``chat:<keyed index>``: a WhatsApp chat's id is a phone number, so it is indexed
        with the phone key (prefixed: it never equals a phone's index)."""
        return f"chat:{self._cipher.blind_index(f'chat:{channel}:{user_id}', 'phone')}"

    async def count(self, channel: str, user_id: str, since: datetime) -> int:
        """Failed link checks of this chat (whatever NIK it tried) since ``since``."""
        async with self._sessions() as session:
            count = await session.scalar(
                sa.select(sa.func.count(AuditLog.id)).where(
                    AuditLog.subject == self.chat_subject(channel, user_id),
                    AuditLog.action == LINK_FAILED,
                    AuditLog.at >= since,
                )
            )
        return int(count or 0)

    async def record(
        self, channel: str, user_id: str, step: str, *, now: datetime | None = None
    ) -> None:
        """Audit-log a failed link check (``step``: data, otp) against this chat."""
        async with self._sessions() as session, session.begin():
            session.add(
                AuditLog(
                    actor=f"{channel}:user",
                    action=LINK_FAILED,
                    subject=self.chat_subject(channel, user_id),
                    detail={"channel": channel, "step": step},
                    at=now or utcnow(),
                )
            )

    async def forget(
        self, channel: str, user_id: str, *, before: datetime, nik: str | None = None
    ) -> int:
        """Data deletion: erase this chat's failures from before ``before`` (later ones count
        toward its lock-out until they age out: erasing must not reset the limit) and the
        entries older versions kept against ``nik`` (``nik:<index>``)."""
        erased = [sa.and_(AuditLog.subject == self.chat_subject(channel, user_id),
                          AuditLog.at < before)]  # fmt: skip
        if nik:
            erased.append(AuditLog.subject == f"nik:{self._cipher.blind_index(nik, 'nik')}")
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                sa.delete(AuditLog).where(AuditLog.action == LINK_FAILED, sa.or_(*erased))
            )
        return rowcount(result)
