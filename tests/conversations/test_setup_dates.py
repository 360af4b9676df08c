"""The conversation tests' data and clock do not follow the day the tests run: the demo data is
seeded as of ``DATA_AT``, the data answers' clock stands at it, and a conversation without
``at`` happens at it. Before, a test naming the open wave's last day ("3 Desember 2026") or
buying a course failed from a few days later on."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from bot.conversation_setup import DATA_AT, moment
from bot.conversations import Prepared
from storage.db import create_engine, create_session_factory
from storage.repositories.waves import WaveRepository


async def test_the_demo_data_is_seeded_as_of_data_at(tmp_path: Path) -> None:
    ready = Prepared(tmp_path)
    await ready.prepare()
    engine = create_engine(f"sqlite+aiosqlite:///{ready.seed}")
    try:
        waves = WaveRepository(create_session_factory(engine))
        found = await waves.open_wave(DATA_AT)
    finally:
        await engine.dispose()
    assert found is not None
    assert found.closes_at.astimezone(UTC) == datetime(2026, 12, 3, 16, 59, tzinfo=UTC)


def test_a_conversation_without_at_happens_at_data_at() -> None:
    assert moment(None) == DATA_AT
    assert moment("2026-11-30T03:00:00Z") == datetime(2026, 11, 30, 3, tzinfo=UTC)
