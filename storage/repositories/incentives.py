"""A participant's incentive payments (schedule, status, failure reason)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import IncentivePayment, IncentiveStatus

__all__ = ["IncentiveRecord", "IncentiveRepository"]


@dataclass(frozen=True, slots=True)
class IncentiveRecord:
    sequence: int
    scheduled_date: date
    amount: int
    status: str
    status_label: str
    payout_channel: str | None
    failure_reason: str | None
    paid_at: datetime | None


class IncentiveRepository:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def for_participant(self, participant_id: int) -> list[IncentiveRecord]:
        async with self._sessions() as session:
            rows = (
                await session.scalars(
                    sa.select(IncentivePayment)
                    .where(IncentivePayment.participant_id == participant_id)
                    .order_by(IncentivePayment.sequence)
                )
            ).all()
        return [
            IncentiveRecord(
                row.sequence,
                row.scheduled_date,
                row.amount,
                row.status,
                IncentiveStatus(row.status).label,
                row.payout_channel,
                row.failure_reason,
                row.paid_at,
            )
            for row in rows
        ]
