"""CRM staff accounts: look-up for sign-in (the password hash stays in storage's hands)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.db import AlreadyExists
from storage.models import StaffUser, utcnow
from storage.repositories._results import rowcount

__all__ = ["StaffRecord", "StaffRepository"]


@dataclass(frozen=True, slots=True)
class StaffRecord:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    password_hash: str


class StaffRepository:
    def __init__(self, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = session_factory

    async def _one(self, query: sa.Select[StaffUser]) -> StaffRecord | None:
        async with self._sessions() as session:
            row = (await session.scalars(query)).first()
        if row is None:
            return None
        return StaffRecord(
            row.id, row.username, row.display_name, row.role, row.active, row.password_hash
        )

    async def by_username(self, username: str) -> StaffRecord | None:
        return await self._one(sa.select(StaffUser).where(StaffUser.username == username))

    async def get(self, staff_id: int) -> StaffRecord | None:
        return await self._one(sa.select(StaffUser).where(StaffUser.id == staff_id))

    async def add(self, username: str, display_name: str, role: str, password_hash: str) -> int:
        """A new staff account; ``AlreadyExists`` if the username is taken."""
        try:
            async with self._sessions() as session, session.begin():
                row = StaffUser(
                    username=username, display_name=display_name, role=role,
                    password_hash=password_hash, active=True,
                )  # fmt: skip
                session.add(row)
                await session.flush()
                return row.id
        except IntegrityError as exc:
            raise AlreadyExists(f"a staff account named {username!r} exists") from exc

    async def update(self, username: str, **values: object) -> bool:
        """Change ``active`` or ``password_hash`` of an account; False if there is none."""
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                sa.update(StaffUser).where(StaffUser.username == username).values(**values)
            )
        return bool(rowcount(result))

    async def signed_in(self, staff_id: int, at: datetime | None = None) -> None:
        async with self._sessions() as session, session.begin():
            await session.execute(
                sa.update(StaffUser)
                .where(StaffUser.id == staff_id)
                .values(last_login_at=at or utcnow())
            )
