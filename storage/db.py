"""Engine and session factory for the programme database, and its two extra error types.

SQLite (``sqlite+aiosqlite``) is the embedded default, PostgreSQL (``postgresql+asyncpg``) the
production backend. The URL is passed in by the caller (settings are read elsewhere); nothing
here touches the environment or runs at import time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.ext.asyncio import create_async_engine as _create_async_engine
from sqlalchemy.pool import StaticPool

from storage.errors import StorageError, StoreUnavailable
from storage.pool_ping import ping_idle_connections

__all__ = [
    "AlreadyExists",
    "NotFound",
    "create_engine",
    "create_session_factory",
    "normalise_url",
    "ping",
]

SQLITE_BUSY_TIMEOUT_MS = 5_000
POSTGRES_POOL_SIZE = 20
POSTGRES_MAX_OVERFLOW = 0

_DRIVERS = {
    "sqlite": "sqlite+aiosqlite",
    "sqlite+aiosqlite": "sqlite+aiosqlite",
    "postgres": "postgresql+asyncpg",
    "postgresql": "postgresql+asyncpg",
    "postgresql+asyncpg": "postgresql+asyncpg",
}


class AlreadyExists(StorageError):
    """A row with the same unique key (for example the same NIK) already exists."""


class NotFound(StorageError):
    """The row an operation needs does not exist."""


def normalise_url(url: str) -> str:
    """Return ``url`` with its async driver made explicit.

    ``sqlite:///x.db`` becomes ``sqlite+aiosqlite:///x.db`` and ``postgresql://...`` (or
    ``postgres://...``) becomes ``postgresql+asyncpg://...``. Any other scheme or driver is
    refused with a ``ValueError`` that names the supported ones.
    """
    scheme, separator, rest = url.partition("://")
    try:
        make_url(url)
    except ArgumentError:
        separator = ""
    if not separator:
        raise ValueError("database URL is not a valid URL (expected scheme://...)")
    driver = _DRIVERS.get(scheme)
    if driver is None:
        raise ValueError(
            f"database URL scheme {scheme!r} is not supported; use "
            "sqlite+aiosqlite:///path.db or postgresql+asyncpg://user@host/db"
        )
    return f"{driver}://{rest}"


def _is_memory_sqlite(url: URL) -> bool:
    return url.database in (None, "", ":memory:") or "mode=memory" in str(url)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
    finally:
        cursor.close()


def create_engine(
    url: str,
    *,
    echo: bool = False,
    pool_size: int = POSTGRES_POOL_SIZE,
    max_overflow: int = POSTGRES_MAX_OVERFLOW,
) -> AsyncEngine:
    """Create the async engine for ``url`` (see :func:`normalise_url` for accepted schemes).

    SQLite connections get ``foreign_keys=ON``, WAL journaling and a busy timeout; the parent
    directory of a SQLite file is created when missing. An in-memory SQLite database uses one
    shared connection so that every session sees the same data. PostgreSQL uses a bounded pool
    checked before use when idle (``storage.pool_ping``; ``pool_size`` + ``max_overflow``
    connections per process).
    """
    parsed = make_url(normalise_url(url))
    engine: AsyncEngine
    if parsed.get_backend_name() == "sqlite":
        if _is_memory_sqlite(parsed):
            engine = _create_async_engine(
                parsed,
                echo=echo,
                poolclass=StaticPool,
                connect_args={"check_same_thread": False},
            )
        else:
            assert parsed.database is not None
            Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = _create_async_engine(parsed, echo=echo)
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    else:
        engine = _create_async_engine(
            parsed,
            echo=echo,
            pool_size=pool_size,
            max_overflow=max_overflow,
            pool_recycle=1_800,
        )
        ping_idle_connections(engine)
    return engine


def reading_engine(factory: async_sessionmaker[AsyncSession]) -> AsyncEngine:
    """The engine behind ``factory`` for one-statement reads: on PostgreSQL in autocommit (the
    same pool), so a look-up is one round trip with no BEGIN and ROLLBACK around it; SQLite
    as it is (its transactions cost no round trip)."""
    engine = factory.kw["bind"]
    assert isinstance(engine, AsyncEngine)
    if engine.dialect.name == "postgresql":
        return engine.execution_options(isolation_level="AUTOCOMMIT")
    return engine


def create_session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """Session factory used by every repository.

    ``expire_on_commit=False`` so values read inside a unit of work stay readable after it
    commits (repositories return plain dataclasses anyway, never live ORM objects).
    """
    return async_sessionmaker(engine, expire_on_commit=False, autoflush=False)


async def ping(engine: AsyncEngine) -> None:
    """Run ``SELECT 1``; raise ``StoreUnavailable("database")`` when it does not answer."""
    try:
        async with engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except (SQLAlchemyError, OSError) as exc:
        raise StoreUnavailable("database", type(exc).__name__) from exc
