"""Alembic migrations driven from code, on the application's own async engine.

The Alembic configuration is built here (no ``alembic.ini``, no dependence on the current
directory): the scripts live in the ``storage/migrations`` package next to this file, so it works
the same from a checkout and from an installed wheel. Alembic itself is synchronous; it runs
inside ``AsyncConnection.run_sync`` on the connection's worker greenlet, never blocking the loop.

For developers (the URL is an argument, never read from the environment)::

    python -m storage.migrate --url sqlite+aiosqlite:///var/prakerja.db upgrade
    python -m storage.migrate --url ... current
    python -m storage.migrate --url ... revision -m "add x" --autogenerate
"""

from __future__ import annotations

import argparse
import asyncio
import functools
from collections.abc import Sequence
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

__all__ = [
    "MIGRATIONS_DIR",
    "alembic_config",
    "current_revision",
    "downgrade",
    "head_revision",
    "is_up_to_date",
    "upgrade",
]

MIGRATIONS_DIR = Path(__file__).resolve().with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    """An Alembic ``Config`` pointing at this package's scripts, optionally bound to a
    connection (``env.py`` refuses to run without one)."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    config.set_main_option("file_template", "%%(rev)s_%%(slug)s")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache
def head_revision() -> str:
    """The newest revision shipped with the code."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:
        raise RuntimeError(f"no migrations found in {MIGRATIONS_DIR}")
    return head


def _upgrade(connection: Connection, revision: str) -> None:
    command.upgrade(alembic_config(connection), revision)


def _downgrade(connection: Connection, revision: str) -> None:
    command.downgrade(alembic_config(connection), revision)


def _current(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


async def upgrade(engine: AsyncEngine, revision: str = "head") -> None:
    """Migrate the database up to ``revision`` in one transaction (per backend support)."""
    async with engine.begin() as connection:
        await connection.run_sync(_upgrade, revision)


async def downgrade(engine: AsyncEngine, revision: str) -> None:
    """Migrate down to ``revision`` (``"base"`` drops every table)."""
    async with engine.begin() as connection:
        await connection.run_sync(_downgrade, revision)


async def current_revision(engine: AsyncEngine) -> str | None:
    """The revision the database is at, or ``None`` for an unmigrated database."""
    async with engine.connect() as connection:
        return await connection.run_sync(_current)


async def is_up_to_date(engine: AsyncEngine) -> bool:
    """Whether the database is at the newest revision shipped with the code."""
    return await current_revision(engine) == head_revision()


def _revision(connection: Connection, message: str, autogenerate: bool) -> None:
    command.revision(alembic_config(connection), message=message, autogenerate=autogenerate)


async def _main(args: argparse.Namespace) -> None:
    from storage.db import create_engine

    engine = create_engine(args.url)
    try:
        if args.command == "upgrade":
            await upgrade(engine, args.revision)
            print(f"database at {await current_revision(engine)}")
        elif args.command == "downgrade":
            await downgrade(engine, args.revision)
            print(f"database at {await current_revision(engine)}")
        elif args.command == "current":
            current = await current_revision(engine)
            print(f"{current or 'empty'} (head: {head_revision()})")
        elif args.command == "revision":
            async with engine.begin() as connection:
                await connection.run_sync(_revision, args.message, args.autogenerate)
    finally:
        await engine.dispose()


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m storage.migrate", description=__doc__)
    parser.add_argument("--url", required=True, help="database URL (sqlite or postgresql)")
    commands = parser.add_subparsers(dest="command", required=True)
    up = commands.add_parser("upgrade", help="migrate up (default: to head)")
    up.add_argument("revision", nargs="?", default="head")
    down = commands.add_parser("downgrade", help="migrate down to a revision")
    down.add_argument("revision")
    commands.add_parser("current", help="show the database's revision")
    rev = commands.add_parser("revision", help="write a new migration script")
    rev.add_argument("-m", "--message", required=True)
    rev.add_argument("--autogenerate", action="store_true")
    asyncio.run(_main(parser.parse_args(argv)))


if __name__ == "__main__":
    main()
