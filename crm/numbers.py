"""Numbers as the console shows them: Indonesian formatting throughout ("100,0%", "4,5 dari
5", "0,87"), by Babel with the ``id`` locale. Exports (CSV) keep plain machine numbers."""

from __future__ import annotations

from babel.numbers import format_decimal, format_percent

__all__ = ["decimal", "percent", "rating"]

LOCALE = "id"


def percent(value: float | None) -> str:
    """``0.5`` -> ``50,0%``; None -> ``-``."""
    if value is None:
        return "-"
    return format_percent(value, "#,##0.0%", locale=LOCALE)


def decimal(value: float | None, digits: int = 1) -> str:
    """``4.5`` -> ``4,5``; None -> ``-``."""
    if value is None:
        return "-"
    pattern = "#,##0." + "0" * digits if digits else "#,##0"
    return format_decimal(value, pattern, locale=LOCALE)


def rating(value: float | None) -> str:
    """An average rating: ``4,5 dari 5``; None -> ``-``."""
    return "-" if value is None else f"{decimal(value)} dari 5"
