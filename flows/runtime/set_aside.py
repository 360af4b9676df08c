"""The words going back to a flow set aside ("lanjut", "lanjut lapor"), read before the
pending question of the flow running beside it: the set-aside message promised them ("Ketik
'lanjut' kapan saja untuk kembali ke sana"). Before, "lanjut lapor" at the eligibility check's
citizen question was taken as its "yes" (probe p25a f07)."""

from __future__ import annotations

import re

from flows.runtime.machine import FlowTurn

CONTINUE_WORDS = re.compile(r"(?:lanjut|lanjutkan|lanjutin|terusin|teruskan|continue)\b")
"""Continue the parked flow, as the parked message says."""
CONTINUE_MAX_WORDS = 4


def continues(text: str) -> bool:
    """A short "lanjut ..." ("lanjut", "lanjut lapor", "lanjutin daftar tadi")."""
    lowered = " ".join(text.lower().split())
    short = 0 < len(lowered.split()) <= CONTINUE_MAX_WORDS
    return short and bool(CONTINUE_WORDS.match(lowered))


def resumes_set_aside(turn: FlowTurn) -> bool:
    """ "lanjut", "lanjut daftar" at a question of a flow that another was set aside for (the
    message setting it aside said so): back to the set-aside flow, not a miss of the question."""
    session = turn.session
    parked = (session.suspended or {}).get("flow")
    if session.flow is None or parked in (None, session.flow) or turn.message.payload:
        return False
    return continues(turn.message.text or "")
