"""Missing the purchase deadline asked right after one's balance and its deadline were shown
("when is my deadline" → "what happens if I miss it", "kalo kelewat gmn"): what missing it means
(``purchase_deadline_rules.missed``: the card revoked, no extension). The balance answer of a
linked participant names the deadline but is not remembered as the deadline's answer, so the
message before is known by its reading (``training_balance``). Before, the balance text again."""

from __future__ import annotations

from flows.fallback import previous_intent
from flows.messages import Outbound
from flows.purchase_deadline_rules import asks_missed, missed
from flows.runtime.machine import FlowTurn

MAX_WORDS = 8
"""A follow-up is short; a longer message says more than "what if I miss it"."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """What missing the deadline means, right after the balance answer; else None."""
    session, message = turn.session, turn.message
    text = " ".join((message.text or "").lower().split())
    if session.flow is not None or message.payload or not text or len(text.split()) > MAX_WORDS:
        return None
    if message.intent != "training_balance" or previous_intent(turn) != "training_balance":
        return None
    return missed(turn) if asks_missed(text) else None


__all__ = ["answer"]
