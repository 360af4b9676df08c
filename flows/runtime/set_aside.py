"""The words going back to a flow set aside ("lanjut", "lanjut lapor"), read before the
pending question of the flow running beside it: the set-aside message promised them ("Ketik
'lanjut' kapan saja untuk kembali ke sana"). Before, "lanjut lapor" at the eligibility check's
citizen question was taken as its "yes" (probe p25a f07)."""

from __future__ import annotations

import re

from flows.responses import has
from flows.runtime.machine import FlowTurn

CONTINUE_WORDS = re.compile(r"(?:lanjut|lanjutkan|lanjutin|terusin|teruskan|continue)\b")
"""Continue the parked flow, as the parked message says."""
CONTINUE_MAX_WORDS = 4


def continues(text: str) -> bool:
    """A short "lanjut ..." ("lanjut", "lanjut lapor", "lanjutin daftar tadi")."""
    lowered = " ".join(text.lower().split())
    short = 0 < len(lowered.split()) <= CONTINUE_MAX_WORDS
    return short and bool(CONTINUE_WORDS.match(lowered))


LEAD_IN = re.compile(
    r"^(?:(?:eh|ok|oke|okay|sip|yaudah|ya udah|udah|udh|makasih|thanks|trims)\W+)+"
)
"""Words before a "lanjut" or a "balik ke ..." ("oke, lanjut cek syaratku")."""
_BACK_TO = re.compile(
    r"^(?:(?:eh|ok|oke|okay|sip|yaudah|ya udah|udah|udh|makasih|thanks|trims)\W+)*"
    r"(?:balik\w*|kembali|back)(?: lagi| lg)? (?:ke|to) (?P<what>.+)$"
)
_NOT_A_FLOW = re.compile(
    r"\b(?:menu|bahasa|bhs|english|inggris|indo\w*|pertanyaan\w*|langkah|step|awal|start)\b"
)
"""Gone back to something that is no flow set aside: the menu, a language, a question."""
BACK_MAX_WORDS = 8
SAME_MIN_LETTERS = 4
"""Letters of a word that names the flow ("syarat" of "cek syarat", "ngadu" of "pengaduan")."""


def goes_back(text: str) -> bool:
    """ "balik ke yg tadi", "balik lagi ke cek syarat", "oke makasih, balik ke daftar pelatihan
    tadi": back to the flow set aside, as "lanjut" (before, a step back or a restart)."""
    lowered = " ".join(text.lower().split()).strip(" .!")
    found = _BACK_TO.match(lowered) if len(lowered.split()) <= BACK_MAX_WORDS else None
    return found is not None and not _NOT_A_FLOW.search(found.group("what"))


def continues_here(turn: FlowTurn) -> bool:
    """ "oke lanjut cek syarat adikku" at a question of the check itself: on with it, no answer
    to the question (before, its "oke" was taken as the citizen question's "yes")."""
    message, flow = turn.message, turn.session.flow
    if message.payload is not None or flow is None or not has(f"flow_names.{flow}"):
        return False
    lowered = LEAD_IN.sub("", " ".join(re.sub(r"[^\w\s]", " ", message.text or "").split()))
    found = CONTINUE_WORDS.match(lowered.lower())
    name = str(turn.say(f"flow_names.{flow}")).lower()
    rest = lowered.lower()[found.end() :].split() if found else []
    return any(len(word) >= SAME_MIN_LETTERS and word in name for word in rest)


def resumes_set_aside(turn: FlowTurn) -> bool:
    """ "lanjut", "lanjut daftar" at a question of a flow that another was set aside for (the
    message setting it aside said so): back to the set-aside flow, not a miss of the question."""
    session = turn.session
    parked = (session.suspended or {}).get("flow")
    if session.flow is None or parked in (None, session.flow) or turn.message.payload:
        return False
    return continues(turn.message.text or "") or goes_back(turn.message.text or "")
