"""The room left on the family card asked at a question of the eligibility check ("anak saya
yg pertama udah pernah dapet, berarti tinggal 1 slot dong?"): at most ``max_beneficiaries_per_kk``
recipients per card (DOMAIN.md "Eligibility"), so the places left. Before (p23 probe), the "1"
was read as the age ("Usia 1 tahun sepertinya tidak mungkin") and the question unanswered. The
relative's receipt is kept for the card's question (``flows.eligibility_kk_ahead``)."""

from __future__ import annotations

import re

from flows import eligibility_kk_ahead
from flows.eligibility_jobs import relatives_received
from flows.runtime.machine import FlowTurn, State

ROOM = re.compile(r"\b(?:slot|slotnya|kuota\w*|jatah\w*|sisa\w*|tempat|quota|spots?|places?)\b")
"""The places on the card named ("tinggal 1 slot", "jatahnya sisa satu")."""


def aside(turn: FlowTurn, state: State, lowered: str) -> str | None:
    """The places left on the card, with a relative's receipt told; else None."""
    if state.slot is None or state.slot.name == "kk_count" or not ROOM.search(lowered):
        return None
    count = relatives_received(lowered)
    if not count:
        return None
    most = turn.ctx.programme.max_beneficiaries_per_kk
    left = max(most - count, 0)
    eligibility_kk_ahead.received(turn, lowered)  # said again before the card's question
    key = "left" if left else "full"
    return turn.say(f"eligibility.kk_room.{key}", count=count, left=left, max_per_kk=most)


__all__ = ["ROOM", "aside"]
