"""The running flow asked for again at one of its own questions ("cek syarat lagi" at the
check's age question): "we're on it", then the question, not "Hmm, aku belum menangkap"
(probe p25a a05). A question about how it goes ("piye carane daftar" at the consent) keeps its
own reading, and the course search's questions read their own wishes ("english" is a topic)."""

from __future__ import annotations

import re

from flows.flow_table import FLOWS, START_INTENTS
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_ASKS_HOW = re.compile(r"\b(?:cara\w*|piye|gmn|gimana|gmana|bagaimana|how)\b")


def answer(turn: FlowTurn, intent: str) -> Outbound | None:
    """ "Iya, ini kita lagi di cek syarat 🙂" when ``intent`` (the message's own reading) asks
    for the flow waiting on a question; else None."""
    session, message = turn.session, turn.message
    flow = FLOWS.get(session.flow or "")
    waiting = flow is not None and session.step is not None and flow.state(session.step).slot
    if not waiting or session.flow == START_INTENTS["course_search"]:
        return None
    if intent != message.intent or _ASKS_HOW.search((message.text or "").lower()):
        return None
    return Outbound(turn.say("aside.same_flow", flow=turn.say(f"flow_names.{session.flow}")))
