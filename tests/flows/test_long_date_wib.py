"""Dates are said on the programme's clock (WIB): a row's UTC instant early on a WIB morning
falls on the previous UTC day, and the day said must be the WIB one (the days left are counted
in WIB too, so "1 Desember ... 2 hari lagi" and "30 November" never disagree)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from flows.formatting import long_date
from flows.purchase_deadline_mine import days_left


def test_an_instant_is_dated_in_wib() -> None:
    early_wib = datetime(2026, 11, 30, 19, 30, tzinfo=UTC)  # 1 December 02:30 WIB
    assert long_date(early_wib, "id") == "1 Desember 2026"
    assert long_date(early_wib, "en") == "1 December 2026"
    assert long_date(datetime(2026, 11, 30, 19, 30), "id") == "1 Desember 2026"  # naive: UTC
    assert long_date(datetime(2026, 11, 30, 16, 59, tzinfo=UTC), "id") == "30 November 2026"


def test_a_calendar_date_is_said_as_it_is() -> None:
    assert long_date(date(2026, 8, 17), "id") == "17 Agustus 2026"


def test_the_day_said_and_the_days_left_agree() -> None:
    deadline = datetime(2026, 11, 30, 19, 30, tzinfo=UTC)  # 1 December 02:30 WIB
    now = datetime(2026, 11, 29, 3, 0, tzinfo=UTC)  # 29 November 10:00 WIB
    assert long_date(deadline, "id").startswith("1 Desember") and days_left(deadline, now) == 2
