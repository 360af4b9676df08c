"""Alembic environment: runs on the connection that ``storage.migrate`` hands over.

``storage.migrate`` opens the async connection and calls Alembic inside
``AsyncConnection.run_sync``, so this file never creates an engine, reads a URL, an ini file,
the environment or the logging configuration.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy.engine import Connection

from storage.models import Base


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def main() -> None:
    if context.is_offline_mode():
        raise RuntimeError("offline (--sql) migrations are not supported; use storage.migrate")
    connection = context.config.attributes.get("connection")
    if not isinstance(connection, Connection):
        raise RuntimeError(
            "storage/migrations is run through storage.migrate (python -m storage.migrate), "
            "which provides the database connection"
        )
    _run(connection)


main()
