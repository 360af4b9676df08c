"""Waits a form's question may get besides a leading "bentar" (``flows.runtime.controls.
holds_on``): one said last, after why ("eh aku lupa emailnya, bentar aku cari dulu" at the
ticket reply's question: before, those words were sent to staff as the data); and a "bentar"
followed by another request ("bentar, aku mau lapor dulu akun aku diblokir" in the eligibility
check: before, "aku tunggu" and the request lost), which is no wait."""

from __future__ import annotations

import re

_HOLD_ON_LAST = re.compile(
    r"[,.!]\s*(?:(?:eh|oke|ok|ya|iya) )?(?:bentar|sebentar|bntr|bntar|tunggu(?: bentar)?)"
    r"(?: ya| yah| dulu| kak| min)?,?\s+(?:aku|saya|sy|gw|aq)\s+(?:cari|nyari|cek|lihat|liat|"
    r"ambil|inget|ingat)\w*(?:\s+\w+){0,2}[\s.!]*$"
)
"""A wait said last, after why ("eh aku lupa emailnya, bentar aku cari dulu")."""
_WANTS_ELSE = re.compile(
    r"\b(?:mau|ingin|pengen|pgn|pingin|want to|i'?d like to)\s+(?:\w+\s+)?(?:lapor\w*|ngadu|"
    r"adu\w*|komplain\w*|bikin pengaduan|buat pengaduan|tanya\w*|nanya)\b"
)
"""Another request after the wait ("bentar, aku mau lapor dulu akun aku diblokir"): that."""


def said_last(words: str) -> bool:
    """``words`` (lowercase) end with a wait while something is looked up."""
    return bool(_HOLD_ON_LAST.search(words))


def wants_else(words: str) -> bool:
    """``words`` (lowercase) ask for something else after the wait."""
    return bool(_WANTS_ELSE.search(words))


__all__ = ["said_last", "wants_else"]
