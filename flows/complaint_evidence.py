"""The evidence in a fraud report: the phone and account numbers the participant typed about
the scammer ("nomornya 08123456789", "suruh transfer ke rek 1234567890"). The story itself is
stored masked like every complaint's, so staff would lose them: a fraud ticket gets one more
line, ``EVIDENCE``, with those numbers whole, and the staff console shows that line's numbers
(``shown_to_staff``) while it masks every other long number. NIK/KK numbers (16 digits) and
e-mail addresses stay masked even there, and so does the participant's own phone (it matches
the masked phone on their record)."""

from __future__ import annotations

import re

from flows.echo_masking import mask_emails
from flows.formatting import mask_nik, mask_phone
from flows.safety import strip_secrets

EVIDENCE = "Nomor yang dilaporkan (tidak disamarkan)"
"""The label of the evidence line in a fraud ticket (staff read it; Indonesian)."""
CATEGORY = "fraud"
_NUMBER = re.compile(r"(?<![\w*+])\+?\d(?:[\s.\-]?\d){8,15}(?![\w*])")
MIN_DIGITS, MAX_DIGITS = 9, 15
"""A phone number (08..., 62...) or a bank/e-wallet account number; 16 digits is a NIK/KK."""
_TOLL_FREE = ("0800", "0804", "1500")
_SIXTEEN = re.compile(r"(?<!\d)\d(?:[\s.\-]?\d){15}(?!\d)")


def numbers_in(story: str, own_phone: str = "") -> list[str]:
    """The phone and account numbers in ``story``, digits only, but the participant's own
    phone (``own_phone``: masked as ``0812****90``) and toll-free numbers."""
    found: list[str] = []
    for match in _NUMBER.finditer(strip_secrets(story)):
        digits = re.sub(r"\D", "", match.group(0))
        if not MIN_DIGITS <= len(digits) <= MAX_DIGITS or digits.startswith(_TOLL_FREE):
            continue
        if own_phone and mask_phone(digits) == own_phone:
            continue
        if digits not in found:
            found.append(digits)
    return found


def evidence_detail(category: str, story: str, own_phone: str = "") -> tuple[str, str] | None:
    """(label, numbers) for a fraud ticket's details, or None."""
    numbers = numbers_in(story, own_phone) if category == CATEGORY else []
    return (EVIDENCE, ", ".join(numbers)) if numbers else None


def is_evidence(line: str) -> bool:
    return line.startswith(f"{EVIDENCE}:")


def shown_to_staff(line: str) -> str:
    """The evidence line as the console shows it: its numbers whole, a NIK/KK, an e-mail
    address or a secret typed there still masked."""
    return mask_emails(_SIXTEEN.sub(lambda found: mask_nik(found.group(0)), strip_secrets(line)))


__all__ = ["EVIDENCE", "evidence_detail", "is_evidence", "numbers_in", "shown_to_staff"]
