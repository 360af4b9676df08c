"""Durations the way each language says them: "1 jam", "1 hour", "2 hours" (Babel's plural
rules, never "hour(s)")."""

from __future__ import annotations

from babel.units import format_unit

from flows.runtime.machine import FlowTurn


def hours(count: int, language: str) -> str:
    """``1`` -> "1 jam" in Indonesian, "1 hour" in English; ``2`` -> "2 hours"."""
    return str(format_unit(count, "duration-hour", length="long", locale=_locale(language)))


def redeem_window(turn: FlowTurn) -> dict[str, object]:
    """The redeem code's window around a session's start (``{redeem_window}`` in the texts)."""
    return {"redeem_window": hours(turn.ctx.programme.redeem_window_hours, turn.lang)}


def _locale(language: str) -> str:
    return "en" if language == "en" else "id"


__all__ = ["hours", "redeem_window"]
