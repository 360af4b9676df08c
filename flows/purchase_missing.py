"""A course bought that does not show ("aku beli pelatihan di tokopedia tp gak muncul"): where a
purchase shows (the Prakerja dashboard, the platform's purchase history) and what to check
first, the platform's customer service with the invoice number, the complaint one tap away.
Right after it, the platform corrected ("eh bukan tokopedia, di bukalapak") gets the same for
that platform, and "trs gmn" the next step. Before, the first got a disambiguation, the
correction "I only help with Prakerja" and "trs gmn" the generic help."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.course_platforms import named
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MISSING = "purchase_missing"
"""``last_answer`` topic: the answer on a purchase that does not show."""
PLATFORM = "purchase_missing_platform"
"""``session.profile`` key: the platform the purchase was made on, as told."""
MAX_WORDS = 20
FOLLOW_UP_WORDS = 8

_BOUGHT = re.compile(
    r"\b(?:beli|membeli|dibeli|kebeli|udah beli|udh beli|sudah beli|bought|purchased|bayar\w*"
    r"|checkout|co)\b"
    r"|\b(?:saldo\w*|balance)\b.{0,20}\b(?:kepotong|terpotong|dipotong|potong|berkurang|kurang|"
    r"kepake|terpakai|dipakai|deducted|taken|gone down|went down)\b"
)
_COURSE = re.compile(r"\b(?:pelatihan\w*|kelas\w*|kursus\w*|training\w*|course\w*|class\w*)\b")
_NOT_SHOWN = re.compile(
    r"\b(?:(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|belum|blm)\s*(?:muncul|ada|masuk|keluar|"
    r"tercatat|kelihatan|keliatan|terlihat|nongol)|hilang|ilang|not (?:showing|shown|there|"
    r"appearing)|doesn'?t (?:show|appear)|missing)\b"
)
"""Not showing: "gak muncul", "belum masuk", "ga ada di dashboard", "not showing"."""
_OTHER_TOPIC = re.compile(
    r"\b(?:sertifikat\w*|certificate\w*|insentif\w*|incentive\w*|kode|code|voucher|redeem|otp"
    r"|email|sms|notif\w*|jadwal\w*|zoom|link)\b"
)
"""What else may not show (a certificate, an incentive, a code, an email): their own answers."""
_CORRECTED = re.compile(r"\b(?:bukan|salah|eh|maksud\w*|not|sorry|sori|di|at|on|lewat|via)\b")
_NOT_THAT = re.compile(r"\b(?:bukan|not|instead of)\s+(?:di\s+|on\s+)?\S+")
"""A platform denied in a correction: not the one meant."""
_NEXT = re.compile(
    r"^(?:(?:ok|oke|terus|trus|trs|lalu|jadi|then|so)\W*\s*)*(?:gimana|gmn|gmna|bagaimana|apa|"
    r"what now|now what|what next|next)?\W*(?:dong|nih|ya|kak|min)?\W*$"
)
"""What next: "trs gmn", "terus?", "jadi gimana", "now what"."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """A purchase that does not show, a platform corrected or "trs gmn" right after; else
    None."""
    session, message = turn.session, turn.message
    text = " ".join((message.text or "").lower().split())
    if session.flow is not None or message.payload or not text:
        return None
    platform = named(_NOT_THAT.sub(" ", text))  # "eh bukan tokopedia, di bukalapak": Bukalapak
    if just_said(turn) == MISSING and len(text.split()) <= FOLLOW_UP_WORDS:
        if platform is not None and _CORRECTED.search(text):  # "eh bukan tokopedia, di bukalapak"
            return _steps(turn, platform.name, corrected=True)
        if _NEXT.match(text) and text.strip("?!. "):
            return _next(turn)
    if len(text.split()) > MAX_WORDS or _OTHER_TOPIC.search(text):
        return None
    if not (_BOUGHT.search(text) and _NOT_SHOWN.search(text)):
        return None
    if not (_COURSE.search(text) or platform is not None):
        return None
    return _steps(turn, platform.name if platform is not None else None)


def platform_told(turn: FlowTurn) -> list[Outbound] | None:
    """ "belinya di bukalapak kemarin" right after the answer: the same steps for that platform
    (read before the course search's answer on buying there); else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if turn.session.flow is not None or message.payload or not text:
        return None
    if just_said(turn) != MISSING or len(text.split()) > FOLLOW_UP_WORDS:
        return None
    platform = named(_NOT_THAT.sub(" ", text))
    if platform is None or not (_CORRECTED.search(text) or _BOUGHT.search(text)):
        return None
    return _steps(turn, platform.name, corrected=True)


def _steps(turn: FlowTurn, platform: str | None, *, corrected: bool = False) -> list[Outbound]:
    turn.session.misses = 0
    if platform is None:
        turn.session.profile.pop(PLATFORM, None)
    else:
        turn.session.profile[PLATFORM] = platform
    remember(turn, MISSING)  # "eh bukan tokopedia, di bukalapak", "trs gmn" next
    lines = [turn.say("purchase_missing.corrected", platform=platform)] if corrected else []
    lines.append(turn.say("purchase_missing.steps", platform=_where(turn, platform)))
    report = file_complaint(turn, topic="purchase_redeem")
    return [Outbound("\n\n".join(lines), (report, turn.menu_button()))]


def _next(turn: FlowTurn) -> list[Outbound]:
    turn.session.misses = 0
    remember(turn, MISSING)
    platform = turn.session.profile.get(PLATFORM)
    where = _where(turn, platform if isinstance(platform, str) else None)
    report = file_complaint(turn, topic="purchase_redeem")
    return [turn.reply("purchase_missing.next", report, turn.menu_button(), platform=where)]


def _where(turn: FlowTurn, platform: str | None) -> str:
    return platform or turn.say("purchase_missing.platform")


__all__ = ["MISSING", "answer", "platform_told"]
