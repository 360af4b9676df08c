"""A typed yes or no: "iya", "udah kak", "blm", "udah kak tetep ga bisa" (a negation anywhere in
a short answer), and what is neither ("ga papa" alone, a question such as "aman ga?")."""

from __future__ import annotations

import re

_YES = {
    "ya",
    "iya",
    "y",
    "yes",
    "yup",
    "ok",
    "oke",
    "okay",
    "boleh",
    "betul",
    "benar",
    "setuju",
    "lanjut",
    "sip",
    "siap",
    "bener",
    "yoi",
    "udah",
    "sudah",
    "pernah",
    "masih",
    "yaa",
}
_NO = {
    "tidak",
    "tdk",
    "gak",
    "ga",
    "nggak",
    "enggak",
    "engga",
    "ngga",
    "no",
    "nope",
    "belum",
    "blm",
    "bukan",
    "jangan",
    "tida",
    "g",
    "n",
    "gk",
    "nda",
    "ndak",
}


_NEGATIONS = _NO - {"no", "jangan", "g", "n"}
"""Negations that make a short answer a "no" wherever they stand ("udah, tetep ga bisa"); "no"
(also "nomor") and "jangan" ("ya, jangan lupa") only count first."""


def _asks(text: str, words: list[str]) -> bool:
    """A question is no answer: "data saya aman ga?", "bisa ikut gak" (a question tag)."""
    tagged = len(words) >= 3 and words[-1] in _NEGATIONS and words[0] not in _NO
    return "?" in text or tagged


_NO_PROBLEM = re.compile(
    r"\b(?:tidak|tdk|gak|ga|gk|nggak|ngga|enggak|engga|nda|ndak)\s*(?:apa[\s-]*apa|papa|masalah)\b"
)
""""ga papa", "nggak masalah" (it is fine) are no negation, and no answer on their own."""


def yes_no(text: str) -> bool | None:
    words = re.findall(r"[a-z]+", _NO_PROBLEM.sub(" ", text.lower()))
    if not words or len(words) > 6 or _asks(text, words):
        return None
    if words[0] in _NO or any(w in _NEGATIONS for w in words):
        return False
    if words[0] in _YES:
        return True
    return None
