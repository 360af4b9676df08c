"""Masking of personal data (NIK, KK, phone, email) in anything written to logs."""

from __future__ import annotations

import re

_SIXTEEN_DIGITS = re.compile(r"(?<!\d)(\d{4})[\s.-]?(\d{4})[\s.-]?(\d{4})[\s.-]?(\d{4})(?!\d)")
_PHONE = re.compile(r"(?<![\w+])(?:\+?62[\s-]?|0)8[\d\s-]{7,13}\d(?!\d)")
_EMAIL = re.compile(r"\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b")


def mask_nik(value: str) -> str:
    """``3273012345670003`` -> ``3273********0003`` (also for KK numbers)."""
    digits = re.sub(r"\D", "", value)
    if len(digits) != 16:
        return "*" * len(digits)
    return f"{digits[:4]}{'*' * 8}{digits[-4:]}"


def _mask_phone(match: re.Match[str]) -> str:
    digits = re.sub(r"\D", "", match.group(0))
    return f"{digits[:4]}{'*' * max(len(digits) - 6, 3)}{digits[-2:]}"


def mask_pii(text: str) -> str:
    """Mask every NIK/KK-like number, Indonesian phone number and email address in ``text``."""
    if not text:
        return text
    text = _SIXTEEN_DIGITS.sub(lambda m: mask_nik(m.group(0)), text)
    text = _PHONE.sub(_mask_phone, text)
    return _EMAIL.sub(lambda m: f"{m.group(1)}***@{m.group(2)}", text)
