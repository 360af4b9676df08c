"""Checking a pooled PostgreSQL connection before use only when it sat idle.

SQLAlchemy's ``pool_pre_ping`` checks every connection at every checkout; on asyncpg that check
is three round trips (BEGIN, an empty statement, ROLLBACK) before each unit of work, which
under load cost as much CPU as the look-up it preceded. A connection handed back moments ago
is alive: it is checked only after ``IDLE_BEFORE_PING`` seconds in the pool, which covers a
database restarted or a connection cut while idle (the usual case: a failover, a proxy's idle
timeout). A connection that dies while in use raises a disconnect error; SQLAlchemy then drops
every connection of the pool opened before it, so one failed unit of work, not a failed pool.
"""

from __future__ import annotations

import time
from typing import Any

from sqlalchemy import event
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.ext.asyncio import AsyncEngine

IDLE_BEFORE_PING = 5.0
"""Seconds a connection may sit in the pool and still be used without a check."""

_RETURNED = "returned_at"


def ping_idle_connections(engine: AsyncEngine, idle_before_ping: float = IDLE_BEFORE_PING) -> None:
    """Check a connection at checkout when it was idle ``idle_before_ping`` seconds or more;
    a dead one is replaced by a new connection before the unit of work gets it."""
    dialect = engine.dialect

    def returned(_dbapi_connection: Any, record: Any) -> None:
        record.info[_RETURNED] = time.monotonic()

    def checked_out(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get(_RETURNED)
        if since is None or time.monotonic() - since < idle_before_ping:
            return  # new, or back in the pool moments ago
        try:
            dialect.do_ping(dbapi_connection)
        except Exception as exc:  # any failure: the pool opens a new connection
            raise DisconnectionError(f"idle connection is gone: {type(exc).__name__}") from exc

    event.listen(engine.sync_engine, "checkin", returned)
    event.listen(engine.sync_engine, "checkout", checked_out)
