"""CRM staff accounts: look-up for sign-in (the password hash stays in storage's hands), and
their console sessions, kept server-side so that signing out ends a session on every worker.

Session ids arrive here already hashed (``crm.auth``): ``staff_sessions`` never holds what a
cookie needs.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from storage.db import AlreadyExists
from storage.models import StaffSession, StaffUser, utcnow
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
        """Change ``active`` or ``password_hash`` of an account; False if there is none. A new
        password or a deactivation also signs every console session of the account out."""
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                sa.update(StaffUser).where(StaffUser.username == username).values(**values)
            )
            if "password_hash" in values or values.get("active") is False:
                account = sa.select(StaffUser.id).where(StaffUser.username == username)
                await session.execute(
                    sa.delete(StaffSession).where(StaffSession.staff_id.in_(account))
                )
        return bool(rowcount(result))

    async def signed_in(self, staff_id: int, at: datetime | None = None) -> None:
        async with self._sessions() as session, session.begin():
            await session.execute(
                sa.update(StaffUser)
                .where(StaffUser.id == staff_id)
                .values(last_login_at=at or utcnow())
            )

    # -- console sessions ------------------------------------------------------------------------
    async def open_session(self, session_id: str, staff_id: int, expires_at: datetime) -> None:
        """Record a sign-in (and forget expired sessions, so that the table stays small)."""
        now = utcnow()
        async with self._sessions() as session, session.begin():
            await session.execute(sa.delete(StaffSession).where(StaffSession.expires_at < now))
            session.add(
                StaffSession(
                    id=session_id, staff_id=staff_id, created_at=now, expires_at=expires_at
                )
            )

    async def session_holder(
        self, session_id: str, staff_id: int, now: datetime | None = None
    ) -> StaffRecord | None:
        """The active account signed in with this session, or None (signed out, revoked,
        expired, or the account was deactivated)."""
        return await self._one(
            sa.select(StaffUser)
            .join(StaffSession, StaffSession.staff_id == StaffUser.id)
            .where(
                StaffSession.id == session_id,
                StaffSession.staff_id == staff_id,
                StaffSession.expires_at > (now or utcnow()),
                StaffUser.active.is_(True),
            )
        )

    async def close_session(self, session_id: str) -> bool:
        """Sign this session out on every worker; False if it was not (or no longer) open."""
        async with self._sessions() as session, session.begin():
            result = await session.execute(
                sa.delete(StaffSession).where(StaffSession.id == session_id)
            )
        return bool(rowcount(result))
