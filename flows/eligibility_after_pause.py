"""The answer to the eligibility check's pending question typed as the first message after the
idle pause that set the check aside ("25" to "how old are you?" the next day, "ya wni" to "are
you a citizen?"): the check goes on with it at that question (``flows.form_held`` resumes it).
Before, "25" got "belum paham" and the menu, and "ya wni" only the offer to go on, so the
answer was lost (probe p26b e3, b8). A bare "ya" / "tidak" is no such answer: it may answer
something else after a day; it gets the offer to go on, as before."""

from __future__ import annotations

import re

from flows import parking
from flows.runtime.machine import FlowTurn

FLOW = "eligibility"
_BARE = re.compile(
    r"(?:(?:y|ya|yaa|iya|iyaa|yes|ok|oke|tidak|tdk|ga|gak|gk|nggak|ngga|enggak|no|bukan|belum|"
    r"blm|sudah|udah|kak|min|dong|deh|sih)\W*)+"
)
"""Yes, no and their particles alone: no answer of the check's own."""


def takes(turn: FlowTurn, flow: str) -> bool:
    """The first message after the pause that set the check aside, with more than a bare yes
    or no: tried as the answer to its pending question."""
    text = " ".join((turn.message.text or "").lower().split())
    if flow != FLOW or not text or not parking.came_back(turn):
        return False
    return not _BARE.fullmatch(text)


__all__ = ["takes"]
