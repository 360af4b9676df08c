"""Registration waves: which one is open, which one comes next."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.models import Wave

__all__ = ["WaveInfo", "WaveRepository"]


@dataclass(frozen=True, slots=True)
class WaveInfo:
    id: int
    number: int
    era: str
    opens_at: datetime
    closes_at: datetime
    quota: int
    status: str
    announced_at: datetime | None


def _info(wave: Wave) -> WaveInfo:
    return WaveInfo(
        id=wave.id,
        number=wave.number,
        era=wave.era,
        opens_at=wave.opens_at,
        closes_at=wave.closes_at,
        quota=wave.quota,
        status=wave.status,
        announced_at=wave.announced_at,
    )


class WaveRepository:
    """Whether a wave is open is decided by its dates (``opens_at <= now < closes_at``), so the
    answer is right even if nobody updated ``status`` on time."""

    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def _first(self, query: sa.Select[Any]) -> WaveInfo | None:
        async with self._sessions() as session:
            wave = (await session.scalars(query.limit(1))).first()
        return None if wave is None else _info(wave)

    async def open_wave(self, now: datetime) -> WaveInfo | None:
        """The wave accepting sign-ups at ``now`` (the newest one if several overlap)."""
        return await self._first(
            sa.select(Wave)
            .where(Wave.opens_at <= now, Wave.closes_at > now)
            .order_by(Wave.number.desc())
        )

    async def next_wave(self, now: datetime) -> WaveInfo | None:
        """The first wave that opens after ``now``, if one is in the database."""
        return await self._first(
            sa.select(Wave).where(Wave.opens_at > now).order_by(Wave.opens_at, Wave.number)
        )

    async def latest(self) -> WaveInfo | None:
        """The wave with the highest number."""
        return await self._first(sa.select(Wave).order_by(Wave.number.desc()))

    async def by_number(self, number: int) -> WaveInfo | None:
        return await self._first(sa.select(Wave).where(Wave.number == number))
