"""Adding hours on staff hours (Monday to Friday 08:00-17:00 WIB unless said otherwise): nights
and weekends do not count, a start outside the hours counts from the next opening, a span
ending at a closing time ends there; and the cut-off that says which filing times are past
due agrees with the due times at every boundary."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta, timezone

import pytest

from storage.business_hours import CALENDAR, BusinessHours, Cutoff

WIB = timezone(timedelta(hours=7))
OFFICE = BusinessHours(frozenset(range(5)), time(8), time(17), 7)
HOUR = timedelta(hours=1)


def wib(day: int, hour: int, minute: int = 0) -> datetime:
    """A time in March 2025 (Friday the 7th, Saturday the 8th, Monday the 10th), WIB."""
    return datetime(2025, 3, day, hour, minute, tzinfo=WIB)


@pytest.mark.parametrize(
    ("start", "hours", "due"),
    [
        (wib(7, 16), 8, wib(10, 15)),  # Friday 16:00 + 8 h: the hour to 17:00, then 7 on Monday
        (wib(7, 9), 8, wib(7, 17)),  # ends exactly at closing: that closing, not Monday 08:00
        (wib(7, 17), 1, wib(10, 9)),  # filed exactly at closing: counts from Monday's opening
        (wib(10, 8), 9, wib(10, 17)),  # filed exactly at opening: one whole day
        (wib(10, 6, 30), 2, wib(10, 10)),  # filed before opening
        (wib(8, 10), 8, wib(10, 16)),  # filed on a Saturday
        (wib(9, 23, 59), 4, wib(10, 12)),  # Sunday night
        (wib(11, 16), 4, wib(12, 11)),  # across one night
        (wib(11, 20), 0.5, wib(12, 8, 30)),  # filed at night, half an hour
        (wib(7, 16, 45), 0.5, wib(10, 8, 15)),  # a quarter before the weekend, a quarter after
        (wib(7, 16), 72, wib(19, 16)),  # multi-day: 1 + 7 × 9 + 8 hours, two weekends
        (wib(7, 16), 24, wib(12, 13)),  # "24 hours": Friday 1, Monday 9, Tuesday 9, Wednesday 5
    ],
)
def test_hours_are_added_in_staff_hours_only(start: datetime, hours: float, due: datetime) -> None:
    assert OFFICE.due(start, hours * HOUR) == due


def test_the_start_may_be_given_in_any_zone_or_naive_as_utc() -> None:
    friday = wib(7, 16)
    assert OFFICE.due(friday.astimezone(UTC), 8 * HOUR) == wib(10, 15)
    naive = friday.astimezone(UTC).replace(tzinfo=None)
    assert OFFICE.due(naive, 8 * HOUR) == wib(10, 15)


def test_other_days_hours_and_zones() -> None:
    wita = timezone(timedelta(hours=8))
    saturdays = BusinessHours(frozenset({0, 1, 2, 3, 4, 5}), time(9), time(15, 30), 8)
    friday = datetime(2025, 3, 7, 15, tzinfo=wita)
    assert saturdays.due(friday, 2 * HOUR) == datetime(2025, 3, 8, 10, 30, tzinfo=wita)
    weekend = BusinessHours(frozenset({5, 6}), time(10), time(12), 7)
    assert weekend.due(wib(10, 11), 3 * HOUR) == wib(16, 11)  # Monday -> Sat 2 h, Sun 1 h
    assert weekend.due(wib(16, 11), 2 * HOUR) == wib(22, 11)  # Sunday 11:00 -> next Saturday


def test_the_longest_target_is_quick_and_exact() -> None:
    """2160 hours (``TicketTargets``' cap) are 240 working days of 9 hours: 48 weeks."""
    start = wib(10, 8)
    assert OFFICE.due(start, 2160 * HOUR) == start + timedelta(weeks=47, days=4, hours=9)


def test_the_calendar_counts_every_hour() -> None:
    assert CALENDAR.due(wib(7, 16), 8 * HOUR) == wib(8, 0)
    assert CALENDAR.late_cutoff(wib(8, 0), 8 * HOUR) == Cutoff(wib(7, 16), inclusive=False)


def test_hours_that_never_open_are_refused() -> None:
    with pytest.raises(ValueError, match="close after"):
        BusinessHours(frozenset(range(5)), time(17), time(8), 7)
    with pytest.raises(ValueError, match="weekday numbers"):
        BusinessHours(frozenset(), time(8), time(17), 7)
    with pytest.raises(ValueError, match="weekday numbers"):
        BusinessHours(frozenset({7}), time(8), time(17), 7)


def _walked(hours: BusinessHours, start: datetime, span: timedelta) -> datetime:
    """The due time found the slow way: walk the working intervals day by day."""
    zone = timezone(hours.offset)
    local = start.astimezone(zone)
    day = local.date()
    left = span
    while True:
        if day.weekday() in hours.days:
            opens = datetime.combine(day, hours.opens, zone)
            closes = datetime.combine(day, hours.closes, zone)
            begin = max(opens, local)
            if begin < closes:
                if begin + left <= closes:
                    return begin + left
                left -= closes - begin
        day += timedelta(days=1)


def _instants() -> list[datetime]:
    """Every 25 minutes over nine days from a Thursday, and each opening and closing of the
    fortnight exactly and a microsecond either side."""
    found = [wib(6, 0) + n * timedelta(minutes=25) for n in range(9 * 24 * 60 // 25)]
    for day in range(6, 20):
        for hour in (8, 17):
            edge = wib(day, hour)
            found += [edge - timedelta(microseconds=1), edge, edge + timedelta(microseconds=1)]
    return found


@pytest.mark.parametrize("hours", [0.5, 4, 9, 13.25, 24])
def test_due_times_agree_with_walking_the_hours(hours: float) -> None:
    span = hours * HOUR
    for start in _instants():
        assert OFFICE.due(start, span) == _walked(OFFICE, start, span), start


@pytest.mark.parametrize("hours", [1, 8, 9, 24])
def test_the_cut_off_covers_exactly_the_starts_past_due(hours: float) -> None:
    """For every ``now`` (within the hours, outside them, exactly at an opening or closing, or
    exactly at a due time), the tickets covered are those whose due time is before it."""
    span = hours * HOUR
    starts = _instants()[::3] + [wib(d, h) for d in range(3, 12) for h in (8, 17)]
    dues = [(start, OFFICE.due(start, span)) for start in starts]
    nows = _instants()[::7] + [due for _, due in dues[::5]]
    for now in nows:
        cutoff = OFFICE.late_cutoff(now, span)
        for start, due in dues:
            assert cutoff.covers(start) == (due < now), (now, start, due)


def test_a_target_reached_at_friday_closing_is_late_all_weekend() -> None:
    span = 8 * HOUR
    filed = wib(7, 9)  # due Friday 17:00
    assert not OFFICE.late_cutoff(wib(7, 17), span).covers(filed)  # due now: not late yet
    assert OFFICE.late_cutoff(wib(8, 10), span).covers(filed)
    assert OFFICE.late_cutoff(wib(10, 8), span).covers(filed)  # Monday's opening
    assert not OFFICE.late_cutoff(wib(8, 10), span).covers(filed + timedelta(microseconds=1))
