"""An apology after the warning against sending a redeem code ("oh maaf. trs gmn", "sorry, so
what now?"): no harm done, the code kept to oneself next time, then why a redeem code fails
and what to do (``topic_follow_ups.redeem_why``). Before, "oh maaf" read as out of scope got
"Maaf, aku hanya bisa membantu soal Kartu Prakerja", which reads as a brush-off."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.last_answer import just_said
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.topic_follow_ups import redeem_why
from flows.training_help import LIVE_CLASS, REDEEM

MAX_WORDS = 8
_SORRY = re.compile(r"\b(?:maaf|maap|mf|sorry|sori|sory|my bad|oops|ups|afwan)\b")
_OTHER = re.compile(
    r"\b(?:saldo\w*|insentif\w*|sertifikat\w*|gelombang\w*|daftar\w*|akun\w*|otp|password|"
    r"sandi|balance|incentive\w*|certificate\w*|wave\w*|account\w*)\b"
)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """No harm done, then the redeem code's troubleshooting; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or not _SORRY.search(text) or _OTHER.search(text):
        return None
    if just_said(turn) not in (REDEEM, LIVE_CLASS):
        return None
    why = redeem_why(turn)
    first = why[0]
    ok = turn.say("redeem_apology.ok")
    return [replace(first, text=f"{ok}\n{first.text}"), *why[1:]]


__all__ = ["answer"]
