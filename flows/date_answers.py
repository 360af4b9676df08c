"""Dates and ages as users type them: "5 mei 2001", "05-05-2001", "05052001", "tgl 5 bulan 5
thn 2001", "May 5th, 2001", ISO ``2001-05-05``; "20 tahun" or a date of birth for an age."""

from __future__ import annotations

import re
from datetime import date

from flows.result import Invalid, Result, Valid

MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "pebruari": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip
_WORD_DATE = re.compile(
    r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s*(?:of\s+)?([A-Za-z]{3,9})\.?,?\s*(\d{2,4})(?!\d)"
)
_MONTH_FIRST = re.compile(r"\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")
"""English order: "May 5th, 2001"."""
_SPELLED_PARTS = re.compile(
    r"(?<!\d)(\d{1,2})\s*(?:bulan|bln)\s*(\d{1,2})\s*(?:tahun|thn|th)?\s*(\d{4})(?!\d)"
)
"""Numbered parts: "tgl 5 bulan 5 thn 2001"."""
_COMPACT_DATE = re.compile(r"(?<!\d)(\d{2})(\d{2})((?:19|20)\d{2})(?!\d)")
"""Eight digits, day first: "05052001"."""
_NUMERIC_DATE = re.compile(r"(?<!\d)(\d{1,2})[/\-.](\d{1,2})[/\-.](\d{2,4})(?!\d)")
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
_AGE = re.compile(r"(?<!\d)(\d{1,3})(?:\s*(?:th|thn|tahun|tahunan|years?|y\.?o\.?))?(?!\d)")


def _year(raw: str) -> int:
    year = int(raw)
    if len(raw) == 2:
        year += 2000 if year <= date.today().year % 100 else 1900
    return year


def _words_date(lowered: str) -> tuple[int, int, int] | None:
    """A month named: "5 mei 2001", "5th of May 2001", "May 5th, 2001"."""
    for match in _WORD_DATE.finditer(lowered):
        month = MONTHS.get(match.group(2))
        if month is not None:
            return (int(match.group(1)), month, _year(match.group(3)))
    for match in _MONTH_FIRST.finditer(lowered):
        month = MONTHS.get(match.group(1))
        if month is not None:
            return (int(match.group(2)), month, int(match.group(3)))
    return None


def parse_date(text: str) -> date | Invalid | None:
    """A date in day-month-year order (``5 mei 2001``, ``05-05-2001``) or ISO ``2001-05-05``."""
    lowered = text.lower()
    parts: tuple[int, int, int] | None = None
    if match := _ISO_DATE.search(lowered):
        parts = (int(match.group(3)), int(match.group(2)), int(match.group(1)))
    elif match := _NUMERIC_DATE.search(lowered):
        parts = (int(match.group(1)), int(match.group(2)), _year(match.group(3)))
    elif match := _SPELLED_PARTS.search(lowered):
        parts = (int(match.group(1)), int(match.group(2)), int(match.group(3)))
    else:
        parts = _words_date(lowered)
    if parts is None and (match := _COMPACT_DATE.search(lowered)):
        parts = (int(match.group(1)), int(match.group(2)), int(match.group(3)))
    if parts is None:
        return None
    try:
        return date(parts[2], parts[1], parts[0])
    except ValueError:
        return Invalid("date_impossible")


def birth_date(text: str) -> Result:
    parsed = parse_date(text)
    if parsed is None or isinstance(parsed, Invalid):
        return parsed
    if parsed >= date.today() or parsed.year < 1900:
        return Invalid("date_impossible")
    return Valid(parsed)


_SHORT_COMPACT = re.compile(r"^\s*(\d{2})(\d{2})(\d{2})\s*$")
"""Six digits alone, day first: "170801" (as the NIK's 7th to 12th digits, for a man)."""


def short_birth_date(text: str) -> Result:
    """Six digits alone read as DDMMYY ("170801" -> 17 August 2001), a possible birth date
    only; anything else is None (not every six digits are a date: an OTP, a code)."""
    match = _SHORT_COMPACT.match(text)
    if match is None:
        return None
    day, month, year = int(match.group(1)), int(match.group(2)), _year(match.group(3))
    try:
        born = date(year, month, day)
    except ValueError:
        return None
    return Valid(born) if born < date.today() else None


def age_from(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def age(text: str) -> Result:
    """An age in years, or a date of birth (converted to an age today). An impossible date
    ("lahir 30 februari 2000") is said to be one, not read as the age its day gives (30)."""
    born = birth_date(text)
    if isinstance(born, Valid):
        return Valid(age_from(born.value, date.today()))
    if isinstance(born, Invalid):
        return born
    match = _AGE.search(text)
    if match is None:
        return None
    years = int(match.group(1))
    if not 5 <= years <= 120:
        return Invalid("age", {"age": years})
    return Valid(years)
