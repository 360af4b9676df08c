"""Someone else asking for one's KTP or family-card (KK) photos ("dia minta foto ktp sama kk aja
sih" after a paid "joki" offer, "ada orang minta foto KTP katanya buat daftarin prakerja"): do
not send them. KTP photos are specific personal data (UU PDP; DOMAIN.md "Never ask for, never
store") and registration is done by oneself for free, so no one else needs them. Before (p23
probe) the follow-up got the difference between a NIK and a KK number."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 30

_ASKED = re.compile(
    r"\b(?:minta\w*|diminta|mintain|nyuruh|disuruh|suruh|nagih|asks?|asked|asking|wants?|"
    r"requested|needs?)\b"
)
_PHOTO = re.compile(
    r"\b(?:foto\w*|poto\w*|scan\w*|fotokopi|fotocopy|kirim\w*|photos?|pictures?|pics?|copy|"
    r"copies)\b"
)
_ID = re.compile(r"\b(?:e-?ktp|ktp|kk|kartu keluarga|selfie|id card|family card|identity card)\b")
_OTHER = re.compile(
    r"\b(?:dia|mereka|orangnya|orang itu|org itu|orang|org|seseorang|pihak itu|joki|calo|"
    r"agen|temen|teman|someone|he|she|they|them|the guy|that person|agent)\b"
)
_STAFF = re.compile(
    r"\b(?:petugas|staf|staff|cs|admin|tiket|ticket|pengaduan|dari prakerja|pihak prakerja)\b"
)
"""Staff asking for it on a ticket (``flows.id_photo_requested``), not a third party."""


def asked_by_other(text: str) -> bool:
    """A third party asks for KTP/KK photos ("dia minta foto ktp sama kk")."""
    if len(text.split()) > MAX_WORDS or _STAFF.search(text):
        return False
    return all(words.search(text) for words in (_ASKED, _PHOTO, _ID, _OTHER))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Outside a flow: a third party asking for KTP or KK photos: do not send them; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if not asked_by_other(text):
        return None
    report = file_complaint(turn, topic="fraud")
    return [Outbound(turn.say("newcomers.id_photos_asked"), (report, turn.menu_button()))]


__all__ = ["answer", "asked_by_other"]
