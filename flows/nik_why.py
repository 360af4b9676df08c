"""Questions about giving one's NIK: why it is needed ("kenapa minta nik sih", "why do you need
my NIK?": checked against Dukcapil, one account and one benefit per person; kept encrypted,
masked, deletable: DOMAIN.md "Eligibility", "Personal data law"), whether it is safe ("aman ga
kasih nik disini") and not wanting to give it ("kalo aku ga mau kasih gmn": nobody forces it,
but no registration without it; the official site, or not registering). Before, the
selection-results text with "chat not linked", "Maksud kamu yang mana?", or "belum paham".

Outside a flow ``answer`` (via ``flows.data_safety``); at the registration's questions
``flows.registration_remarks`` reads ``asks_why`` and ``refuses``."""

from __future__ import annotations

import re

from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "nik_asked"
"""The topic ``flows.last_answer`` records after these answers ("kalo ga mau kasih?" next)."""

_NIK = r"(?:nik|ktp|e-?ktp|nomor induk kependudukan)"
_WHY = re.compile(
    rf"\b(?:kenapa|knp|napa|mengapa|ngapain|buat apa|bwt apa|untuk apa|utk apa|gunanya|why)\b"
    rf"(?:\s+\S+){{0,5}}?\s+{_NIK}\b"
    rf"|\b{_NIK}\s+(?:\S+\s+){{0,3}}?(?:buat apa|bwt apa|untuk apa|utk apa|for what|what for)\b"
    rf"|^\W*(?:(?:trs|terus|trus|lho|loh|lah|eh|tapi|tp)\s+)?kok\s+(?:minta|mnta|butuh|perlu|"
    rf"nanya\w*|tanya\w*)\s+(?:\S+\s+)?{_NIK}\b"
)
"""Why the NIK is asked: "kenapa minta nik sih", "kenapa perlu nik aku?", "nik buat apa", "kok
minta nik?" as the message's opening (not "kok nik aku ga terdaftar": a problem with it; not
"ini akun resmi? kok minta NIK": whether the chat is official comes first)."""
_SAFE = re.compile(
    r"\b(?:aman\w*|safe|secure)\b(?:\s+\S+){0,3}?\s+(?:kasih\w*|kasi|ngasih\w*|kirim\w*|ketik\w*|"
    rf"masukin|isi|give|giving|share|sharing|send|type)\s+(?:\S+\s+){{0,2}}?{_NIK}\b"
)
"""Whether giving it here is safe: "aman ga kasih nik disini", "is it safe to give you my NIK"
(how kept data is protected, "data ktp aku aman ga", stays ``kb.privacy``)."""
_REFUSE = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|gamau|ogah|enggan)\s+(?:mau\s+|mao\s+|mw\s+)?"
    r"(?:kasih\w*|kasi|ngasih\w*|kirim\w*|isi|ngisi|bagi\w*|sebut\w*|kasitau)\b|\bgamau\b"
    r"|\b(?:don'?t|do not|won'?t|rather not)\s+(?:want to\s+)?(?:give|share|provide|send)\b"
    r"|\bwithout (?:it|my nik|giving)\b|\btanpa (?:nik|kasih)\b"
)
"""Not wanting to give it: "kalo aku ga mau kasih?", "what if I don't want to give it"."""
_NAMED = re.compile(rf"\b{_NIK}\b")
_PHOTO = re.compile(r"\b(?:foto\w*|photo\w*|wajah|muka|selfie|swafoto|face|liveness)\b")
"""The e-KTP photo or the face check asked about, not the NIK itself."""


def _text(turn: FlowTurn) -> str:
    return " ".join((turn.message.text or "").lower().split())


def asks_why(text: str) -> bool:
    """Why the NIK is needed."""
    return bool(_WHY.search(text))


def asks_safe(text: str) -> bool:
    """Whether giving the NIK here is safe."""
    return bool(_SAFE.search(text))


def refuses(text: str) -> bool:
    """Not wanting to give it (the step's data is the NIK, KK or date of birth)."""
    return bool(_REFUSE.search(text))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Why the NIK is needed, whether it is safe, or not giving it after that; else None."""
    if turn.message.payload is not None:
        return None
    text = _text(turn)
    if asks_why(text) and _PHOTO.search(text):  # "kenapa harus foto KTP dan wajah?"
        key = "registration_steps.face_check"  # what the photos are for, where they stay
    elif asks_why(text):
        key = "kb.nik_why"
    elif _SAFE.search(text):
        key = "kb.nik_safe"
    elif refuses(text) and (just_said(turn) == TOPIC or _NAMED.search(text)):
        key = "kb.nik_refuse"  # "kalo aku ga mau kasih gmn" after it, "ga mau kasih nik ah"
    else:
        return None
    remember(turn, TOPIC)
    return [turn.reply(key, turn.menu_button())]


__all__ = ["TOPIC", "answer", "asks_safe", "asks_why", "refuses"]
