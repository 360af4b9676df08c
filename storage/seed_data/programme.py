"""Programme rules the demo data follows: the two eras, their waves and money, and WIB time.

Shared by the generator modules of this package; values mirror the real Kartu Prakerja
programme (semi-bansos waves 1-47, normal waves from 48) so the demo answers look plausible.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

from storage.models import Era

__all__ = [
    "INCENTIVE_AMOUNT",
    "INCENTIVE_PAYMENTS",
    "NORMAL_WAVES",
    "OPEN_WAVE_NUMBER",
    "SEMI_BANSOS_WAVES",
    "TRAINING_BALANCE",
    "WIB",
    "wib_at",
]

WIB = timezone(timedelta(hours=7), "WIB")
TRAINING_BALANCE = {Era.SEMI_BANSOS: 1_000_000, Era.NORMAL: 3_500_000}
INCENTIVE_PAYMENTS = {Era.SEMI_BANSOS: 4, Era.NORMAL: 1}
INCENTIVE_AMOUNT = 600_000
SEMI_BANSOS_WAVES = range(1, 48)
NORMAL_WAVES = range(48, 72)
OPEN_WAVE_NUMBER = 72


def wib_at(day: date, hour: int, minute: int = 0) -> datetime:
    """The UTC instant of ``hour:minute`` WIB on ``day``: programme times are set in Jakarta
    time, rows are stored in UTC."""
    return datetime.combine(day, time(hour, minute), WIB).astimezone(UTC)
