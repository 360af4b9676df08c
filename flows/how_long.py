"""A question of how long something takes ("kira2 brp hari beresnya?", "brp lama lagi", "how
long?"), and whether it names a subject of its own ("berapa lama insentif cair?") or is bare:
then it is about what was going on (the flow's work, a ticket just filed or added to)."""

from __future__ import annotations

import re

HOW_LONG = re.compile(
    r"\b(?:berapa|brp|brapa|kira2|kira-kira|kira kira|kurang lebih)\s+(?:lama|hari|jam|minggu|"
    r"bulan|menit)\b|\bkapan\s+(?:ya\s+|sih\s+)?(?:selesai|beres|kelar|diproses|ditanggapi|"
    r"direspon|dibalas)\w*|\blama(?:nya)?\s+(?:ga|gak|nggak|tidak|ngga)\b|"
    r"\bhow (?:long|many (?:hours|days|weeks))\b|\bwhen will (?:it|this) be (?:done|resolved)\b"
)
"""How long something takes ("kira2 brp hari beresnya?", "brp jam?", "how long?")."""
SUBJECT = re.compile(
    r"\b(?:insentif|incentive|cair\w*|dana|saldo|balance|sertifikat|certificate|pengumuman|"
    r"diumumkan|announce\w*|gelombang|wave|verifikasi|verification|otp|kode|code|email|sms|"
    r"tiket|ticket|survei|survey|rating|redeem|voucher|transfer|refund|akun|account)\w*"
)
"""A subject named: the question is about it, not about what was going on."""
BARE_MAX_WORDS = 6


def bare(lowered: str) -> bool:
    """Short, and naming no subject of its own ("brp hari beresnya?", not "berapa lama
    insentif cair?")."""
    return len(lowered.split()) <= BARE_MAX_WORDS and not SUBJECT.search(lowered)


def asks_bare(lowered: str) -> bool:
    """A bare question of how long ("brp lama lagi", "lama ga?")."""
    return bool(HOW_LONG.search(lowered)) and bare(lowered)


__all__ = ["BARE_MAX_WORDS", "HOW_LONG", "SUBJECT", "asks_bare", "bare"]
