"""A deadline told before, referred back to ("yang tadi batasnya jam berapa?" in a course
search begun after "Batas beli ... pukul 10.00 WIB"): the linked participant's purchase
deadline again, not the wave's closing time the NLU reads it as (probe p26b e9)."""

from __future__ import annotations

import re

from flows import purchase_deadline_mine as mine
from flows.last_answer import said_since
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_EARLIER = re.compile(r"\b(?:tadi|td|barusan|sebelumnya)\b")
_DEADLINE = re.compile(r"\b(?:batas\w*|deadline\w*|jam berapa|jam brp|tanggal berapa)\b")
WITHIN_TURNS = 6
"""Messages since the deadline's answer within which "yang tadi" still points at it."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The purchase deadline again when the message refers back to it; else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not (_EARLIER.search(text) and _DEADLINE.search(text)):
        return None
    if said_since(turn, mine.DEADLINE_TOPIC, WITHIN_TURNS) is None:
        return None
    return (yield from mine.answer(turn))


__all__ = ["answer"]
