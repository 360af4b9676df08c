"""The login code asked again until the limit ("udah kirim ulang 5x malah skrg ga bisa kirim
lagi", "I've resent it 5 times and now I can't request another"): the email code can be asked
again 5 times, then a 2-hour wait (DOMAIN.md "Registration steps"). Before, the general list of
account problems, and "trus harus nunggu brp lama?" after it was not understood."""

from __future__ import annotations

import re

from flows.account_help import otp_wait
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

TOPIC = "otp_login"
"""``flows.last_answer`` topic: "trus harus nunggu brp lama?" next is the wait again."""
_RESENT = re.compile(
    r"\b(?:kirim|krm|minta|mnt|request\w*|send|sent)\w*\s+(?:\w+\s+)?(?:ulang|lagi|lg|again)\b"
    r"|\b(?:resend\w*|resent|diulang|ulang\w*)\b"
)
"""A code asked again: "kirim ulang", "minta lagi", "resend"."""
_LIMIT = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|tidak|tdk)\s+(?:bisa|bs)\s+(?:\w+\s+)?(?:kirim|krm|minta|"
    r"request|klik|pencet|resend)\w*\b|\b(?:gabisa|gbs|gakbisa)\s+(?:\w+\s+)?(?:kirim|minta|"
    r"klik|pencet)\w*\b|\b(?:limit\w*|batas\w*|maks\w*|max\w*)\b"
    r"|\b(?:can'?t|cannot|unable to|won'?t let me)\s+(?:\w+\s+)?(?:request|send|resend|get|ask)\b"
)
"""No more codes can be asked: "skrg ga bisa kirim lagi", "udah limit", "can't request
another". A count alone ("udah 5x kirim ulang") is the OTP fix tried (``kb.otp_tried``)."""
_VERIFY = re.compile(r"\b(?:verifikasi|verification|verify|link|tautan)\b")
"""The verification email's link resent: its own answer (``kb.verify_email_resent``)."""


def limit_reached(text: str) -> bool:
    """Whether ``text`` says the code was asked again until no more could be asked."""
    lowered = " ".join(text.lower().split())
    if _VERIFY.search(lowered):
        return False
    return bool(_RESENT.search(lowered) and _LIMIT.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The wait before a new code, remembered (the wait asked next is this one), or None."""
    if turn.message.payload is not None or not limit_reached(turn.message.text or ""):
        return None
    remember(turn, TOPIC)
    return otp_wait(turn)


__all__ = ["answer", "limit_reached"]
