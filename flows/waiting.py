"""How long a user says they have been waiting: "udh 2 bulan", "seminggu lebih", "3 hari",
"berbulan-bulan", "for two weeks", or since a date ("jadwalnya 10 oktober")."""

from __future__ import annotations

import re
from datetime import date

from flows.turn import Message

_UNIT_DAYS = {
    "hari": 1, "hr": 1, "day": 1, "days": 1,
    "minggu": 7, "mg": 7, "pekan": 7, "week": 7, "weeks": 7,
    "bulan": 30, "bln": 30, "month": 30, "months": 30,
    "tahun": 365, "thn": 365, "year": 365, "years": 365,
}  # fmt: skip
_NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7,
    "delapan": 8, "sembilan": 9, "sepuluh": 10, "a": 1, "an": 1, "one": 1, "two": 2,
    "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_UNITS = "|".join(sorted(_UNIT_DAYS, key=len, reverse=True))
_LATER = r"(?!\s+(?:lagi|kemudian|later|from now))"  # "2 minggu lagi" is ahead, not waited
_COUNTED = re.compile(rf"\b(\d{{1,3}}|{'|'.join(_NUMBER_WORDS)})\s*({_UNITS})\b{_LATER}")
_ONE = re.compile(rf"\bse(hari|minggu|pekan|bulan|tahun)\b{_LATER}")  # "sebulan"
_MANY = re.compile(r"\bber(hari|minggu|bulan|tahun)(?:[\s-]*\1|2)?\b")  # "berbulan-bulan"


def waited_days(text: str, since: object, today: date) -> int | None:
    """The longest wait the message states, in days; ``since`` is a date entity (ISO) if any:
    a date in the past counts as waiting since then. None when no wait is stated."""
    lowered = text.lower()
    found = [_days(count, unit) for count, unit in _COUNTED.findall(lowered)]
    found += [_UNIT_DAYS[unit] for unit in _ONE.findall(lowered)]
    found += [2 * _UNIT_DAYS[unit] for unit in _MANY.findall(lowered)]
    if isinstance(since, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", since):
        past = (today - date.fromisoformat(since)).days
        if past > 0:
            found.append(past)
    return max(found) if found else None


def says_waited_too_long(message: Message, support_hours: int) -> bool:
    """``waited_too_long`` of a message: its text, its date entity, the day it came."""
    return waited_too_long(
        message.text or "", message.entity("date"), message.at.date(), support_hours
    )


def waited_too_long(text: str, since: object, today: date, support_hours: int) -> bool:
    """The message says the user has waited past the point where support looks into it (the
    programme's 7×24 hours after an incentive's date)."""
    waited = waited_days(text, since, today)
    return waited is not None and waited * 24 >= support_hours


def _days(count: str, unit: str) -> int:
    number = int(count) if count.isdigit() else _NUMBER_WORDS[count]
    return number * _UNIT_DAYS[unit]
