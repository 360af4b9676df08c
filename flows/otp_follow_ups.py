"""What is typed at a code question besides a code:

- why a code is asked at all when one must never give an OTP to anyone ("kok minta otp?
  katanya ga boleh kasih otp ke siapa2"), at the linking's code question: this code was sent
  by this assistant only to link this chat and is typed here only; never give it, nor the
  Prakerja login OTP or password, to anyone else (DOMAIN.md "Never ask for, never store");
- "trs gmn dong" after the code was said to go to a number no longer used ("no hp aku udh
  ganti"): that path again (change the number in Profil > Ubah Nomor Handphone, or a person);
- "trs gmn ini" after five wrong codes (the code void): how to get a new one (the button).

Before, the first was "belum menangkap" and the others the generic form help."""

from __future__ import annotations

import re

from flows.result import Invalid
from flows.turn import Message

ALONE: dict[str, object] = {"brief": "alone"}
"""Invalid params: the explanation with the question's buttons only (``runtime.answers``)."""
SAID = "_otp_said"
"""Slot: the explanation of a code that cannot arrive (a changed number), for "trs gmn"."""

_CODE = r"(?:otp|kode|code)"
_WHY = re.compile(
    rf"\b(?:kok|kenapa|knp|napa|ngapain|buat apa|utk apa|untuk apa|why)\b.{{0,25}}\b{_CODE}\b"
    rf"|\b(?:ga|gak|gk|nggak|tidak|tdk|jangan|never|don'?t|not)\s+(?:\w+\s+){{0,2}}?"
    rf"(?:kasih|ngasih|kasi|bagi\w*|kirim\w*|kasih tau|share|give|tell)\b.{{0,20}}\b{_CODE}\b"
    rf"|\b{_CODE}\b.{{0,30}}\b(?:aman|safe|penipuan|tipu\w*|scam|rahasia)\b"
)
"""A trust question about giving a code here."""
_WHAT_NOW = re.compile(
    r"^(?:(?:oh|ok|oke|jadi|jd|terus|trus|trs|truss|lalu|so|then)\W+)*(?:gimana|gmn|gmna|gimna"
    r"|bagaimana|ngapain|what now|now what|what do i do|what should i do)"
    r"(?:\W+(?:dong|donk|nih|ini|sih|ya|kak|min|skrg|sekarang|now|then|deh))*\W*$"
    r"|^(?:terus|trus|trs|truss|terusnya|trsnya|lalu|selanjutnya)\W*$"
)
"""What to do now, nothing else named ("trs gmn dong", "terus?", "now what?")."""


def asks_what_now(lowered: str) -> bool:
    return bool(_WHAT_NOW.search(lowered))


def asks_why(text: str | None) -> bool:
    """ "kok minta otp?", "katanya ga boleh kasih otp ke siapa2", "is it safe to give the code"."""
    return bool(_WHY.search(" ".join((text or "").lower().split())))


def registration_next(message: Message, sent: object) -> Invalid | None:
    """At the registration's code question with the code ``sent`` void (five wrong codes):
    "trs gmn" is told how to get a new code, with the resend button alone."""
    void = isinstance(sent, dict) and not sent.get("digest")
    lowered = " ".join((message.text or "").lower().split())
    if void and asks_what_now(lowered):
        return Invalid("otp_new_code", dict(ALONE), miss=False)
    return None


__all__ = ["ALONE", "SAID", "asks_what_now", "asks_why", "registration_next"]
