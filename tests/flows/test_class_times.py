"""Clock times said about a live class: which is the class's start, which the moment the redeem
code is entered, and how they are shown."""

from __future__ import annotations

import pytest

from flows.class_times import ClockTime, offset, said, shown


def _hours(time: ClockTime | None) -> float | None:
    return None if time is None else time.minutes / 60


@pytest.mark.parametrize(
    ("text", "start", "entry"),
    [
        ("kelas aku jam 19.00 wib", 19, None),
        ("kalo aku masukin jam 5 sore bisa?", None, 17),
        ("kelasnya jam 9, aku masukin jam 7", 9, 7),
        ("the class starts at 7pm, when can I use it?", 19, None),
        ("webinar nya jam setengah 8 malam", 19.5, None),
        ("kelas jam 1 siang", 13, None),
        ("kelasnya jam 12 malam", 0, None),
        ("class at 12 pm", 12, None),
    ],
)
def test_the_roles_of_the_times_said(text: str, start: float | None, entry: float | None) -> None:
    found = said(text)
    assert found is not None
    assert (_hours(found.start), _hours(found.entry)) == (start, entry)


@pytest.mark.parametrize(
    "text", ["gelombang 19 kapan dibuka", "saldo Rp2.500.000", "kelas ke-2", "jam berapa?"]
)
def test_a_number_that_is_no_time(text: str) -> None:
    assert said(text) is None


def test_a_lone_time_after_the_class_start_is_the_entry() -> None:
    found = said("kalo jam 18.30?", ClockTime(19 * 60, False))
    assert found is not None and found.start is None and _hours(found.entry) == 18.5


def test_a_time_without_part_of_the_day_is_read_near_the_other() -> None:
    seven = ClockTime(7 * 60, True)
    assert seven.near(ClockTime(19 * 60, False)) == ClockTime(19 * 60, False)
    assert seven.near(ClockTime(9 * 60, True)) == ClockTime(7 * 60, True)


def test_offsets_wrap_around_midnight() -> None:
    assert offset(23 * 60 + 30, 30) == -60
    assert offset(90, 23 * 60 + 30) == 120


def test_times_are_shown_the_way_each_language_writes_them() -> None:
    assert shown(ClockTime(18 * 60, False), "id") == "18.00"
    assert shown(ClockTime(18 * 60, False), "en") == "6 pm"
    assert shown(ClockTime(18 * 60 + 30, False), "en") == "6:30 pm"
    assert shown(ClockTime(8 * 60, True), "id") == "8.00"
