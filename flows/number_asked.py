"""A NIK or KK number asked about: forgotten, what it is, where it is written, how the two
differ ("aku lupa nik ku", "no kk itu yg mana ya", "kk sama nik beda ya?"), or one's own asked
for by its value in a linked chat ("nik aku berapa ya lupa": the record shows it masked)."""

from __future__ import annotations

import re

from flows.nik_slips import NOT_KNOWN
from flows.turn import Message

_NOT_KNOWN = (
    rf"{NOT_KNOWN}"
    r"(?!\s+(?:password|pasword|sandi|kata sandi|email|pin|akun|otp|kode|nomor hp|no hp))"
)  # "nik ku terdaftar tapi aku lupa password" forgot the password, not the NIK; "idk",
# "not sure", "nggak tahu", "entah" as "lupa" (``flows.nik_slips``)
_WHAT_IS = (
    r"(?:apa itu|apaan|apa sih|apa ya|itu apa|maksudnya|artinya|what is|what's|what does"
    r"|yg mana|yang mana|which one)"
)  # "no kk itu yg ada di kartu keluarga kan? yg mana ya": the 16 digits at the top
_WHERE_TO_SEE = (
    r"(?:dimana|di mana|dmn|dmana)\s+(?:\w+\s+)?"
    r"(?:liat|lihat|cari|nyari|nemu|ada|tertulis|tulis)\w*"
    r"|(?:liat|lihat|cari|nyari|nemu)\w*\s+(?:nya\s+)?(?:dimana|di mana|dmn|dmana)"
    r"|where (?:do i|can i|to) (?:find|see)"
)  # "kk itu nomor kartu keluarga ya? dimana liatnya"
_WHERE_NUMBER = re.compile(
    rf"\b(?:{_NOT_KNOWN}|{_WHAT_IS}|{_WHERE_TO_SEE})\b.{{0,30}}?\b(nik|kk|kartu keluarga)\b"
    rf"|\b(nik|kk|kartu keluarga)\b.{{0,40}}?\b(?:{_NOT_KNOWN}|{_WHAT_IS}|{_WHERE_TO_SEE})\b"
)
_OWN_NUMBER = re.compile(
    r"\b(?:nik|kk)(?:ku|\s+(?:ku|aku|saya|sy|gue|gw|gua))\b|\bmy (?:nik|kk|family card number)\b"
)
"""One's own number asked for ("nik ku apa ya", "what's my nik")."""
_FORGOT = re.compile(rf"\b{_NOT_KNOWN}")
_WHICH = re.compile(r"\b(?:berapa|brp|brapa|apa|apaan|what(?:'s)?|which)\b|\?")
"""Its value asked for ("nik aku berapa ya lupa"): in a linked chat, the record's (masked);
"aku lupa nik ku" alone is told where to find it."""
_NIK = re.compile(r"\b(?:nik|ktp)\b")
_KK = re.compile(r"\b(?:kk|kartu keluarga|family card)\b")
_DIFFERENT = re.compile(
    r"\b(?:beda\w*|perbedaan\w*|bedain|sama|samakah|sama aja|different|difference|same)\b"
)
"""Whether the NIK and the KK number differ ("kk sama nik beda ya? aku ga ngerti")."""


def forgotten_number(message: Message, *, linked: bool = False) -> str | None:
    """ "aku lupa nik ku", "ga tau nomor kk", "nik itu apa sih?", "no kk itu yg mana ya", "kk
    dimana liatnya": which number ("nik" or "kk") to say what it is and where to find it;
    "nik_kk" when asked how the two differ ("kk sama nik beda ya?"). In a ``linked`` chat,
    one's own number asked for ("nik ku apa ya", "what's my nik") is None: the record shows
    it masked (``flows.my_details``)."""
    lowered = (message.text or "").lower()
    if linked and asks_own_number(message):  # "nik aku berapa ya lupa"
        return None
    if _NIK.search(lowered) and _KK.search(lowered) and _DIFFERENT.search(lowered):
        return None if _NUMBER.search(lowered) else "nik_kk"
    found = _WHERE_NUMBER.search(lowered)
    if found is None:
        return None
    return "nik" if (found.group(1) or found.group(2)) == "nik" else "kk"


def asks_own_number(message: Message) -> bool:
    """One's own NIK or KK asked for by its value ("nik aku berapa ya lupa", "nik ku apa ya"):
    in a linked chat, the record shows it masked, not where a NIK is written."""
    lowered = (message.text or "").lower()
    asked = not _FORGOT.search(lowered) or _WHICH.search(lowered)
    return bool(_OWN_NUMBER.search(lowered) and asked)


def without_forgetting(text: str) -> str:
    """The question without its "lupa" ("nik aku berapa ya lupa" -> "nik aku berapa ya"): the
    value asked, read as such by ``flows.my_details``."""
    return " ".join(_FORGOT.sub(" ", text.lower()).split())


_NUMBER = re.compile(r"\d{6,}")


__all__ = ["asks_own_number", "forgotten_number", "without_forgetting"]
