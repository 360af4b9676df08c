"""The NIK asked about at a question of the eligibility check ("is it safe to give you my
NIK?", "aman ga kasih NIK ke sini?", "kenapa perlu nik?"): the NIK's own answers
(``kb.nik_safe``, ``kb.nik_why``: ``flows.nik_why``), then the check's question again
(``flows.eligibility_asides``). The check itself never asks for the NIK. Before (p26a probe),
"Hmm, I didn't catch that answer", or what a NIK is with "link your account"."""

from __future__ import annotations

from flows import nik_why
from flows.last_answer import remember
from flows.runtime.machine import FlowTurn


def said(turn: FlowTurn, lowered: str) -> str | None:
    """The answer to a question about giving the NIK, else None."""
    if turn.message.payload is not None:
        return None
    if nik_why.asks_why(lowered):
        key = "kb.nik_why"
    elif nik_why.asks_safe(lowered):
        key = "kb.nik_safe"
    else:
        return None
    remember(turn, nik_why.TOPIC)
    return turn.say(key)


__all__ = ["said"]
