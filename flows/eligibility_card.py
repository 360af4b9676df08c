"""The family card named in the eligibility check's opening with a relative on it ("can my
brother and I both join? we're in the same KK", "aku sama adik bisa ikut dua2nya? satu KK"):
the card's quota said before the questions (DOMAIN.md "Eligibility": at most
``max_beneficiaries_per_kk`` beneficiaries per KK), and kept for a side question about more
relatives ("what about my parents too?": ``flows.eligibility_asides``). Before, the question
was left unanswered and the age asked."""

from __future__ import annotations

import re

from flows.eligibility_jobs import SAME_KK, relatives_received
from flows.eligibility_questions import HOMEMAKER
from flows.eligibility_relatives import KIN
from flows.runtime.machine import FlowTurn

SAME_CARD = "_same_card"
"""Check slot: the opening said a relative shares the user's family card."""
_BOTH = re.compile(
    r"\b(?:both|berdua|dua2nya|dua-duanya|duaduanya|keduanya|dua dua nya|two of us|together)\b"
)


def opening(turn: FlowTurn, lowered: str) -> list[str]:
    """The check's opening names a relative on the user's own card ("can my brother and I both
    join? we're in the same KK", "aku sama adik bisa ikut dua2nya? satu KK"): the card's quota
    said (both may join), and kept for what is asked about relatives next. Not when the
    opening says relatives received it (``flows.eligibility_notes`` says the room left)."""
    if not SAME_KK.search(lowered) or KIN.search(HOMEMAKER.sub(" ", lowered)) is None:
        return []
    turn.slots[SAME_CARD] = True
    if relatives_received(lowered) != 0:
        return []
    per_kk = turn.ctx.programme.max_beneficiaries_per_kk
    key = "kk_both" if _BOTH.search(lowered) and per_kk >= 2 else "kk_rule"
    return [turn.say(f"eligibility.note.{key}", max_per_kk=per_kk)]


__all__ = ["SAME_CARD", "opening"]
