"""How long a user says they have waited (flows/waiting.py)."""

from __future__ import annotations

from datetime import date

import pytest

from flows.waiting import waited_days

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("text", "since", "days"),
    [
        ("insentif blm cair2 udh 2 bulan", None, 60),
        ("udah seminggu lebih belum masuk", None, 7),
        ("nunggu 3 hari kok blm ada", None, 3),
        ("dua minggu ga cair", None, 14),
        ("berbulan-bulan ga cair", None, 60),
        ("it's been two weeks", None, 14),
        ("katanya cair 2 minggu lagi", None, None),  # ahead, not waited
        ("insentif blm cair", None, None),
        ("jadwalnya 10 november blm masuk", "2026-11-10", 18),
        ("jadwalnya 10 desember", "2026-12-10", None),  # a date ahead is no wait
        ("sudah 3 hari, jadwal 1 november", "2026-11-01", 27),  # the longest counts
    ],
)
def test_how_long_a_user_says_they_waited(text: str, since: str | None, days: int | None) -> None:
    assert waited_days(text, since, TODAY) == days
