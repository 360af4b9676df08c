"""Which wave is open and which comes next, decided by dates (both backends)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from storage.repositories.waves import WaveRepository
from tests.storage.conftest import NOW, Factory


async def test_the_open_wave_and_no_invented_next_one(seeded_factory: Factory) -> None:
    waves = WaveRepository(seeded_factory)
    current = await waves.open_wave(NOW)
    assert current is not None and current.number == 72 and current.status == "open"
    assert current.closes_at.tzinfo is not None
    assert await waves.next_wave(NOW) is None
    assert await waves.open_wave(current.closes_at) is None
    assert await waves.open_wave(current.opens_at - timedelta(seconds=1)) is None


async def test_between_historic_waves(seeded_factory: Factory) -> None:
    waves = WaveRepository(seeded_factory)
    wave_10 = await waves.by_number(10)
    assert wave_10 is not None and wave_10.era == "semi_bansos"
    during = await waves.open_wave(wave_10.opens_at + timedelta(hours=1))
    assert during is not None and during.number == 10
    after = await waves.next_wave(wave_10.closes_at)
    assert after is not None and after.number == 11
    assert await waves.next_wave(datetime(2019, 1, 1, tzinfo=UTC)) == await waves.by_number(1)
    latest = await waves.latest()
    assert latest is not None and latest.number == 72
    assert await waves.by_number(999) is None
