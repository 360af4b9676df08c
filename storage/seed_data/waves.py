"""The demo waves: the announced waves of both eras at fixed (invented) dates, and one open
wave placed around ``now`` so the demo always has something current.

A function of the ``DemoGenerator``: it draws from its random stream, in the order
``storage.seed`` calls it."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from storage.models import Era, Wave, WaveStatus
from storage.seed_data.programme import (
    NORMAL_WAVES,
    OPEN_WAVE_NUMBER,
    SEMI_BANSOS_WAVES,
    WIB,
    wib_at,
)

if TYPE_CHECKING:
    from storage.seed_data.generate import DemoGenerator


def make_waves(gen: DemoGenerator) -> list[Wave]:
    """Waves 1-71 spread evenly (a few days' jitter) over each era, then the open wave 72."""
    rng = gen.rng
    waves: list[Wave] = []
    for era, numbers, first, last, quota in (
        (Era.SEMI_BANSOS, SEMI_BANSOS_WAVES, date(2020, 4, 11), date(2022, 11, 25), 800),
        (Era.NORMAL, NORMAL_WAVES, date(2023, 2, 20), date(2024, 11, 25), 400),
    ):
        step = (last - first) / (len(numbers) - 1)
        for position, number in enumerate(numbers):
            inner = 0 < position < len(numbers) - 1
            jitter = timedelta(days=rng.randint(-2, 2) if inner else 0)
            opens = first + step * position + jitter
            closes_at = wib_at(opens + timedelta(days=3), 23, 59)
            waves.append(
                Wave(
                    number=number,
                    era=era.value,
                    opens_at=wib_at(opens, 12),
                    closes_at=closes_at,
                    quota=rng.randint(40, quota) * 1_000,
                    status=WaveStatus.ANNOUNCED.value,
                    announced_at=closes_at + timedelta(days=3, hours=18),
                )
            )
    today = gen.now.astimezone(WIB).date()
    waves.append(
        Wave(
            number=OPEN_WAVE_NUMBER,
            era=Era.NORMAL.value,
            opens_at=wib_at(today - timedelta(days=1), 12),
            closes_at=wib_at(today + timedelta(days=2), 23, 59),
            quota=rng.randint(100, 400) * 1_000,
            status=WaveStatus.OPEN.value,
            announced_at=None,
        )
    )
    return waves
