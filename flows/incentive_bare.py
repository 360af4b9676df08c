""" "kalo insentifnya?", "yg insentif gmn", "what about the incentive?" from a linked participant
past selection (probe p23b a9: after certificate talk, read as the programme's benefits and
answered with every era's table): the incentive named alone asks about their own, so their
schedule and status answer (``flows.my_incentives``). None otherwise (the NLU's reading)."""

from __future__ import annotations

import re

from flows import my_incentives
from flows.incentive_outlook import PAST_SELECTION
from flows.my_data import Answer, participant
from flows.runtime.machine import FlowTurn

_BARE = re.compile(
    r"(?:(?:kalo|kalau|klo|kl|trus|terus|trs|nah|lalu|terus kalo|trs kalo|yg|yang|terus yg|trs yg|"
    r"and|so|what about|how about|and what about)\s+)?(?:the\s+|my\s+)?"
    r"(?:insentif|intensif|incentive)(?:nya|ny|ku|s)?"
    r"(?:\s+(?:aku|saya|sy|gw|gue|ku|nya|gmn|gimana|gmna|bagaimana|gimna|dong|donk|kak|min|sih|"
    r"ya|yah|juga|jg|then|though|status))*"
)
"""The incentive named alone, a follow-up's words around it."""


def answer(turn: FlowTurn) -> Answer:
    """The participant's own incentive schedule, the incentive named alone; else None."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None or len(message.parts) > 1:
        return None
    lowered = " ".join(re.sub(r"[?!.,]+", " ", (message.text or "").lower()).split())
    if not lowered or not _BARE.fullmatch(lowered):
        return None
    person = yield from participant(turn)
    if person is None or person.status not in PAST_SELECTION:
        return None
    return (yield from my_incentives.incentive_schedule(turn))


__all__ = ["answer"]
