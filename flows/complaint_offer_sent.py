"""A complaint offered by an answer's "Buat pengaduan" and taken in words: "kirim", "iya
kirim", "lapor aja", "ok ajukan" typed right after the card (or a turn or two later, after a
"ga" to it), as if the button were tapped (before: "kirim" read as a subscription, "Maaf, aku
belum paham"; "iya kirim" asked "Maksud kamu yang mana?"). The complaint form then keeps the
story told before it (``flows.complaint_context``)."""

from __future__ import annotations

import re

from flows.complaint_topics import topic_answered
from flows.runtime.machine import FlowTurn

START = "flow:complaints"
"""The payload of the "Buat pengaduan" button."""
_TAKE = re.compile(
    r"(?:(?:ya|iya+|iy|ok|oke|okay|okey|sip|yaudah|ya udah|udah|langsung|tolong|yes|boleh)"
    r"[\s,]+){0,2}"
    r"(?:kirim|kirimkan|kirimin|lapor|laporin|laporkan|ajukan|ajuin|adukan|ngadu|komplain|"
    r"proses|prosesin|send|submit|report it|file it)"
    r"(?:\s+(?:aja|saja|deh|dong|kak|min|ya|sekarang|skrg|pengaduannya|laporannya|aduannya|"
    r"it|now|please|pls))*[\s.!]*"
)
"""The offered complaint taken in words: "kirim", "iya kirim", "lapor aja", "ok kirim deh"."""


def taken(turn: FlowTurn) -> str | None:
    """The complaint's payload when this message takes the complaint an answer offered just
    before (its button on the last reply, or a complaint topic answered within a few turns)."""
    text = " ".join((turn.message.text or "").lower().split())
    if not _TAKE.fullmatch(text):
        return None
    offered = any(len(choice) > 1 and choice[1] == START for choice in turn.session.offered)
    return START if offered or topic_answered(turn) is not None else None


__all__ = ["taken"]
