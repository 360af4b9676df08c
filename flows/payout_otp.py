"""A code asked about while linking the payout account: it goes by SMS to the registered phone
(DOMAIN.md), not the email login code's answer (``flows.account_help``)."""

from __future__ import annotations

import re

from flows import payout_follow_ups
from flows.runtime.machine import FlowTurn

_OTP = re.compile(r"\b(?:otp\w*|kode\w*|code|sms)\b")
_PAYOUT_WORD = re.compile(
    r"\b(?:rekening\w*|rek|bank|e-?wallet\w*|ewallet\w*|ovo|gopay|go-pay|dana|linkaja|"
    r"link aja|akun pencairan|payout)\b"
)
_NOT_PAYOUT = re.compile(r"\b(?:e-?mail|surel|login|log in|masuk akun|daftar|registrasi)\b")


def payout_otp_asked(turn: FlowTurn) -> bool:
    """A code asked about while linking the payout account ("otp nya dikirim ke mana" right
    after how to link DANA, "kode otp buat sambungin rekening ga masuk"): it goes by SMS to the
    registered phone (DOMAIN.md), not the email login code's answer (spam folder, 5 resends)."""
    lowered = " ".join((turn.message.text or "").lower().split())
    if not _OTP.search(lowered) or _NOT_PAYOUT.search(lowered):
        return False
    if _PAYOUT_WORD.search(lowered):
        return True
    return len(lowered.split()) <= 8 and payout_follow_ups.after_payout(turn)


__all__ = ["payout_otp_asked"]
