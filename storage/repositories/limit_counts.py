"""Retention of the rows that only count towards abuse limits: SMS codes sent (per phone, per
chat, per web chat client) and failed link checks. Each holds a keyed index of a phone, a chat
or a network client, never the value itself, but it is still pseudonymous personal data, and
the limits read at most the last 24 hours of it; so it is kept a while for investigating abuse,
then deleted (``prakerja db purge-limit-counts``, run daily like ``purge-transcripts``)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import AuditLog
from storage.repositories._purge import purge_in_batches
from storage.repositories.link_failures import LINK_FAILED
from storage.repositories.link_otp_sends import (
    OTP_CLIENT,
    OTP_CLIENT_UNSENT,
    OTP_SENT,
    OTP_UNSENT,
)

__all__ = ["COUNTING_ACTIONS", "LimitCounts", "shortest_keep"]

COUNTING_ACTIONS = (LINK_FAILED, OTP_SENT, OTP_UNSENT, OTP_CLIENT, OTP_CLIENT_UNSENT)
"""Audit actions that are counters, not a record of what staff or the system did."""


def shortest_keep(*windows: timedelta) -> timedelta:
    """What a purge must keep: the longest of the limits' windows (``otp.wait_hours``,
    ``link.lockout_hours``) and the day of ``otp.numbers_per_day``, so that it never lifts a
    limit that still holds."""
    return max((timedelta(days=1), *windows))


class LimitCounts:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def purge(self, before: datetime, *, batch: int = 5000) -> int:
        """Delete the counting rows written before ``before``, in batches (no long transaction
        on a large backlog); an audit entry records how many went."""
        audit = cast(sa.Table, AuditLog.__table__)
        which = sa.and_(audit.c.action.in_(COUNTING_ACTIONS), audit.c.at < before)
        return await purge_in_batches(
            self._sessions, audit, which, batch=batch, action="limit_counts.purged",
            subject="audit_log", detail={"before": before.isoformat()},
        )  # fmt: skip
