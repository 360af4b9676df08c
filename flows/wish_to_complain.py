"""A complaint asked for in words at the end of a story or an outburst that the NLU reads as
something else, complaint second: "... aku ga pernah lolos padahal data udah bener semua. ini
ga adil mau ngadu" (registration_status 0.51, complaint 0.42: "Maksud kamu yang mana?"), "gak
terima aku, mau ngadu" (deny 0.57, complaint 0.42: "belum paham"), "ya udah adukan" after a
did-you-mean (affirm, complaint second). The complaint form starts, the story kept as the
form keeps it (probe p22c #8)."""

from __future__ import annotations

import re

from flows.runtime.machine import FlowTurn

INTENT = "complaint"
FLOOR = 0.25
"""The least confidence of the complaint reading among the first two."""
_WISH = re.compile(
    r"\b(?:mau|ingin|pengen|pgn|pingin|mo|mw|tolong|langsung|pokoknya|aku|saya|sy|gw|gue|aq)\s+"
    r"(?:\w+\s+)?(?:ngadu|mengadu|adu(?:kan|in)|lapor(?:kan|in)?|melapor(?:kan)?|komplain|"
    r"complain|bikin pengaduan|buat pengaduan|bikin laporan|buat laporan)\b"
    r"|\b(?:adukan|aduin|laporkan|laporin)\b"
)
"""A complaint wished for: "mau ngadu", "ya udah adukan", "aku mau laporin"."""
_NOT = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|jangan|jgn|gausah|belum|blm|males)\s+"
    r"(?:\w+\s+)?(?:ngadu|mengadu|adu\w*|lapor\w*|komplain|complain|bikin|buat)\b"
    r"|\b(?:cara|gimana|gmn|bagaimana|dimana|dmn|kemana|kmn)\b"
)
"""Not wished ("ga mau ngadu"), or how to asked ("gimana cara ngadu": its own answer)."""


def wanted(turn: FlowTurn) -> bool:
    """The message asks to complain in words, complaint read second; outside a flow."""
    message = turn.message
    if message.payload is not None or turn.session.flow is not None or message.intent == INTENT:
        return False
    ranked = [name for name, confidence in message.ranking[:2] if confidence >= FLOOR]
    text = " ".join((message.text or "").lower().split())
    return INTENT in ranked and bool(_WISH.search(text)) and not _NOT.search(text)


__all__ = ["wanted"]
