"""A wish for a person in the message that starts a complaint ("CS NYA MANA SIH!!! udah 2 minggu
insentif ga masuk2", "mana adminnya, insentif aku gagal"): heard before the complaint goes on,
with the way to a person said (typing "petugas" at any question of the form hands the chat
over: ``complaint_queue``). Before, the complaint started as if no one had been asked for."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_STAFF = (
    r"(?:cs|admin|adminnya|petugas|petugasnya|operator|manusia|orang|customer service|agent|"
    r"human)"
)
_WISH = re.compile(
    rf"\b{_STAFF}\s*(?:nya\s+)?(?:mana|dimana|di mana|kemana|ke mana)\b"
    rf"|\b(?:mana|where(?:'s| is)?)\s+(?:sih\s+)?(?:the\s+)?{_STAFF}"
    r"|\b(?:ngomong|bicara|ngobrol|chat|sambung\w*|hubung\w*|talk|speak)\s+(?:\w+\s+)?"
    rf"(?:sama|sm|ama|dengan|dgn|ke|to|with)\s+(?:a\s+)?{_STAFF}\b"
)
"""A person asked for: "cs nya mana", "mana admin", "mau ngomong sama cs", "talk to a human"."""


def wishes(text: str) -> bool:
    """A person asked for in the words ("mau ngomong sama orang aja", "mana adminnya")."""
    return bool(_WISH.search(" ".join(text.lower().split())))


def heard(turn: FlowTurn) -> list[Outbound]:
    """The wish for a person heard, when the typed message starting the complaint says one."""
    message = turn.message
    if message.payload is not None:
        return []
    if not wishes(message.text or ""):
        return []
    return [Outbound(turn.say("complaints.person_heard"))]


__all__ = ["heard", "wishes"]
