"""Alembic migrations of the programme database (run them with ``storage.migrate``)."""
