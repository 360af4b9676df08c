"""``date`` (ISO ``YYYY-MM-DD``; day-month-year order, month names, 2-digit years) and ``age``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from nlu.entities.base import Context
from nlu.types import Entity

MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "peb": 2, "pebruari": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "agst": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9, "spt": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nop": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_NUMERIC = re.compile(r"(?<![\d.\-/])(\d{1,2})([./\-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.\-/]?\d)")
_ISO = re.compile(r"(?<![\d.\-/])(\d{4})-(\d{1,2})-(\d{1,2})(?![\d\-])")
_NAMED = re.compile(
    rf"(?<![\w])(\d{{1,2}})\s*[\-/ ]?\s*({_MONTH})\.?\s*[\-/ ,]?\s*(\d{{4}}|'?\d{{2}})(?![\w])",
    re.IGNORECASE,
)
_ENGLISH = re.compile(rf"(?<![\w])({_MONTH})\.?\s+(\d{{1,2}}),?\s+(\d{{4}})(?![\w])", re.IGNORECASE)
_AGE_WORD = re.compile(
    r"\b(?:umur|usia|umurku|usiaku|umurnya|usianya|berumur|berusia|age|aged)\b"
    r"(?:\s*(?:saya|aku|gw|gue|sy|ku|skrg|sekarang|sudah|udah|udh|baru|tahun ini|:|=))*"
    r"\s*(\d{1,3})(?:\s*(?:tahun|thn|th|taun|tahunan|yo|y\.o\.?|years?))?",
    re.IGNORECASE,
)
_AGE_UNIT = re.compile(
    r"(?<![\w.,])(\d{1,2})\s*(?:tahun|thn|th|taun|y\.?o\.?|years? old)\b"
    r"(?!\s*(?:lalu|yang lalu|yg lalu|silam|lagi|ke ?depan|kerja|pengalaman|terakhir|sekali))",
    re.IGNORECASE,
)
_AGE_ENGLISH = re.compile(
    r"\b(?:i'?m|i am)\s+(\d{1,2})(?=\s*(?:$|[?!.,]|years?\b|y\.?o\b|and\b|dan\b|tapi\b|but\b))",
    re.IGNORECASE,
)
""""can I join if I'm 17?": a bare number after "I'm" closing a clause is an age."""
_PERSON = {"saya", "aku", "gw", "gue", "gua", "sy", "anak", "adik", "adek", "kakak", "ibu", "bapak",
           "ayah", "suami", "istri", "umur", "usia", "i", "im", "am", "masih", "baru"}  # fmt: skip


def full_year(yy: int, today: date) -> int:
    """Two-digit years: up to this year -> 20yy, else 19yy."""
    return 2000 + yy if 2000 + yy <= today.year else 1900 + yy


def _year(text: str, today: date) -> int:
    digits = text.lstrip("'")
    return int(digits) if len(digits) == 4 else full_year(int(digits), today)


def _date_entity(day: int, month: int, year: int, start: int, end: int, raw: str) -> Entity:
    try:
        return Entity("date", date(year, month, day).isoformat(), start, end, {"valid": True})
    except ValueError:
        return Entity("date", raw, start, end, {"valid": False, "reason": "date"})


class DateExtractor:
    numeric = True

    def extract(self, context: Context) -> Iterator[Entity]:
        text, today = context.text, context.today
        for m in _ISO.finditer(text):
            year, month, day = int(m.group(1)), int(m.group(2)), int(m.group(3))
            yield _date_entity(day, month, year, m.start(), m.end(), m.group(0))
        for m in _NUMERIC.finditer(text):
            day, month = int(m.group(1)), int(m.group(3))
            yield _date_entity(day, month, _year(m.group(4), today), m.start(), m.end(), m.group(0))
        for m in _NAMED.finditer(text):
            month = MONTHS[m.group(2).lower()]
            year = _year(m.group(3), today)
            yield _date_entity(int(m.group(1)), month, year, m.start(), m.end(), m.group(0))
        for m in _ENGLISH.finditer(text):
            month = MONTHS[m.group(1).lower()]
            yield _date_entity(int(m.group(2)), month, int(m.group(3)), m.start(), m.end(),
                               m.group(0))  # fmt: skip


class AgeExtractor:
    numeric = True

    def extract(self, context: Context) -> Iterator[Entity]:
        for m in _AGE_WORD.finditer(context.text):
            years = int(m.group(1))
            if 0 < years <= 120:
                yield Entity("age", years, m.start(), m.end())
        for m in _AGE_ENGLISH.finditer(context.text):
            years = int(m.group(1))
            if 5 <= years <= 100:
                yield Entity("age", years, m.start(), m.end())
        short = len(context.words) <= 3
        for m in _AGE_UNIT.finditer(context.text):
            years = int(m.group(1))
            before = set(context.words_before(m.start(), 3))
            if 5 <= years <= 100 and (short or before & _PERSON):
                yield Entity("age", years, m.start(), m.end())
