"""One's own card asked about in English ("what happened to my card", "is my card still
active?"): the participant's status, as "kartu aku kenapa" gets it. Before, a revoked
participant's "what happened to my card" was out of scope ("I can only help with Kartu
Prakerja"), and "why" after it an apology (probe p25b). A card refused at a payment is
``flows.course_card_payment``'s."""

from __future__ import annotations

import re

from flows.course_card_payment import asks as refused_at_payment
from flows.readers import Answer
from flows.route_intent import on_intent
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

MAX_WORDS = 12
_MY_CARD = re.compile(r"\bmy (?:prakerja |kartu prakerja )?card\b")
_ASKS = re.compile(
    r"\b(?:what happened|what'?s (?:wrong|up|going on)|where|status|still (?:active|valid)|"
    r"active|valid|why|blocked|revoked|cancel\w*|deactivat\w*|gone|disappeared)\b"
)


def answer(turn: FlowTurn) -> Ask[Answer]:
    """The participant's status for a question about their card; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or not (_MY_CARD.search(text) and _ASKS.search(text)):
        return None
    if refused_at_payment(text):
        return None
    return (yield from on_intent(turn, "registration_status"))


__all__ = ["answer"]
