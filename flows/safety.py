"""Secrets users must never send (passwords, OTP codes of other services, card numbers, voucher
and redeem codes): detected so the assistant warns, and masked out of handoff summaries."""

from __future__ import annotations

import re

from flows.formatting import mask_nik

_PASSWORD = re.compile(
    r"\b(?:password|passwd|pass|kata ?sandi|sandi|pin)(?:ku|nya)?\b(?:\s*(?:ku|saya|nya|aku))?"
    r"(?:\s*(?:[:=]|\badalah\b|\bis\b|\byaitu\b)\s*\S{4,}"  # "password: ...", "sandinya adalah ..."
    r"|(?:\s+[^\W\d]+){0,2}\s+(?=\S*\d)\S{4,})",  # or a word with digits: "pin dana 123456"
    re.IGNORECASE,
)
"""A password given, not one talked about: "lupa password akun prakerja" gives none."""
_OTP = re.compile(r"\b(?:otp|kode verifikasi|kode ?sms|verification code)\b\D{0,20}\d{4,8}\b", re.I)
_CARD = re.compile(
    r"\b(?:nomor|no\.?|nmr)?\s*kartu(?: prakerja)?\b\D{0,15}"
    r"\d{4}[\s\-]?\d{4}[\s\-]?\d{4}[\s\-]?\d{4}",
    re.I,
)
_CODE = re.compile(
    r"\b(?:kode )?(?:redeem|voucher|vocer|voucer)\b\D{0,15}\b(?=[A-Z0-9]*\d)[A-Z0-9]{6,16}\b", re.I
)
_DIGITS = re.compile(r"\d[\d\s.\-]{6,}\d")

KINDS = (("password", _PASSWORD), ("otp", _OTP), ("card", _CARD), ("code", _CODE))


def secret_kind(text: str | None) -> str | None:
    """Which kind of secret ``text`` seems to contain (password, otp, card, code), if any."""
    if not text:
        return None
    for kind, pattern in KINDS:
        if pattern.search(text):
            return kind
    return None


def strip_secrets(text: str) -> str:
    """``text`` with passwords, OTP codes, card numbers and voucher/redeem codes masked
    (what the transcript keeps of a message that contained one)."""
    for _, pattern in KINDS:
        text = pattern.sub("[disembunyikan]", text)
    return text


_CODE_TYPED = re.compile(r"\b\d(?:[\s\-]?\d){3,7}\b")


def strip_codes_typed(text: str) -> str:
    """A message typed at our own code question ("168286"): its digits masked (the transcript
    must not keep a code that still works)."""
    return _CODE_TYPED.sub("[disembunyikan]", text)


def strip_issued_codes(text: str) -> str:
    """A reply with the voucher and redeem codes of a purchase: masked in the transcript
    (staff need not see them; the user has them in the chat, by email and on the dashboard)."""
    return _CODE.sub("[disembunyikan]", text)


def redact(text: str) -> str:
    """``text`` with secrets and long numbers masked (for summaries staff read)."""
    for _, pattern in KINDS:
        text = pattern.sub("[disembunyikan]", text)
    return _DIGITS.sub(lambda m: mask_nik(m.group(0)), text)
