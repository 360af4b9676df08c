"""One wording for a participant's own purchase deadline: its date and the time the record
holds, in WIB ("10 Desember 2026 pukul 23.59 WIB", "10 December 2026, 23:59 WIB"), said as "paling
lambat" / "by" in every answer, so "sebelum 10 Desember" never reads as "the 10th is too late"."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from flows.formatting import long_date

WIB = timezone(timedelta(hours=7))


def in_wib(value: datetime) -> datetime:
    """``value`` (rows hold UTC; a naive one is UTC) on the programme's clock."""
    return (value if value.tzinfo is not None else value.replace(tzinfo=UTC)).astimezone(WIB)


def clock(value: datetime, language: str) -> str:
    """ "23.59 WIB" (Indonesian) or "23:59 WIB" (English)."""
    at = in_wib(value)
    sep = ":" if language == "en" else "."
    return f"{at.hour:02d}{sep}{at.minute:02d} WIB"


def deadline_at(value: datetime | None, language: str) -> str:
    """ "10 Desember 2026 pukul 23.59 WIB"; "-" when the record holds none."""
    if value is None:
        return "-"
    day = long_date(value, language)
    joiner = ", " if language == "en" else " pukul "
    return f"{day}{joiner}{clock(value, language)}"


__all__ = ["WIB", "clock", "deadline_at", "in_wib"]
