"""Times as staff read them: in the staff time zone (``programme.staff_hours``: its UTC
offset and label, WIB by default), always with the zone's label; and the clock complaint
tickets' first-response targets run on (``target_clock``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from typing import Literal

from flows.config import StaffHours
from storage.business_hours import CALENDAR, BusinessHours, TargetClock


@dataclass(frozen=True, slots=True)
class StaffZone:
    offset_hours: int = 7
    label: str = "WIB"

    @classmethod
    def of(cls, hours: StaffHours) -> StaffZone:
        return cls(hours.utc_offset_hours, hours.zone_label)

    @property
    def tz(self) -> timezone:
        return timezone(timedelta(hours=self.offset_hours))

    def show(self, at: datetime) -> str:
        """``29-11-2026 18:34 WIB`` (a naive time is taken as UTC, as the databases keep it)."""
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        return f"{at.astimezone(self.tz):%d-%m-%Y %H:%M} {self.label}"

    def clock(self, at: datetime) -> str:
        """``18:34 WIB``: the time of day only (the queue page's "diperbarui")."""
        return f"{at.astimezone(self.tz):%H:%M} {self.label}"

    def parse(self, typed: str) -> datetime:
        """A ``datetime-local`` field's value (``2026-12-01T09:00``) typed in this zone, as an
        aware time; ValueError for anything else (a zone typed along included)."""
        at = datetime.fromisoformat(typed)
        if at.tzinfo is not None:
            raise ValueError("a time zone in a datetime-local value")
        return at.replace(tzinfo=self.tz)


WIB = StaffZone()
"""The default staff zone (``staff_hours.utc_offset_hours: 7``)."""


def target_clock(kind: Literal["business", "calendar"], hours: StaffHours) -> TargetClock:
    """``crm.ticket_targets_clock``: ``business`` counts only the staff hours, ``calendar``
    every hour."""
    if kind == "calendar":
        return CALENDAR
    return BusinessHours(frozenset(hours.days), hours.opens, hours.closes, hours.utc_offset_hours)
