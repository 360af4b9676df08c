"""Upset at the 2-hour wait for a new email code, typed in a form ("2 jam?? lama bgt anjir" at
the complaint's "Kirim sekarang?" about an OTP email that does not arrive): a word of sympathy
and why there is a wait (DOMAIN.md "Registration steps": the email OTP can be resent 5 times,
then there is a 2-hour wait), then the pending question again. Before, it was a miss ("aku
belum menangkap jawabannya"). The router's in-flow hook."""

from __future__ import annotations

import re

from flows.contact_centre_aside import pending, then_resume
from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn

MAX_WORDS = 10
_HOURS = re.compile(r"\b(?:2|dua|two)\s*(?:jam|jem|hours?|hrs?)\b")
_UPSET = re.compile(
    r"\?|!|\b(?:lama+|lma|kelamaan|kelamaan|nunggu\w*|menunggu|anjir|anjay|astaga|buset|busett?|"
    r"parah|kok|serius|hah|what|why|seriously|so long|too long)\b"
)
_OTP = re.compile(r"\b(?:otp|kode|code|email|e-mail|verifikasi)\b")
"""The email code named in the form's answers so far (the complaint's story or its topic)."""


def answer(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """Sympathy and the reason for the wait, then the pending question; else None."""
    state = pending(flow, turn)
    if state is None:
        return None
    text = " ".join((turn.message.text or "").lower().split())
    if len(text.split()) > MAX_WORDS or not _HOURS.search(text) or not _UPSET.search(text):
        return None
    told = " ".join(str(value) for value in turn.slots.values()).lower()
    if turn.slots.get("category") != "otp_login" and not _OTP.search(told):
        return None
    turn.session.misses = 0
    return then_resume(flow, state, turn, Outbound(turn.say("registration.aside.otp_wait")))


__all__ = ["answer"]
