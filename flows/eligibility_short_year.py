"""A year of birth in two digits at the age question ("angkatan 98", "lahir taun 95", "kelahiran
'99"): the year 19NN or 20NN, not an age of 98 (before: "Usia maksimal 64 tahun (kamu 98
tahun)" and the check ended). A bare two-digit number no working age could be ("89") may be
either: asked which, and a "tahun lahir" or "umur" next settles it."""

from __future__ import annotations

import re
from datetime import date

SHORT_YEAR = re.compile(
    r"(?:\b(?:lahir|lhr|kelahiran|angkatan|akt|born(?:\s+in)?)\s+(?:(?:tahun|thn|taun|th|in)\s+)?"
    r"|\b(?:tahun|thn|taun)\s+)'?(\d{2})\b(?!\s*(?:tahun|thn|th|taun|bulan|bln|an\b|[-/.]\d))"
    r"(?!\s*(?:jan|feb|mar|apr|mei|may|jun|jul|agu|agt|ags|aug|sep|okt|oct|nov|des|dec)\w*)"
)
"""Two digits after birth words or "tahun" ("lahir 98", "taun 95"), not an age after them
("umur 25 tahun" has no number after "tahun") nor a day of a date ("lahir 17 agustus")."""
_YEAR_WORD = re.compile(r"(?:tahun|thn|taun)\b")
_BARE = re.compile(r"^\W*(\d{2})\W*$")
LOWEST_UNLIKELY_AGE = 80
"""From here a bare two-digit number is more likely a year of birth than an age: asked."""
PENDING = "_age_or_year"
"""Slot marker: the bare number asked about (age or year of birth?)."""
_YEAR_SAID = re.compile(r"\b(?:lahir|lhr|kelahiran|tahun|thn|taun|born|year|birth)\b")
_AGE_SAID = re.compile(r"\b(?:usia|umur|umr|age|old)\b")


def full_year(digits: int, today: date) -> int:
    """19NN, or 20NN when that year has passed already ("05": 2005)."""
    return 2000 + digits if 2000 + digits <= today.year else 1900 + digits


def as_birth_year(text: str, today: date) -> str | None:
    """The message as a four-digit year of birth ("lahir 1998") when it gives one in two
    digits; else None."""
    if re.search(r"\b(?:19|20)\d{2}\b", text):
        return None
    found = list(SHORT_YEAR.finditer(text.lower()))
    born = [match for match in found if not _YEAR_WORD.match(match.group(0))]
    if not born and len(found) != 1:
        return None  # "kerja dari tahun 15, umur ..": no year of birth said
    return f"lahir {full_year(int((born or found)[0].group(1)), today)}"


def ambiguous(text: str, max_age: int) -> int | None:
    """A bare two-digit number above the age limit no working age is likely to be ("89"):
    the number (age or year of birth is asked); else None."""
    found = _BARE.match(text)
    if found is None:
        return None
    number = int(found.group(1))
    return number if number > max_age and number >= LOWEST_UNLIKELY_AGE else None


def settled(text: str, pending: int, today: date) -> str | int | None:
    """The reply to "age or year of birth?": the year as "lahir 19NN" text, the age as its
    number, or None when neither is said (no other number given)."""
    lowered = text.lower()
    if re.search(r"\d", lowered):
        return None
    if _YEAR_SAID.search(lowered):
        return f"lahir {full_year(pending, today)}"
    return pending if _AGE_SAID.search(lowered) else None


__all__ = ["PENDING", "SHORT_YEAR", "ambiguous", "as_birth_year", "full_year", "settled"]
