"""Amounts and dates the way participants read them: Rp3.500.000, 17 Agustus 2026."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date
from babel.numbers import format_decimal


def money(amount: int) -> str:
    return f"Rp{format_decimal(amount, locale='id')}"


def long_date(value: date | datetime, language: str) -> str:
    return format_date(value, "d MMMM y", locale="en" if language == "en" else "id")
