"""An applicant whose wave closed long ago, or whose wave's announcement date has passed, and
whose record still says "applied": the result should already be in the dashboard; where to
check (Riwayat Gelombang, SMS, email, spam folder), and a complaint if it is not there. Before,
57 days after the close they were told "tunggu sebentar lagi, ya"."""

from __future__ import annotations

from datetime import datetime, timedelta

from flows.complaint_topics import file_complaint
from flows.formatting import long_date
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.views import WaveView

OVERDUE_AFTER = timedelta(days=14)
"""Results come "a few days" after a wave closes (DOMAIN.md "Registration steps"); two weeks
on with no date on record, they are late, not about to come."""


def overdue(wave: WaveView | None, now: datetime) -> bool:
    """The announcement date has passed, or, with none on record, the wave closed long ago."""
    if wave is None or now < wave.closes_at:
        return False
    if wave.announced_at is not None:
        return wave.announced_at <= now
    return now - wave.closes_at >= OVERDUE_AFTER


def reply(turn: FlowTurn, wave: WaveView) -> Outbound:
    """The result should be there: how to check it, and a complaint if it is not."""
    report = file_complaint(turn, fix_shown="not_selected")
    if wave.announced_at is not None:
        announced = long_date(wave.announced_at, turn.lang)
        body = turn.say("selection.overdue_announced", number=wave.number, announced=announced)
    else:
        closes = long_date(wave.closes_at, turn.lang)
        body = turn.say("selection.overdue", number=wave.number, closes=closes)
    return Outbound(body, (report, turn.menu_button()))


__all__ = ["overdue", "reply"]
