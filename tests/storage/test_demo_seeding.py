"""Demo data (with demo staff accounts whose passwords are known) loads by itself only into the
embedded SQLite default, never into a production database."""

from __future__ import annotations

import sqlalchemy as sa

from bot.runtime import prepare_database
from bot.settings import load_settings
from storage.db import create_engine
from storage.models import StaffUser
from tests.storage.conftest import run_in_thread

SECRET = "test-secret-key-0123456789abcdef"


async def _staff_accounts(url: str) -> int:
    engine = create_engine(url)
    try:
        async with engine.connect() as connection:
            return int(await connection.scalar(sa.select(sa.func.count(StaffUser.id))) or 0)
    finally:
        await engine.dispose()


def test_an_empty_database_gets_the_demo_data_only_when_it_is_the_embedded_sqlite(
    backend: str, db_url: str
) -> None:
    settings = load_settings(database_url=db_url, secret_key=SECRET)
    summary = run_in_thread(lambda: prepare_database(settings))
    staff = run_in_thread(lambda: _staff_accounts(db_url))
    if backend == "sqlite":
        assert summary is not None and staff > 0
    else:  # PostgreSQL: migrated, but no demo accounts nor invented participants
        assert summary is None and staff == 0
