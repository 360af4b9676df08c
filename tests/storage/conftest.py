"""Programme-database fixtures: every test runs on SQLite (a temporary file) and PostgreSQL.

PostgreSQL tests use throwaway databases named ``prakerja_t_<random hex>...`` created for this
test session and dropped at its end, so parallel runs never collide. Administrative work runs
on a private event loop in a worker thread, so it can happen from any fixture.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import hashlib
import json
import shutil
import time
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from storage.crypto import PersonalDataCipher
from storage.db import create_engine, create_session_factory
from storage.migrate import upgrade
from storage.models import Base
from storage.seed import SeedSummary, seed_demo
from tests.support.services import POSTGRES_ADMIN_URL, require_postgres

BACKENDS = ("sqlite", "postgres")
SECRET = "test-secret-not-for-production-0123456789"
#: The "current" time of every seeded test database.
NOW = datetime(2025, 3, 10, 5, 30, tzinfo=UTC)

T = TypeVar("T")
Factory = async_sessionmaker[AsyncSession]


def run_in_thread(make: Callable[[], Awaitable[T]]) -> T:
    """Run a coroutine to completion on its own loop in a worker thread."""

    async def main() -> T:
        return await make()

    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, main()).result()


async def _admin(statements: list[str]) -> None:
    engine = create_engine(POSTGRES_ADMIN_URL).execution_options(isolation_level="AUTOCOMMIT")
    try:
        async with engine.connect() as connection:
            for statement in statements:
                await connection.execute(sa.text(statement))
    finally:
        await engine.dispose()


def _database_url(name: str) -> str:
    return sa.make_url(POSTGRES_ADMIN_URL).set(database=name).render_as_string(hide_password=False)


class PostgresDatabases:
    """Creates uniquely named databases on demand; drops them all at the end of the session."""

    def __init__(self) -> None:
        self.prefix = f"prakerja_t_{uuid.uuid4().hex[:12]}"
        self.created: list[str] = []

    def create(self, suffix: str) -> str:
        name = f"{self.prefix}_{suffix}"
        run_in_thread(lambda: _admin([f'CREATE DATABASE "{name}"']))
        self.created.append(name)
        return _database_url(name)

    def drop_all(self) -> None:
        if self.created:
            statements = [f'DROP DATABASE IF EXISTS "{n}" WITH (FORCE)' for n in self.created]
            run_in_thread(lambda: _admin(statements))
            self.created.clear()


@pytest.fixture(scope="session")
def postgres_databases() -> Iterator[PostgresDatabases]:
    databases = PostgresDatabases()
    yield databases
    databases.drop_all()


@pytest.fixture(scope="session")
def postgres_scratch_url(postgres_databases: PostgresDatabases) -> str:
    require_postgres()
    return postgres_databases.create("scratch")


async def _reset_schema(url: str) -> None:
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:
            await connection.execute(sa.text("DROP SCHEMA public CASCADE"))
            await connection.execute(sa.text("CREATE SCHEMA public"))
    finally:
        await engine.dispose()


@pytest.fixture
def cipher() -> PersonalDataCipher:
    return PersonalDataCipher(SECRET)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """``sqlite`` or ``postgres`` (PostgreSQL skips locally, fails in CI when it is down)."""
    if request.param == "postgres":
        require_postgres()
    return str(request.param)


@pytest.fixture
def db_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of an empty database (no tables at all)."""
    if backend == "sqlite":
        return f"sqlite+aiosqlite:///{tmp_path / 'empty.db'}"
    url: str = request.getfixturevalue("postgres_scratch_url")
    run_in_thread(lambda: _reset_schema(url))
    return url


@pytest.fixture
async def db_engine(db_url: str) -> AsyncIterator[AsyncEngine]:
    engine = create_engine(db_url)
    yield engine
    await engine.dispose()


async def _migrate(url: str) -> None:
    engine = create_engine(url)
    try:
        await upgrade(engine)
    finally:
        await engine.dispose()


@pytest.fixture(scope="session")
def sqlite_migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    run_in_thread(lambda: _migrate(f"sqlite+aiosqlite:///{path}"))
    return path


@pytest.fixture(scope="session")
def postgres_migrated_url(postgres_databases: PostgresDatabases) -> str:
    require_postgres()
    url = postgres_databases.create("migrated")
    run_in_thread(lambda: _migrate(url))
    return url


@pytest.fixture
def migrated_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """URL of a database migrated to head (a copy of a migrated file on SQLite; on
    PostgreSQL one migrated database per session, emptied by ``db_factory``)."""
    if backend == "sqlite":
        path = tmp_path / "programme.db"
        shutil.copyfile(request.getfixturevalue("sqlite_migrated_template"), path)
        return f"sqlite+aiosqlite:///{path}"
    url: str = request.getfixturevalue("postgres_migrated_url")
    return url


@pytest.fixture
async def db_factory(backend: str, migrated_url: str) -> AsyncIterator[Factory]:
    """Session factory of a migrated database with no rows (identities restart at 1)."""
    engine = create_engine(migrated_url)
    if backend == "postgres":
        tables = ", ".join(table.name for table in Base.metadata.sorted_tables)
        async with engine.begin() as connection:
            await connection.execute(sa.text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    yield create_session_factory(engine)
    await engine.dispose()


# -- seeded databases, built once per backend and shared read-only --------------------------------


@dataclass(frozen=True)
class SeededDatabase:
    backend: str
    url: str
    summary: SeedSummary
    fingerprint: dict[str, tuple[int, str]]
    seconds: float


async def migrate_and_seed(url: str) -> tuple[SeedSummary, dict[str, tuple[int, str]], float]:
    engine = create_engine(url)
    try:
        await upgrade(engine)
        factory = create_session_factory(engine)
        cipher = PersonalDataCipher(SECRET)
        started = time.perf_counter()
        summary = await seed_demo(factory, cipher, seed=2020, now=NOW)
        seconds = time.perf_counter() - started
        return summary, await fingerprint(factory, cipher), seconds
    finally:
        await engine.dispose()


class SeededDatabases:
    def __init__(self, tmp: Path, postgres: Callable[[], PostgresDatabases]) -> None:
        self._tmp = tmp
        self._postgres = postgres
        self._built: dict[str, SeededDatabase] = {}

    def get(self, backend: str) -> SeededDatabase:
        if backend not in self._built:
            if backend == "sqlite":
                url = f"sqlite+aiosqlite:///{self._tmp / 'seeded.db'}"
            else:
                require_postgres()
                url = self._postgres().create("seeded")
            summary, prints, seconds = run_in_thread(lambda: migrate_and_seed(url))
            self._built[backend] = SeededDatabase(backend, url, summary, prints, seconds)
        return self._built[backend]


@pytest.fixture(scope="session")
def seeded_databases(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> SeededDatabases:
    return SeededDatabases(
        tmp_path_factory.mktemp("seeded"),
        lambda: request.getfixturevalue("postgres_databases"),
    )


@pytest.fixture(params=BACKENDS)
def seeded(request: pytest.FixtureRequest, seeded_databases: SeededDatabases) -> SeededDatabase:
    """The demo database of one backend (seed 2020, ``NOW``); tests must not modify it."""
    return seeded_databases.get(request.param)


@pytest.fixture
async def seeded_factory(seeded: SeededDatabase) -> AsyncIterator[Factory]:
    engine = create_engine(seeded.url)
    yield create_session_factory(engine)
    await engine.dispose()


# -- fingerprints: what "the same data" means across runs and backends ----------------------------


def _normalise(column: str, value: Any, cipher: PersonalDataCipher) -> Any:
    if isinstance(value, bytes) and column.endswith("_ciphertext"):
        return cipher.decrypt(value, context=column.removesuffix("_ciphertext"))
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float):
        return round(value, 6)
    return value


async def fingerprint(factory: Factory, cipher: PersonalDataCipher) -> dict[str, tuple[int, str]]:
    """Per table: row count and a hash of every row (ciphertexts decrypted, ids included)."""
    prints: dict[str, tuple[int, str]] = {}
    async with factory() as session:
        for table in Base.metadata.sorted_tables:
            rows = (await session.execute(sa.select(table).order_by(*table.primary_key))).all()
            digest = hashlib.sha256()
            for row in rows:
                values = {k: _normalise(k, v, cipher) for k, v in row._mapping.items()}
                digest.update(json.dumps(values, sort_keys=True, default=str).encode())
            prints[table.name] = (len(rows), digest.hexdigest())
    return prints
