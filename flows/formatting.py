"""Amounts and dates the way participants read them: Rp3.500.000, 17 Agustus 2026."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache

from babel.dates import format_date
from babel.numbers import format_decimal


@lru_cache(maxsize=4096)  # prices and balances repeat; Babel formats slowly
def money(amount: int) -> str:
    return f"Rp{format_decimal(amount, locale='id')}"


def count(value: int, language: str) -> str:
    """``307000`` -> "307.000" in Indonesian, "307,000" in English."""
    return format_decimal(value, locale="en" if language == "en" else "id")


WIB = timezone(timedelta(hours=7))
"""The programme's clock: its dates and deadlines are announced in Jakarta time."""


def long_date(value: date | datetime, language: str) -> str:
    """"1 Desember 2026". An instant (rows hold UTC; a naive one is UTC) is dated in WIB: a
    deadline at 02:30 WIB on 1 December is stored on 30 November."""
    if isinstance(value, datetime):
        value = (value if value.tzinfo else value.replace(tzinfo=UTC)).astimezone(WIB)
    return format_date(value, "d MMMM y", locale="en" if language == "en" else "id")


def mask_nik(value: str) -> str:
    """``3273010101900003`` -> ``3273********0003``: the only way a NIK or KK is shown."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if len(digits) <= 8:
        return "*" * len(digits)
    return digits[:4] + "*" * (len(digits) - 8) + digits[-4:]


def mask_phone(value: str) -> str:
    """``+62 812-3456-7890`` -> ``0812****90``: the one way a phone number is shown (to the
    participant and in the console). An Indonesian number in its local form; at most its
    first 4 and last 2 digits, with a fixed-width middle so its length does not show."""
    digits = "".join(ch for ch in value if ch.isdigit())
    if digits.startswith("628"):
        digits = "0" + digits[2:]
    elif value.lstrip().startswith("+"):
        digits = "+" + digits  # another country's: "+447****56"
    if len(digits) < 8:
        return "****"
    return f"{digits[:4]}****{digits[-2:]}"


def looks_like_phone(value: str) -> bool:
    """``value`` (digits with spaces, dots or dashes) is an Indonesian mobile number:
    08…, 628… or +628…, 10 to 14 digits."""
    digits = "".join(ch for ch in value if ch.isdigit())
    return digits.startswith(("08", "628")) and 10 <= len(digits) <= 14
