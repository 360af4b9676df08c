"""Clocks that first-response targets run on (like a help desk's "business hours"): the
calendar, on which every hour counts, and staff hours, on which only the hours staff work
count (``programme.staff_hours``: weekdays, opening and closing time, a fixed UTC offset).

On staff hours, 8 hours from Friday 16:00 are Monday 15:00 (with Monday to Friday 08:00 to
17:00): the hour to 17:00, then 7 from Monday's opening. A start outside the hours counts from
the next opening; a span ending exactly at a closing time ends there (Friday 09:00 plus 8
hours is Friday 17:00, not Monday 08:00).

Both clocks measure an instant as the time *worked* since a fixed Monday (``worked``); the
instant a span ends is the earliest at which that much has been worked (``due``). Worked time
never decreases, so the tickets past due at ``now`` are those filed up to one cut-off instant
(``late_cutoff``): a plain comparison of the filing time the database can make.
``storage.repositories.clock_sql`` measures worked time in SQL, for ordering by due time.
Pure arithmetic on exact ``timedelta`` values (microseconds), no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from typing import Protocol

__all__ = [
    "ANCHOR",
    "CALENDAR",
    "BusinessHours",
    "CalendarClock",
    "Cutoff",
    "TargetClock",
]

DAY = timedelta(days=1)
ANCHOR = datetime(1970, 1, 5, tzinfo=UTC)
"""A Monday: both clocks count worked time from its midnight (in the clock's own offset)."""


def _aware(at: datetime) -> datetime:
    """A naive time is UTC, as the databases keep it."""
    return at if at.tzinfo is not None else at.replace(tzinfo=UTC)


def _since_midnight(at: time) -> timedelta:
    return timedelta(
        hours=at.hour, minutes=at.minute, seconds=at.second, microseconds=at.microsecond
    )


@dataclass(frozen=True, slots=True)
class Cutoff:
    """Which filing times are past due: up to ``at``, ``at`` itself included or not."""

    at: datetime
    inclusive: bool

    def covers(self, filed: datetime) -> bool:
        filed = _aware(filed)
        return filed <= self.at if self.inclusive else filed < self.at


class TargetClock(Protocol):
    """What the first-response targets need of a clock."""

    def worked(self, at: datetime) -> timedelta:
        """The time counted on this clock from ``ANCHOR`` to ``at``."""
        ...

    def due(self, start: datetime, span: timedelta) -> datetime:
        """The earliest instant at which ``span`` has been counted since ``start``."""
        ...

    def late_cutoff(self, now: datetime, span: timedelta) -> Cutoff:
        """The starts whose ``due(start, span)`` is before ``now``."""
        ...


@dataclass(frozen=True, slots=True)
class CalendarClock:
    """Every hour counts: nights and weekends too."""

    def worked(self, at: datetime) -> timedelta:
        return _aware(at) - ANCHOR

    def due(self, start: datetime, span: timedelta) -> datetime:
        return _aware(start) + span

    def late_cutoff(self, now: datetime, span: timedelta) -> Cutoff:
        return Cutoff(_aware(now) - span, inclusive=False)


CALENDAR = CalendarClock()


@dataclass(frozen=True, slots=True)
class BusinessHours:
    """Only staff hours count: ``days`` (Monday = 0) from ``opens`` to ``closes`` local time at
    ``utc_offset_hours`` (a fixed offset: Indonesia has no daylight saving)."""

    days: frozenset[int]
    opens: time
    closes: time
    utc_offset_hours: int
    _open: timedelta = field(init=False, repr=False, compare=False)
    _close: timedelta = field(init=False, repr=False, compare=False)
    _order: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if not self.days or not self.days <= frozenset(range(7)):
            raise ValueError("business days are weekday numbers 0 (Monday) to 6 (Sunday)")
        if self.closes <= self.opens:
            raise ValueError("business hours must close after they open")
        object.__setattr__(self, "_open", _since_midnight(self.opens))
        object.__setattr__(self, "_close", _since_midnight(self.closes))
        object.__setattr__(self, "_order", tuple(sorted(self.days)))

    @property
    def offset(self) -> timedelta:
        return timedelta(hours=self.utc_offset_hours)

    @property
    def opening(self) -> timedelta:
        """The opening time, after midnight."""
        return self._open

    @property
    def length(self) -> timedelta:
        """One working day."""
        return self._close - self._open

    def worked_before(self, weekday: int) -> int:
        """How many working days a week has before this weekday."""
        return sum(1 for day in self._order if day < weekday)

    def worked(self, at: datetime) -> timedelta:
        local = _aware(at) + self.offset - ANCHOR  # naive local time since the Monday
        days, into = divmod(local, DAY)
        weeks, weekday = divmod(days, 7)
        done = (weeks * len(self._order) + self.worked_before(weekday)) * self.length
        if weekday not in self.days:
            return done
        return done + min(max(into - self._open, timedelta(0)), self.length)

    def _instant(self, working_day: int, into: timedelta) -> datetime:
        """``into`` after midnight of the ``working_day``-th working day from ``ANCHOR``."""
        weeks, nth = divmod(working_day, len(self._order))
        local = ANCHOR + (weeks * 7 + self._order[nth]) * DAY + into
        return local - self.offset

    def reached(self, worked: timedelta) -> datetime:
        """The earliest instant at which ``worked`` has been worked: a whole number of working
        days is reached at a closing time, not at the next opening."""
        days, rest = divmod(worked, self.length)
        if not rest and days > 0:
            return self._instant(days - 1, self._close)
        return self._instant(days, self._open + rest)

    def last_at(self, worked: timedelta) -> datetime:
        """The latest instant at which no more than ``worked`` has been worked: up to the next
        opening when that much is reached at a closing time."""
        days, rest = divmod(worked, self.length)
        return self._instant(days, self._open + rest)

    def due(self, start: datetime, span: timedelta) -> datetime:
        return self.reached(self.worked(start) + span)

    def late_cutoff(self, now: datetime, span: timedelta) -> Cutoff:
        """``due(start, span) < now`` exactly when ``start`` is covered. Outside the hours (or
        exactly at an opening) a span reached at the last closing is past due; within them a
        span reaching ``now`` is not past due yet."""
        reached_now = self.worked(now)
        need = reached_now - span
        if self.reached(reached_now) < _aware(now):  # nothing worked just before now
            return Cutoff(self.last_at(need), inclusive=True)
        return Cutoff(self.reached(need), inclusive=False)
