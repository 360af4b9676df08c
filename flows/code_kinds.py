"""Which codes a purchase gives ("abis beli dapet kode apa aja?", "kode apa aja yg didapet
setelah beli pelatihan", "what codes do I get after buying?"): a voucher code and a redeem code,
what each is for and where they are (DOMAIN.md "Courses": each purchase gives both; the redeem
code works only from 1 hour before to 1 hour after the session starts; the codes are in the
purchase email and the dashboard). Before, the NLU read it as the benefits and the package's
amounts were shown."""

from __future__ import annotations

import re

from flows.durations import redeem_window
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.training_help import REDEEM
from flows.turn import Ask

MAX_WORDS = 14

ASKED = re.compile(
    r"\b(?:kode|code)\w*\s+(?:apa|apaan)\b|\b(?:apa|apa aja|apa saja)\s+(?:aja\s+|saja\s+)?"
    r"(?:kode|code)\w*|\b(?:what|which)\s+(?:\w+\s+)?codes?\b|\b(?:berapa|brp)\s+(?:kode|code)\w*"
)
"""Which codes: "dapet kode apa aja", "apa aja kodenya", "what codes do I get"."""
_PROBLEM = re.compile(
    r"\b(?:gagal\w*|error|eror|invalid|salah|ditolak|hilang|ilang|lupa|(?:ga|gak|gk|nggak|tidak|"
    r"tdk)\s*bisa|gabisa|otp|sms|email|verifikasi|can'?t|failed)\b"
)
"""A code that failed or was lost, or another kind of code (OTP): not this question."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The two codes a purchase gives, what each is for and where they are; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow not in (None, "courses"):
        return None
    if not text or len(text.split()) > MAX_WORDS or not ASKED.search(text):
        return None
    if _PROBLEM.search(text):
        return None
    turn.session.misses = 0
    remember(turn, REDEEM)  # "itu dipake kapan?", "kalo telat gmn" next: the redeem code
    return [turn.reply("code_kinds.answer", turn.menu_button(), **redeem_window(turn))]
    yield


__all__ = ["ASKED", "answer"]
