"""The linking code asked for before it is sent: "kodenya ga masuk2 kak", "kirim ulang dong",
"otp nya mana" typed at the linking's NIK or birth-date question. The code goes to the phone on
record only after the NIK and the birth date match an account (``flows.link_account``), so
none has been sent yet: the birth date first. Before, the general list of account problems, the
same twice."""

from __future__ import annotations

import re

from flows.link_account import FLOW
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

BEFORE_CODE = frozenset({"nik", "dob"})
"""The linking's questions asked before any code is sent."""
_CODE = re.compile(
    r"\b(?:kode\w*|otp\w*|code\w*|sms\w*)\b"
    r"|\b(?:kirim|krm|minta|send|resend)\w*\s+(?:\w+\s+)?(?:ulang|lagi|lg|again)\b|\bresend\w*\b"
)
"""A code named, or asked again ("kirim ulang dong")."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """At the linking's NIK or birth-date question, a code asked about: none sent yet."""
    session = turn.session
    if session.flow != FLOW or session.step not in BEFORE_CODE or turn.message.payload:
        return None
    if not _CODE.search(" ".join((turn.message.text or "").lower().split())):
        return None
    return [turn.reply(f"account_link_code.{session.step}")]


__all__ = ["answer"]
