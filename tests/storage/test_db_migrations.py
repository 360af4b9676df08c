"""Alembic migrations: empty -> head, and the migrated schema is exactly the models' schema."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from storage.migrate import current_revision, downgrade, head_revision, is_up_to_date, upgrade
from storage.models import Base


def _diff(connection: Connection, metadata: sa.MetaData) -> list[object]:
    context = MigrationContext.configure(connection, opts={"compare_type": True})
    return list(compare_metadata(context, metadata))


def _tables(connection: Connection) -> set[str]:
    return set(sa.inspect(connection).get_table_names())


async def test_migrates_an_empty_database_to_head(db_engine: AsyncEngine) -> None:
    assert await current_revision(db_engine) is None
    assert not await is_up_to_date(db_engine)

    await upgrade(db_engine)

    assert await current_revision(db_engine) == head_revision()
    assert await is_up_to_date(db_engine)
    async with db_engine.connect() as connection:
        tables = await connection.run_sync(_tables)
    assert tables == set(Base.metadata.tables) | {"alembic_version"}


async def test_migrated_schema_matches_the_models(db_engine: AsyncEngine) -> None:
    await upgrade(db_engine)
    async with db_engine.connect() as connection:
        diff = await connection.run_sync(_diff, Base.metadata)
    assert diff == []


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
async def test_schema_comparison_notices_drift(db_engine: AsyncEngine) -> None:
    """The check above is only worth something if a difference would show up."""
    await upgrade(db_engine)
    drifted = sa.MetaData()
    for table in Base.metadata.sorted_tables:
        table.to_metadata(drifted)
    drifted.tables["participants"].append_column(sa.Column("nickname", sa.String(40)))
    async with db_engine.connect() as connection:
        diff = await connection.run_sync(_diff, drifted)
    assert [entry[0] for entry in diff] == ["add_column"]  # type: ignore[index]


async def test_check_constraints_match_the_models(db_engine: AsyncEngine) -> None:
    """Autogenerate does not compare CHECK constraints, so compare their names here."""
    await upgrade(db_engine)

    def reflected(connection: Connection) -> dict[str, set[str]]:
        inspector = sa.inspect(connection)
        return {
            table: {c["name"] for c in inspector.get_check_constraints(table) if c["name"]}
            for table in Base.metadata.tables
        }

    expected = {
        name: {
            str(c.name) for c in table.constraints if isinstance(c, sa.CheckConstraint) and c.name
        }
        for name, table in Base.metadata.tables.items()
    }
    async with db_engine.connect() as connection:
        assert await connection.run_sync(reflected) == expected


async def test_upgrade_is_repeatable_and_downgrade_removes_everything(
    db_engine: AsyncEngine,
) -> None:
    await upgrade(db_engine)
    await upgrade(db_engine)
    assert await current_revision(db_engine) == head_revision()

    await downgrade(db_engine, "base")

    assert await current_revision(db_engine) is None
    async with db_engine.connect() as connection:
        assert await connection.run_sync(_tables) <= {"alembic_version"}


async def test_migrations_do_not_depend_on_the_working_directory(
    db_engine: AsyncEngine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    await upgrade(db_engine)
    assert await is_up_to_date(db_engine)
