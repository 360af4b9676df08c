"""Personal data in what the bot says back of the user's own words (a complaint's story in its
summary): a NIK or KK as ``3273********1806``, a phone number as ``0812****90`` (as the
user's own data is shown in the chat), an e-mail address as ``r***@gmail.com``, and any other
run of 10+ digits (a card or bank account number) with only its ends shown. Amounts
("Rp600.000"), dates, toll-free numbers (0800-150-3001) and ticket references stay readable."""

from __future__ import annotations

import re

from flows.formatting import mask_nik, mask_phone

_SIXTEEN_DIGITS = re.compile(r"(?<![\d*])\d{4}(?:[\s.\-]?\d{4}){3}(?![\d*])")
_PHONE = re.compile(r"(?<![\w+*])(?:\+?62[\s.\-]?|0)8[1-9][\d\s.\-]{6,12}\d(?![\d*])")
_LONG = re.compile(r"(?<![\w*/-])(?!0800)\d(?:[\s\-]?\d){9,}(?![\d*])")
_EMAIL = re.compile(r"\b([A-Za-z0-9._%+-])[A-Za-z0-9._%+-]*@([A-Za-z0-9.-]+\.[A-Za-z]{2,})\b")


def mask_emails(text: str) -> str:
    """Every e-mail address in ``text`` as ``r***@gmail.com``."""
    return _EMAIL.sub(lambda found: f"{found.group(1)}***@{found.group(2)}", text)


def mask_contacts(text: str) -> str:
    """``text`` with NIK/KK numbers, Indonesian phone numbers and e-mail addresses masked: the
    one rule for what is echoed, shown to staff and written to logs."""
    text = _SIXTEEN_DIGITS.sub(lambda found: mask_nik(found.group(0)), text)
    text = _PHONE.sub(lambda found: mask_phone(found.group(0)), text)
    return mask_emails(text)


def masked_echo(text: str) -> str:
    """``text`` with NIK/KK numbers, phone numbers, e-mail addresses and other long numbers
    masked, for repeating it to the user."""
    return _LONG.sub(lambda found: mask_nik(found.group(0)), mask_contacts(text))


__all__ = ["mask_contacts", "mask_emails", "masked_echo"]
