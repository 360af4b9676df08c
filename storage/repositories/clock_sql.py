"""The time a clock of ``storage.business_hours`` has counted at a time column, in seconds, as
SQL (the same on SQLite and PostgreSQL): the ticket desk orders by first-response due time
with it. Due times grow with it, so ordering by worked time plus a target orders by due time.

SQLite keeps UTC text, PostgreSQL a timestamp: both become seconds since 1970 (``_Epoch``),
then days, weeks and the time into the day, as ``BusinessHours.worked`` counts them. Times
before 1970 are not supported (SQLite's integer cast rounds towards zero).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from storage.business_hours import ANCHOR, BusinessHours, TargetClock

__all__ = ["worked_seconds"]

_DAY = 86400
_SINCE_1970 = int(ANCHOR.timestamp())


class _Epoch(FunctionElement[float]):
    """Seconds since 1970 of a time column (SQLite keeps UTC text, PostgreSQL a timestamp)."""

    type = sa.Float()
    inherit_cache = True


@compiles(_Epoch, "sqlite")
def _epoch_sqlite(element: _Epoch, compiler: SQLCompiler, **kw: Any) -> str:
    return f"((julianday({compiler.process(element.clauses, **kw)}) - 2440587.5) * 86400.0)"


@compiles(_Epoch, "postgresql")
def _epoch_postgres(element: _Epoch, compiler: SQLCompiler, **kw: Any) -> str:
    return f"EXTRACT(EPOCH FROM {compiler.process(element.clauses, **kw)})"


class _Floor(FunctionElement[float]):
    """The whole number at or below a non-negative value."""

    type = sa.Float()
    inherit_cache = True


@compiles(_Floor, "sqlite")
def _floor_sqlite(element: _Floor, compiler: SQLCompiler, **kw: Any) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS INTEGER)"


@compiles(_Floor, "postgresql")
def _floor_postgres(element: _Floor, compiler: SQLCompiler, **kw: Any) -> str:
    return f"FLOOR({compiler.process(element.clauses, **kw)})"


def _n(value: int) -> sa.ColumnElement[Any]:
    """A whole-number constant written into the SQL (from validated settings, never input)."""
    return sa.literal_column(str(int(value)))


def _seconds(value: timedelta) -> int:
    return int(value.total_seconds())


def worked_seconds(
    clock: TargetClock, column: sa.ColumnElement[datetime] | QueryableAttribute[datetime]
) -> sa.ColumnElement[Any]:
    """The seconds ``clock`` has counted from ``ANCHOR`` to ``column``
    (``clock.worked(column).total_seconds()``, to within SQLite's sub-millisecond rounding)."""
    if not isinstance(clock, BusinessHours):
        return _Epoch(column) - _n(_SINCE_1970)
    local = _Epoch(column) + _n(_seconds(clock.offset) - _SINCE_1970)
    days = _Floor(local / _n(_DAY))
    into = local - days * _n(_DAY)
    weeks = _Floor(days / _n(7))
    weekday = days - weeks * _n(7)
    length = _seconds(clock.length)
    opens = _seconds(clock.opening)
    before = sa.case(*((weekday == _n(day), _n(clock.worked_before(day))) for day in range(7)))
    today = sa.case(
        (into <= _n(opens), _n(0)),
        (into >= _n(opens + length), _n(length)),
        else_=into - _n(opens),
    )
    at_work = sa.or_(*(weekday == _n(day) for day in sorted(clock.days)))
    return (weeks * _n(len(clock.days)) + before) * _n(length) + sa.case(
        (at_work, today), else_=_n(0)
    )
