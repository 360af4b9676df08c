"""A damaged e-KTP behind a photo refused ("ktp aku udah retak dan burem, foto ktpnya ditolak
terus", "ktp ku patah, gagal verifikasi"): the card itself is the problem, so replacing it at
Disdukcapil comes first (as for a lost e-KTP, ``registration_help.lacking.ktp``), then the photo
tips once more and a complaint. Before, the complaint flow's general photo tips. The advice to
replace a damaged card is a judgement call (DOMAIN.md names only a lost or unfinished one)."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_KTP = r"(?:e-?ktp|ktp|kartu identitas|id card)"
_DAMAGE = (
    r"(?:retak\w*|patah\w*|pecah\w*|rusak\w*|sobek\w*|robek\w*|bengkok\w*|terkelupas|mengelupas|"
    r"ngelupas|luntur|pudar|memudar|cracked|broken|damaged|faded|bent)"
)
_DAMAGED = re.compile(
    rf"\b{_KTP}\w*\b(?:\s+\w+){{0,4}}?\s+(?:udah\s+|udh\s+|sudah\s+|sdh\s+|agak\s+)?{_DAMAGE}\b"
    rf"|\b{_DAMAGE}\s+(?:\w+\s+)?{_KTP}\b"
)
"""The e-KTP card damaged ("ktp aku udah retak", "ktp rusak", "my ID card is cracked")."""
_ABOUT_PHOTO = re.compile(
    r"\b(?:foto\w*|fto|poto\w*|photo\w*|upload\w*|unggah\w*|verifikasi\w*|verif|scan\w*|"
    r"ditolak|gagal\w*|rejected|failed|error|eror)\b"
)
"""The photo or its check named: registering with it, not the card alone."""


def damaged(text: str) -> bool:
    """Whether the message says the e-KTP is damaged and its photo or check fails."""
    lowered = " ".join(text.lower().split())
    return bool(_DAMAGED.search(lowered) and _ABOUT_PHOTO.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Replace the card, the photo tips, a complaint; else None."""
    if turn.message.payload is not None or not damaged(turn.message.text or ""):
        return None
    report = file_complaint(turn, fix_shown="ktp_face")  # the tips are in this answer
    return [turn.reply("signup_help.ktp_damaged", report, turn.menu_button())]


__all__ = ["answer", "damaged"]
