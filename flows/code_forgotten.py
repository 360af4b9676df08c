"""The SMS code forgotten or lost at one of our code questions ("lupa kodenya", "sms nya
kehapus", "I forgot the code"): a new code is one tap away, or stopping. Before, "lupa kodenya"
at the data erasure's code question got "Pilih jawaban yang paling sesuai" (the reply to "not
sure" at a question with choices), though there was nothing to choose."""

from __future__ import annotations

import re

from flows.flow_table import OTP_STEPS
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import Flow, FlowTurn

_CODE = r"(?:kode\w*|otp\w*|sms\w*|pesan\w*|code|sms|text)"
_LOST = (
    r"(?:lupa|lupaa+|ga inget|gak inget|gk inget|nggak inget|ngga inget|tidak ingat|ga ingat"
    r"|gak ingat|hilang|ilang|kehapus|terhapus|kehapus|ketutup|kelupaan|forgot|forget|lost"
    r"|deleted|can't remember|cannot remember|don't remember)"
)
_FORGOT = re.compile(
    rf"\b{_LOST}\b.{{0,25}}\b{_CODE}\b|\b{_CODE}\b.{{0,25}}\b{_LOST}\b",
)
"""The code forgotten or lost, either way round ("lupa kodenya", "kodenya ilang", "sms nya
kehapus", "I forgot the code")."""
MAX_WORDS = 10


def answer(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """At a code question, the code forgotten or lost: a new one, or stopping; else None."""
    session, message = turn.session, turn.message
    if (flow.name, session.step) not in OTP_STEPS or message.payload is not None:
        return None
    text = " ".join((message.text or "").lower().split())
    if not text or len(text.split()) > MAX_WORDS or any(ch.isdigit() for ch in text):
        return None
    if not _FORGOT.search(text):
        return None
    resend = turn.button("registration.otp.options.resend", f"{controls.OPTION}resend")
    stop = turn.button("common.cancel", controls.CANCEL)
    length = turn.ctx.programme.otp.length
    return [turn.reply("aside.code_forgotten", resend, stop, length=length)]


__all__ = ["answer"]
