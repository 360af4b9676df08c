"""When a failed incentive payment is sent again, asked by a linked participant whose records
hold one ("nanti dikirim ulang kapan", "kapan dicairin lagi?", "kalo udah aku aktifin, otomatis
dikirim ulang?": not by itself), whatever came just before
(another answer, "hmm", a payout question) and whatever the NLU makes of it (read as a goodbye
at 0.28, it got "Maksud kamu yang mana?"). No date is promised: a Failed payment is not sent
again by itself; staff schedule it again once its cause is fixed and a complaint is filed
(DOMAIN.md "Incentives"). Then the payment's cause and fix (``flows.my_incentives``)."""

from __future__ import annotations

import re

from flows import my_incentives
from flows.complaint_topics import file_complaint
from flows.last_answer import remember, said_since
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

TOPIC = "incentive_failed"
"""``flows.last_answer`` topic of a failed payment's answer ("caranya gmn?" next: its fix)."""
MAX_WORDS = 10

_AGAIN = re.compile(
    r"\b(?:di|ng)?kirim\w*\s+(?:ulang|lagi|lg)\b|\b(?:di)?jadwal\w*\s+(?:ulang|lagi|lg)\b"
    r"|\b(?:di)?cair\w*\s+(?:ulang|lagi|lg)\b|\bdi(?:transfer|bayar)\w*\s+(?:ulang|lagi|lg)\b"
    r"|\bre-?(?:sen[dt]|pa(?:y|id)|transferred)\w*|\b(?:sen[dt]|pa(?:y|id))\s+(?:it\s+)?again\b"
)
"""Sent again: "dikirim ulang", "dijadwalkan ulang", "cair lagi", "resent", "paid again"."""
_WHEN = re.compile(
    r"\b(?:kapan|kpn|when|how long|how soon|berapa lama|brp lama|brp hari|berapa hari|"
    r"sampai kapan|until|tanggal\w*|tgl|date|otomatis\w*|automatic\w*|auto|sendirinya|"
    r"by itself)\b"
    r"|\?\W*$|\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|kah|kan|bukan|ya|or not|right)\W*$"
)
"""When, or whether: "kapan dikirim ulang", "otomatis dikirim ulang?", "dikirim ulang ga"."""
_OTHER = re.compile(r"\b(?:otp|kode|code|email|e-mail|sms|verifikasi\w*|verification|link)\b")
"""A code or an email sent again is the login's question (``flows.answer_checks``)."""


def asks(text: str) -> bool:
    """Whether the message asks when a payment is sent again."""
    lowered = " ".join(text.lower().split())
    if len(lowered.split()) > MAX_WORDS or _OTHER.search(lowered):
        return False
    return bool(_AGAIN.search(lowered) and _WHEN.search(lowered))


_HOW_LONG = re.compile(
    r"\b(?:berapa|brp|brapa) (?:lama|hari)\b|\b(?:kapan|kpn|how long|how soon|when)\b"
)
_PAID = re.compile(
    r"\b(?:cair\w*|masuk\w*|dikirim\w*|ditransfer\w*|dibayar\w*|nyampe|sampai|sampe|paid|"
    r"arrive\w*|sent|come|comes)\b"
)
FOLLOW_TURNS = 3
"""A fix's follow-up may come a few answers after the failed payment's."""


def after_fix(turn: FlowTurn) -> list[Outbound] | None:
    """ "kalo udh diganti namanya brp lama cairnya" soon after a failed payment's answer: it is
    scheduled again after the complaint, the money comes 3-5 working days after the new date,
    and no time until then is promised; else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if not (_HOW_LONG.search(text) and _PAID.search(text)) or _OTHER.search(text):
        return None
    if said_since(turn, TOPIC, FOLLOW_TURNS) is None:
        return None
    remember(turn, TOPIC)  # "caranya gmn?" next: still the failed payment
    report = file_complaint(turn, topic="incentive")
    return [turn.reply("incentive_resend.after_fix", report, turn.menu_button())]


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """No date promised, how it is scheduled again, then the failed payment's cause and fix;
    None: not asked, or no failed payment on a linked participant's record."""
    if turn.message.payload is not None or not asks(turn.message.text or ""):
        return after_fix(turn)
    failed = yield from my_incentives.why_failed(turn)
    if failed is None:
        return None
    remember(turn, TOPIC)  # "caranya gmn?" next: still the failed payment
    return [Outbound(turn.say("kb.incentive_resend_when")), *failed]


__all__ = ["after_fix", "answer", "asks"]
