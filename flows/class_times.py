"""Clock times said about a live class and the redeem code's window around its start: "kelasnya
jam 9, aku masukin jam 7", "the class starts at 7pm", "jam 5 sore", "19.00 wib". A time is the
class's start or the moment the code is entered, by the words just before it; a time said
without a part of the day ("jam 7") is read as the nearer of 7 and 19 to the other time."""

from __future__ import annotations

import re
from dataclasses import dataclass

DAY = 24 * 60
HALF_DAY = 12 * 60

_TIME = re.compile(
    r"(?:\b(?P<lead>jam|jm|pukul|pkl|at|around|sekitar)\s+)?"
    r"(?:(?P<half>setengah|stgh)\s+)?"
    r"\b(?P<hour>\d{1,2})(?:[.:](?P<minute>\d{2}))?(?!\d|[.,]\d)(?:-?an\b)?"
    r"(?:\s*(?P<part>a\.?m\b\.?|p\.?m\b\.?|pagi|siang|sore|petang|malam|malem|mlm|subuh|"
    r"wib|wita|wit)\b)?"
)
_EVENING = ("pm", "sore", "petang", "malam", "malem", "mlm")
_MORNING = ("am", "pagi", "subuh")
_ZONES = ("wib", "wita", "wit")
_CLASS_CUE = re.compile(
    r"\b(?:kelas|class|webinar|sesi|session|zoom|live|mulai|dimulai|start\w*|begin\w*|jadwal\w*|"
    r"schedule\w*|pelatihan|training|course)\w*"
)
_ENTRY_CUE = re.compile(
    r"\b(?:masuk\w*|input\w*|pake|pakai|dipake|dipakai|make|memakai|tukar\w*|nukar\w*|redeem\w*|"
    r"use|using|enter\w*|join\w*|klik|isi|ngisi|ketik|submit|coba|nyoba|mencoba|dicoba|cobain|"
    r"try|tried|trying)\b"
)


@dataclass(frozen=True, slots=True)
class ClockTime:
    """Minutes after midnight; ``loose``: said without a part of the day ("jam 7")."""

    minutes: int
    loose: bool

    def near(self, other: ClockTime) -> ClockTime:
        """This time, or twelve hours later, whichever is nearer ``other`` (for a loose one);
        read against a time with its part of the day, it has one too."""
        if not self.loose:
            return self
        both = (self.minutes, (self.minutes + HALF_DAY) % DAY)
        nearest = min(both, key=lambda minutes: abs(offset(minutes, other.minutes)))
        return ClockTime(nearest, other.loose)


@dataclass(frozen=True, slots=True)
class Said:
    """The class's start and the moment the code is entered, as far as the message says;
    ``cued``: both told apart by the words before them."""

    start: ClockTime | None = None
    entry: ClockTime | None = None
    cued: bool = False


def said(text: str, known_start: ClockTime | None = None) -> Said | None:
    """The times in ``text`` by role; None when it says no time. ``known_start``: the class's
    start said just before, so a lone time is when the code is entered."""
    lowered = text.lower()
    start: ClockTime | None = None
    entry: ClockTime | None = None
    loose: list[ClockTime] = []
    before = 0
    for found in _TIME.finditer(lowered):
        time = _clock(found)
        if time is None:
            continue
        role = _role(lowered[before : found.start()])
        before = found.end()
        if role == "start" and start is None:
            start = time
        elif role == "entry" and entry is None:
            entry = time
        else:
            loose.append(time)
    cued = start is not None and entry is not None
    for time in loose:  # no cue: the class first, unless its start is known
        if start is None and known_start is None:
            start = time
        elif entry is None:
            entry = time
    if start is None and entry is None:
        return None
    return Said(start, entry, cued)


def offset(at: int, start: int) -> int:
    """Minutes from ``start`` to ``at`` on a clock, between -12 and +12 hours."""
    return (at - start + HALF_DAY) % DAY - HALF_DAY


def shown(time: ClockTime, language: str) -> str:
    """ "19.00" / "7 pm"; a loose time as said, without a part of the day: "7.00" / "7:00"."""
    hour, minute = divmod(time.minutes % DAY, 60)
    if time.loose:
        twelve = (hour - 1) % 12 + 1
        return f"{twelve}:{minute:02d}" if language == "en" else f"{twelve}.{minute:02d}"
    if language != "en":
        return f"{hour:02d}.{minute:02d}"
    twelve, half = (hour - 1) % 12 + 1, "am" if hour < 12 else "pm"
    return f"{twelve} {half}" if minute == 0 else f"{twelve}:{minute:02d} {half}"


def moved(time: ClockTime, minutes: int) -> ClockTime:
    return ClockTime((time.minutes + minutes) % DAY, time.loose)


def _clock(found: re.Match[str]) -> ClockTime | None:
    part = (found.group("part") or "").replace(".", "")
    has_minute = found.group("minute") is not None
    if not (found.group("lead") or has_minute or part):
        return None  # a bare number ("gelombang 19") is no time
    hour, minute = int(found.group("hour")), int(found.group("minute") or 0)
    if found.group("half"):  # "setengah 8": half past seven
        hour, minute = hour - 1, 30
    if not 0 <= hour <= 24 or minute > 59:
        return None
    day_part = "" if part in _ZONES else part
    if day_part in _EVENING and hour == 12:  # "12 pm" is noon, "jam 12 malam" midnight
        hour = 12 if day_part == "pm" else 0
    elif day_part in _EVENING:
        hour += 12 if 0 < hour < 12 else 0
    elif day_part == "siang":
        hour += 12 if 1 <= hour <= 5 else 0
    elif day_part in _MORNING and hour == 12:
        hour = 0
    loose = not day_part and 1 <= hour <= 12 and not (has_minute and found.group("hour")[0] == "0")
    return ClockTime(hour % 24 * 60 + minute, loose)


def _role(before: str) -> str | None:
    """Whether the words before a time name the class ("kelasnya jam 9") or entering the code
    ("aku masukin jam 7"): the cue said last wins."""
    cues = [(m.end(), "start") for m in _CLASS_CUE.finditer(before)]
    cues += [(m.end(), "entry") for m in _ENTRY_CUE.finditer(before)]
    return max(cues)[1] if cues else None


__all__ = ["ClockTime", "Said", "moved", "offset", "said", "shown"]
