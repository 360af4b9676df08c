"""A code of another length reported at our SMS code question ("kok otp nya 6 angka, aku dapet
4", "kodenya cuma 4 digit"): our codes always have ``otp.length`` digits (config.yml, the length
``bot.otp.issue`` draws), so a code of another length is not ours; maybe another app's or
service's, never to be shared (DOMAIN.md "Never ask for": a real agent never asks for codes).
Before, "I didn't get that" and the question again."""

from __future__ import annotations

import re

_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8,
    "sembilan": 9, "sepuluh": 10, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_COUNT = re.compile(r"(?<![\w-])(\d{1,2}(?![\d-])|(?:" + "|".join(_WORDS) + r")\b)")
"""A small count ("4", "empat"); not a code (three digits or more), not part of "0812-..."."""
_DIGITS_WORD = re.compile(r"\b(?:angka|digit\w*|karakter|characters?)\b")
_CODE = re.compile(r"\b(?:otp|kode\w*|code|sms)\b")
_GOT = re.compile(
    r"\b(?:dapet|dapat|dpt|terima|nerima|diterima|masuk|cuma|cuman|hanya|got|get|received"
    r"|only|isinya|ada)\b"
)
MAX_WORDS = 16
"""A remark about the code is short; a longer message is something else."""


def other_length(text: str | None, length: int) -> int | None:
    """The length of a code the user got that is not ``length`` digits, if the message says
    so; else None."""
    lowered = " ".join((text or "").lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS or re.search(r"\d{3,}", lowered):
        return None  # a code (or a number) typed is an answer, not a remark
    if not _DIGITS_WORD.search(lowered) or not (_CODE.search(lowered) or _GOT.search(lowered)):
        return None
    counts = [_count(found) for found in _COUNT.findall(lowered)]
    others = [count for count in counts if 0 < count != length and count <= 10]
    return others[-1] if others else None


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _WORDS[word]


__all__ = ["other_length"]
