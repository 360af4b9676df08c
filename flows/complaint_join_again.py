"""Joining again said at "did this help?" of a not-selected complaint ("y udh deh gabung lg
aja", "ok daftar lagi aja"): how to join the next wave and the wave open or next, not "Senang
bisa membantu!" (before, the complaint ended there without the way back in)."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn, Slots
from flows.turn import Ask, FlowContext, Message
from flows.waves import waves_text

CATEGORY = "not_selected"
JOIN = "_join_again"
"""Slot flag: joining again was said at "did this help?"."""
_AGAIN = re.compile(
    r"\b(?:gabung|gbg|daftar|dftr|ikut|ikutan|join|apply|coba|nyoba)\w*\s+(?:\w+\s+)?"
    r"(?:lagi|lg|lgi|ulang|again)\b"
    r"|\b(?:gelombang|gel)\s+(?:berikut\w*|selanjutnya|depan|lain)\b|\bnext wave\b"
)


def wants(message: Message, slots: Slots) -> bool:
    """Joining again said in answer to the not-selected tips (not a question about it)."""
    text = " ".join((message.text or "").lower().split())
    if message.payload or slots.get("category") != CATEGORY or "?" in text:
        return False
    return bool(_AGAIN.search(text))


def joining(slots: Slots, _: FlowContext) -> bool:
    return bool(slots.get(JOIN))


def answer(turn: FlowTurn) -> Ask[list[Outbound]]:
    """Join the next wave from the dashboard, and the wave open or next."""
    wave = yield from waves_text(turn.lang)
    body = turn.say("registration_help.join_next") + "\n\n" + wave
    return [Outbound(body, (turn.menu_button(),))]


__all__ = ["JOIN", "answer", "joining", "wants"]
