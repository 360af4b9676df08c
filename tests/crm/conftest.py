"""The storage fixtures (a migrated database on SQLite and on PostgreSQL) for the tests of
what the console keeps in the database."""

from tests.storage.conftest import (
    backend,
    db_factory,
    migrated_url,
    postgres_databases,
    postgres_migrated_url,
    sqlite_migrated_template,
)

__all__ = [
    "backend",
    "db_factory",
    "migrated_url",
    "postgres_databases",
    "postgres_migrated_url",
    "sqlite_migrated_template",
]
