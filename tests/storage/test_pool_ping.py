"""A pooled PostgreSQL connection is checked before use only after sitting idle: one cut while
idle is replaced before a unit of work gets it, one handed back moments ago is used at once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import pytest
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncEngine

from storage import pool_ping
from storage.db import create_engine
from tests.support.services import POSTGRES_ADMIN_URL, require_postgres


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def monotonic(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    fake = Clock()
    monkeypatch.setattr(pool_ping, "time", SimpleNamespace(monotonic=fake.monotonic))
    return fake


@pytest.fixture
async def engine() -> AsyncIterator[AsyncEngine]:
    require_postgres()
    made = create_engine(POSTGRES_ADMIN_URL, pool_size=1)
    try:
        yield made
    finally:
        await made.dispose()


def _count_pings(engine: AsyncEngine, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    pings: list[int] = []
    real = engine.dialect.do_ping

    def counted(dbapi_connection: Any) -> bool:
        pings.append(1)
        return bool(real(dbapi_connection))

    monkeypatch.setattr(engine.dialect, "do_ping", counted)
    return pings


async def _backend(engine: AsyncEngine) -> int:
    async with engine.connect() as connection:
        return int(await connection.scalar(sa.text("SELECT pg_backend_pid()")))


async def test_a_connection_cut_while_idle_is_replaced_before_use(
    engine: AsyncEngine, clock: Clock
) -> None:
    first = await _backend(engine)
    killer = create_engine(POSTGRES_ADMIN_URL)
    try:
        async with killer.connect() as connection:
            await connection.execute(sa.text(f"SELECT pg_terminate_backend({first})"))
    finally:
        await killer.dispose()
    clock.now += pool_ping.IDLE_BEFORE_PING + 1
    second = await _backend(engine)  # without the check: "connection is closed"
    assert second != first


async def test_a_connection_back_moments_ago_is_used_without_a_check(
    engine: AsyncEngine, clock: Clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    pings = _count_pings(engine, monkeypatch)
    first = await _backend(engine)
    clock.now += 1
    assert await _backend(engine) == first
    assert pings == []  # no BEGIN / ; / ROLLBACK before each unit of work
    clock.now += pool_ping.IDLE_BEFORE_PING
    assert await _backend(engine) == first
    assert pings == [1]
