"""What the assistant says about registration waves: the one open now or the next one, and a
wave asked for by number ("gelombang 73 kapan dibuka?", "pengumuman gelombang 71 kapan?").
Dates come from the database, never from the assistant."""

from __future__ import annotations

from datetime import datetime

from flows.formatting import count, long_date
from flows.queries import WaveByNumber, WaveQuery
from flows.responses import text
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import WaveView


def named_wave(turn: FlowTurn) -> int | None:
    """The wave number the message names ("gelombang 73", "gel. 12"), if any."""
    found = turn.message.entity("wave")
    return int(found) if isinstance(found, int) and found > 0 else None


def waves_text(language: str) -> Ask[str]:
    open_wave, next_wave = yield WaveQuery()
    if open_wave is not None:
        return _open(open_wave, language)
    if next_wave is not None:
        opens = long_date(next_wave.opens_at, language)
        return text(language, "topic.waves_next", number=next_wave.number, opens=opens)
    return text(language, "topic.waves_none")


def wave_text(number: int, language: str, now: datetime) -> Ask[str]:
    """Where wave ``number`` stands at ``now``; an unknown one adds what is open or next."""
    wave: WaveView | None = yield WaveByNumber(number)
    if wave is None:
        current = yield from waves_text(language)
        return text(language, "waves.unknown", number=number) + "\n" + current
    if now < wave.opens_at:
        opens, closes = long_date(wave.opens_at, language), long_date(wave.closes_at, language)
        return text(language, "waves.scheduled", number=number, opens=opens, closes=closes)
    if now < wave.closes_at:
        return _open(wave, language)
    closes = long_date(wave.closes_at, language)
    if wave.announced_at is None or now < wave.announced_at:
        return text(language, "waves.closed", number=number, closes=closes)
    announced = long_date(wave.announced_at, language)
    return text(language, "waves.announced", number=number, announced=announced)


def _open(wave: WaveView, language: str) -> str:
    return text(
        language,
        "topic.waves_open",
        number=wave.number,
        closes=long_date(wave.closes_at, language),
        quota=count(wave.quota, language),
    )
