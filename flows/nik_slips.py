"""Slips at a question for the NIK, shared by the registration form and the account linking:
not knowing it ("I don't know it", "ga tau nik ku", "idk", "entah"): where to find it (e-KTP,
family card); a number too short to be a NIK ("nik ku 1234", "1234"; the entity extractor
reports only runs of 10 or more digits, and the NIK check only 6 or more): a NIK has 16
digits. The words of not knowing serve the other registration numbers too
(``flows.registration_help``)."""

from __future__ import annotations

import re

from flows.turn import Message

NIK_LENGTH = 16
MAX_WORDS = 8
NOT_KNOWN = (
    r"(?:(?:i\s+)?(?:don'?t|do not|dont)\s+know|idk|dunno|no idea|not sure|(?:i\s+)?forgot|"
    r"(?:aku\s+|saya\s+|sy\s+)?(?:ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|tdk|ndak|nda|blm|"
    r"belum)\s?(?:tau|tahu|inget|ingat|hafal|apal)|gatau|gatahu|gtau|entah|lupa)"
    r"(?!\s+(?:if|whether|why|apakah|kenapa|knp|napa|mengapa|kok)\b)"
)
"""Words of not knowing or not remembering something ("ga tau", "nggak tahu", "idk", "not
sure", "lupa"); not "ga tau kenapa nik ku ditolak", "not sure if my nik is registered" (a
question about it)."""
_NIK_WORD = re.compile(r"\b(?:nik|ktp|e-?ktp|nomor induk(?: kependudukan)?|id number)\b")
_DIGITS = re.compile(r"\d(?:[\d .-]*\d)?")
_FILLER = r"(?:\s+(?:it|that|this|one|itu|ini|nya|kak|min|ya|sih|deh|dong|juga|jg))*"
_NOT_KNOWN_BARE = re.compile(rf"^\W*(?:(?:oh|hmm|eh|sorry|maaf)\W+)?{NOT_KNOWN}{_FILLER}\W*$")
"""Not knowing it, the NIK unnamed ("I don't know it", "ga tau"): the NIK the offer or the
question asked for."""
_OTHER_SECRET = (
    r"(?!\s+(?:password|pasword|sandi|kata sandi|email|pin|akun|otp|kode|nomor hp|no hp))"
)
_NOT_KNOWN_NIK = re.compile(
    rf"\b{NOT_KNOWN}\b.{{0,20}}\b(?:nik|ktp)\b"
    rf"|\b(?:nik|ktp)\b.{{0,20}}\b{NOT_KNOWN}\b{_OTHER_SECRET}"
)
"""Not knowing the NIK, named ("I don't know my NIK", "nik nya aku lupa")."""


def wrong_length(message: Message, *, asked: bool) -> int | None:
    """How many digits a NIK given with the wrong length has ("nik ku 1234": 4); ``asked``:
    at the NIK question, where digits alone are the NIK too. None: no such NIK given."""
    text = (message.text or "").lower()
    if not text or len(text.split()) > MAX_WORDS or message.entity("nik") is not None:
        return None
    runs = [re.sub(r"\D", "", run) for run in _DIGITS.findall(text)]
    if len(runs) != 1 or len(runs[0]) == NIK_LENGTH:
        return None
    alone = not re.sub(r"[\d\s.-]", "", text)
    return len(runs[0]) if _NIK_WORD.search(text) or (asked and alone) else None


def not_known(message: Message, *, asked: bool) -> bool:
    """ "I don't know my NIK" (anywhere); "I don't know it", "ga tau" when the NIK was just
    asked for or linking just offered (``asked``)."""
    text = " ".join((message.text or "").lower().replace("’", "'").split())
    if not text or len(text.split()) > MAX_WORDS:
        return False
    return bool(_NOT_KNOWN_NIK.search(text) or (asked and _NOT_KNOWN_BARE.match(text)))


__all__ = ["MAX_WORDS", "NIK_LENGTH", "NOT_KNOWN", "not_known", "wrong_length"]
