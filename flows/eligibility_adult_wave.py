"""A user too young today who turns the minimum age while a wave is still open (DOMAIN.md
"Registration steps": a wave is open a few days and closes 23:59 WIB): "lahir 3 desember 2008,
bisa daftar gelombang yg sekarang?" with wave 72 closing on 3 December. From the birthday they
may register, and if every step is done that day they can still join that wave before it
closes. Before, the verdict said only "join a wave opening after that" (p22 b29).

``look`` (in the verdict's action) asks for the open wave and keeps it in the answers;
``line`` is the verdict's line on the birthday then, in place of the general one."""

from __future__ import annotations

from datetime import UTC, date, datetime

from flows.eligibility_minor import adult_on
from flows.formatting import WIB, long_date
from flows.queries import WaveQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import WaveView

KEPT = "_adult_wave"
"""Answers' key: [wave number, ISO birthday, closing instant ISO] when the birthday falls on
or before the open wave's last day."""


def look(turn: FlowTurn, failed: list[str]) -> Ask[None]:
    """For a "too young" verdict with a birth date typed: the open wave, kept when the user
    turns the minimum age before it closes."""
    turn.slots.pop(KEPT, None)
    typed = turn.message.text if turn.message.payload is None else None
    if "too_young" not in failed or not typed:
        return None
    least = turn.ctx.programme.min_age
    on = adult_on(typed, least, turn.message.at.date())
    if on is None:
        return None
    found: tuple[WaveView | None, WaveView | None] = yield WaveQuery()
    wave = found[0]
    if wave is not None and on <= _last_day(wave.closes_at):
        turn.slots[KEPT] = [wave.number, on.isoformat(), wave.closes_at.isoformat()]
    return None


def line(turn: FlowTurn) -> str | None:
    """The birthday and the wave still open then, else None."""
    kept = turn.slots.get(KEPT)
    if not isinstance(kept, list) or len(kept) != 3:
        return None
    number, on, closes = kept
    day = long_date(date.fromisoformat(str(on)), turn.lang)
    closing = long_date(datetime.fromisoformat(str(closes)), turn.lang)
    least = turn.ctx.programme.min_age
    key = "eligibility_adult_wave.same_day"
    if date.fromisoformat(str(on)) < _last_day(datetime.fromisoformat(str(closes))):
        key = "eligibility_adult_wave.before_close"
    return turn.say(key, date=day, min_age=least, wave=number, closes=closing)


def _last_day(closes_at: datetime) -> date:
    """The wave's last day in WIB (rows hold UTC: 23:59 WIB is 16:59 UTC)."""
    moment = closes_at if closes_at.tzinfo else closes_at.replace(tzinfo=UTC)
    return moment.astimezone(WIB).date()


__all__ = ["KEPT", "line", "look"]
