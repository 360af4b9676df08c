"""Whether registering costs anything, asked with a lead-in ("oke, trs daftarnya bayar ga",
"eh btw daftar prakerja bayar ga sih"): the NLU, thrown by the lead-in, split it between a
complaint, the registration and the benefits and got "Maksud kamu yang mana?" (also while
queued for staff), though "daftarnya bayar ga" alone is answered. Read here as the benefits
question it is (free registration, ``route_intent`` answers it); not a story about having
paid someone ("udh bayar 100rb ke jasa daftar": fraud's)."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Step

_FEE = re.compile(
    r"\b(?:daftar\w*|pendaftaran\w*|registrasi\w*|ikut(?:an)? prakerja|gabung prakerja)\b"
    r"(?:\s+\w+){0,2}?\s+(?:bayar|berbayar|dipungut\w*|ada biaya\w*|pake biaya|pakai biaya|"
    r"gratis|free)\b"
    r"(?:\s+(?:ga|gak|gk|g|nggak|ngga|engga|enggak|tidak|ndak|kah|nih|sih|ya|kan|atau|apa|ato)"
    r"(?:\s+(?:gratis|ga|gak|nggak|sih|ya|kak|min))*)*\s*\??\s*$"
)
"""A yes/no question whether registering is paid, ending the message."""
_STORY = re.compile(r"\d|\b(?:joki|calo|jasa|udah|udh|sudah|dah|tadi|td|kemarin|kmrn|ditipu)\b")
"""Numbers, a middleman or a payment already made: a story for the fraud answers."""


def asks(text: str | None) -> bool:
    lowered = " ".join((text or "").lower().split())
    return bool(_FEE.search(lowered)) and not _STORY.search(lowered)


def answer(turn: FlowTurn, route: Callable[[FlowTurn, str], Step]) -> Ask[list[Outbound] | None]:
    """The benefits answer through ``route`` (``route_intent.on_intent``), else None."""
    message = turn.message
    if message.payload is not None or message.intent == "benefits_info" or not asks(message.text):
        return None
    return (yield from route(turn, "benefits_info"))


__all__ = ["answer", "asks"]
