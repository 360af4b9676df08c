"""A clock time said against the first-purchase deadline ("masih sempet ga kalo sy beli jam 8
malem", "kalo jam 21.00 masih bisa?", "can I still buy at 8pm?"), right after the deadline's
time was told: on the deadline's day, that time is before or after it. Before, "Maksud kamu
yang mana?" (probe p22b D16). Read by ``flows.purchase_deadline_time``."""

from __future__ import annotations

import re
from datetime import datetime

from flows.deadline_words import in_wib

_HOUR = re.compile(
    r"\b(?:jam|jm|pukul|pkl|at)\s*(\d{1,2})(?:[.:](\d{2}))?\s*"
    r"(pagi|siang|sore|malam|malem|mlm|am|pm)?\b"
    r"|\b(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm)\b"
)
_LATER = {"malam": 12, "malem": 12, "mlm": 12, "pm": 12, "sore": 12}


def said_minutes(text: str) -> int | None:
    """Minutes after midnight of the clock time said ("jam 8 malem" -> 1200); None: none."""
    found = _HOUR.search(text)
    if found is None:
        return None
    hour_s, minute_s, part = (found.group(1), found.group(2), found.group(3))
    if hour_s is None:
        hour_s, minute_s, part = (found.group(4), found.group(5), found.group(6))
    hour, minute = int(hour_s), int(minute_s or 0)
    if hour > 24 or minute > 59:
        return None
    if (part in _LATER and hour < 12) or (part == "siang" and hour < 5):
        hour += 12
    elif part == "am" and hour == 12:
        hour = 0
    return min(hour, 24) * 60 + minute


def shown(minutes: int, language: str) -> str:
    """ "20.00 WIB" (Indonesian) or "20:00 WIB" (English)."""
    sep = ":" if language == "en" else "."
    return f"{minutes // 60:02d}{sep}{minutes % 60:02d} WIB"


def before_deadline(minutes: int, deadline: datetime) -> bool:
    """Whether that time on the deadline's day is still inside it."""
    at = in_wib(deadline)
    return minutes <= at.hour * 60 + at.minute


__all__ = ["before_deadline", "said_minutes", "shown"]
