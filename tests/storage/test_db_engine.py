"""Engine construction: URLs, SQLite pragmas, in-memory databases, health check."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from storage.db import create_engine, create_session_factory, normalise_url, ping
from storage.errors import StoreUnavailable
from storage.migrate import upgrade
from storage.repositories.catalogue import CatalogueRepository


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("sqlite:///var/x.db", "sqlite+aiosqlite:///var/x.db"),
        ("sqlite+aiosqlite:///:memory:", "sqlite+aiosqlite:///:memory:"),
        ("postgresql://u:p@db/prakerja", "postgresql+asyncpg://u:p@db/prakerja"),
        ("postgres://u@db:6543/prakerja", "postgresql+asyncpg://u@db:6543/prakerja"),
    ],
)
def test_urls_get_their_async_driver(given: str, expected: str) -> None:
    assert normalise_url(given) == expected


@pytest.mark.parametrize("bad", ["mysql://u@db/x", "postgresql+psycopg2://u@db/x", "not a url"])
def test_unsupported_urls_are_refused(bad: str) -> None:
    with pytest.raises(ValueError, match="database URL"):
        normalise_url(bad)


async def test_sqlite_files_get_wal_foreign_keys_and_a_busy_timeout(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'new' / 'dir' / 'x.db'}")
    try:
        async with engine.connect() as connection:
            pragmas = [
                (await connection.execute(sa.text(f"PRAGMA {name}"))).scalar()
                for name in ("journal_mode", "foreign_keys", "busy_timeout")
            ]
        assert pragmas == ["wal", 1, 5000]
        await ping(engine)
    finally:
        await engine.dispose()


async def test_an_in_memory_database_is_shared_by_all_sessions() -> None:
    engine = create_engine("sqlite+aiosqlite://")
    try:
        await upgrade(engine)
        assert await CatalogueRepository(create_session_factory(engine)).categories() == []
    finally:
        await engine.dispose()


async def test_an_unreachable_database_is_reported_as_unavailable() -> None:
    engine = create_engine("postgresql+asyncpg://nobody@127.0.0.1:1/none")
    try:
        with pytest.raises(StoreUnavailable) as caught:
            await ping(engine)
        assert caught.value.store == "database"
    finally:
        await engine.dispose()
