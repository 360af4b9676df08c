"""The time a turn happens at: its message's time (``Inbound.timestamp``), which flows see as
``Message.at`` and compare with ``Session.last_activity``.

That is Telegram's and WhatsApp's send time, and the server's arrival time for the web chat
(its API takes no time from the client) and the console. Taking it, not the moment the turn is
processed, keeps "the last turn was a moment ago" true however late a webhook arrives. A time
no platform would send falls back to the engine's clock: older than a platform keeps an update
(Telegram: 24 hours), a missing WhatsApp timestamp read as 1970, or ahead of the clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

Clock = Callable[[], datetime]
"""The engine's "now" (aware): the wall clock, or a conversation test's time."""

MAX_LAG = timedelta(days=1)
MAX_AHEAD = timedelta(minutes=5)


def wall_clock() -> datetime:
    return datetime.now(UTC)


def turn_time(sent: datetime, now: datetime) -> datetime:
    """``sent`` (the message's time) when plausible at ``now``, else ``now``."""
    if sent.tzinfo is None:
        sent = sent.replace(tzinfo=UTC)
    return sent if now - MAX_LAG <= sent <= now + MAX_AHEAD else now
