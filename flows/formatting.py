"""Amounts and dates the way participants read them: Rp3.500.000, 17 Agustus 2026."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date
from babel.numbers import format_decimal


def money(amount: int) -> str:
    return f"Rp{format_decimal(amount, locale='id')}"


def count(value: int, language: str) -> str:
    """``307000`` -> "307.000" in Indonesian, "307,000" in English."""
    return format_decimal(value, locale="en" if language == "en" else "id")


def long_date(value: date | datetime, language: str) -> str:
    return format_date(value, "d MMMM y", locale="en" if language == "en" else "id")


def mask_nik(value: str) -> str:
    """``3273010101900003`` -> ``3273********0003``: the only way a NIK or KK is shown."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) <= 8:
        return "*" * len(digits)
    return digits[:4] + "*" * (len(digits) - 8) + digits[-4:]


def mask_phone(value: str) -> str:
    """``+6281234567890`` -> ``+62812*****890``."""
    if len(value) <= 7:
        return "*" * len(value)
    return value[:6] + "*" * (len(value) - 9) + value[-3:]
