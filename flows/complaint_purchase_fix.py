"""A purchase complaint about a purchase that does not show ("udh bayar pelatihan di
tokopedia, saldo kepotong tapi kode voucher ga muncul"): its fix is where a paid training
shows and what to check (``complaints.fixes.purchase_not_shown``), not the redeem code's
time window (before, that was shown, which does not apply)."""

from __future__ import annotations

import re

_NOT_SHOWN = re.compile(
    r"\b(?:ga|gak|gk|nggak|ngga|engga|enggak|tidak|tdk|belum|blm|ndak)\s+"
    r"(?:ada\s+|juga\s+)?(?:muncul|masuk|keluar|ada|dapet|dapat|nongol|kelihatan|keliatan|tampil)"
    r"|\b(?:not|never)\s+(?:show\w*|appear\w*|receiv\w*|arriv\w*)|\bmissing\b"
)
_PAID = re.compile(
    r"\b(?:bayar|dibayar|beli|dibeli|membeli|kepotong|terpotong|dipotong|berkurang|"
    r"checkout|paid|bought|deducted)\b"
)
_REDEEM_FAILS = re.compile(
    r"\b(?:invalid|tidak valid|ga valid|gak valid|error|expired|kadaluarsa|kedaluwarsa|"
    r"ditolak|ga bisa dipake|gak bisa dipake|tidak bisa digunakan|salah)\b"
)
"""A redeem code that does not work: the window's fix applies."""


def purchase_not_shown(told: str) -> bool:
    """The story says something paid for does not show, and no code that fails."""
    lowered = " ".join(told.lower().split())
    shown = _NOT_SHOWN.search(lowered) and _PAID.search(lowered)
    return bool(shown) and not _REDEEM_FAILS.search(lowered)


__all__ = ["purchase_not_shown"]
