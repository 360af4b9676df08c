"""Between the end of one's studies and graduation ("kalo udh sidang tapi blm wisuda?", "nunggu
wisuda boleh daftar?", "finished my thesis defence, graduation is next month"): the ceremony
decides nothing; the status in PDDikti (Dapodik for schools) does, a student being one listed
there as active (DOMAIN.md: a graduate still listed must ask the institution to update it).
Answered at any question of the check (``flows.eligibility_answers``, no miss) and outside it
(``flows.eligibility_notes``), like a question about a graduate still listed
(``flows.eligibility_facts.asks_listed``)."""

from __future__ import annotations

import re

from flows.eligibility_facts import asks_listed

_DONE = (
    r"(?:udah|udh|sudah|sdh|dah|abis|habis|selesai|beres|kelar|lulus|lolos|after|finished|"
    r"passed|done with|completed)"
)
_STAGE = r"(?:sidang\w*|skripsi\w*|yudisium|tesis|ujian akhir|ujian skripsi|thesis|defen[cs]e)"
_CEREMONY = r"(?:wisuda\w*|yudisium|graduation(?: ceremony)?)"
_WAITING = r"(?:nunggu|menunggu|tunggu|tinggal|waiting for)"
_GRADUATING = re.compile(
    rf"\b{_DONE}\s+(?:\w+\s+){{0,2}}?{_STAGE}\b|\b{_STAGE}\s+(?:\w+\s+)?{_DONE}\b"
    rf"|\b(?:belum|blm|blom|not yet|before|{_WAITING})\s+(?:\w+\s+)?{_CEREMONY}\b"
    rf"|\b{_CEREMONY}\s+(?:\w+\s+)?(?:belum|blm|blom|next|bulan depan)\b"
    rf"|\b{_WAITING}\s+(?:\w+\s+)?(?:ijazah|ijasah)\b"
)
"""Not "blm punya ijazah": one who never finished school is no graduate waiting."""


def graduating(lowered: str) -> bool:
    """The message names the time between the last exam and graduation ("udh sidang tapi blm
    wisuda", "tinggal nunggu ijazah"; not "udah wisuda", "lulusan smk")."""
    return bool(_GRADUATING.search(lowered))


def asked_key(lowered: str) -> str | None:
    """The answer (``invalid.*``) to a question about the student rule's edge: graduating, or
    graduated and still listed as a student; None for any other message."""
    if graduating(lowered):
        return "graduating_asked"
    return "listed_asked" if asks_listed(lowered) else None


__all__ = ["asked_key", "graduating"]
