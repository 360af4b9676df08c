"""Joining the staff queue again in words, after leaving it earlier ("kak td aku udh batal
antri, skrg mau antri lg", "mau ngantri lagi", "queue me again"): queued again (or told the
place when still queued), whatever the NLU read; before, the "batal" in it read as a cancel
and got "belum paham" with the menu."""

from __future__ import annotations

import re

from flows import handoff
from flows.runtime.machine import FlowTurn
from flows.turn import Step

_QUEUE = r"(?:antri\w*|antre\w*|ngantri\w*|ngantre\w*|(?:masuk|ke|balik ke) (?:antrean|antrian))"
_AGAIN = re.compile(
    rf"\b(?:mau|pengen|pgn|pingin|ingin|minta|tolong|bisa|boleh|skrg|sekarang)\s+(?:\w+\s+)?"
    rf"{_QUEUE}\s+(?:lagi|lg|ulang)\b"
    rf"|\b{_QUEUE}\s+(?:lagi|lg|ulang)\s+(?:dong|ya|yah|kak|min|deh|aja|please)\b"
    r"|\b(?:queue|line up|join the queue|get in (?:the )?(?:queue|line)) again\b"
    r"|\brejoin (?:the )?(?:queue|line)\b"
)
"""Queueing again asked for; not a story about having left ("td aku udh batal antri")."""
_REFUSED = re.compile(
    rf"\b(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|ndak|males|ogah|jangan|gausah|ga usah)\s+"
    rf"(?:\w+\s+)?(?:mau\s+)?{_QUEUE}\s+(?:lagi|lg|ulang)\b|\bdon'?t (?:want to )?(?:queue|line)"
)
"""Not queueing again ("ga mau antri lagi")."""


def asks(text: str | None) -> bool:
    lowered = " ".join((text or "").lower().split())
    return bool(_AGAIN.search(lowered)) and not _REFUSED.search(lowered)


def answer(turn: FlowTurn) -> Step | None:
    """The queue joined again (``flows.handoff.request``: off duty, the hours), else None."""
    if turn.message.payload is not None or not asks(turn.message.text):
        return None
    return handoff.request(turn, "asked")


__all__ = ["answer", "asks"]
