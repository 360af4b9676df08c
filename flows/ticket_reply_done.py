"""At "Kirim sekarang?" of the information for a ticket (``flows.ticket_reply``, its confirm
step), "that's all" said in words ("udh ya kak", "udh itu aja", "cukup segitu", "that's
all") is the "Kirim" it means: nothing more to add, so the words shown are sent. Before, the
NLU's goodbye got "Sampai jumpa!" and the question again, and "udh itu aja" "belum menangkap"."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.runtime import controls
from flows.runtime.machine import Flow, FlowTurn

FLOW = "ticket_reply"
STEP = "confirm"
SEND = f"{controls.OPTION}send"
"""The "Kirim" option's payload at the confirm step."""
_DONE = re.compile(
    r"^(?:(?:ok\w*|oke\w*|ya+|iya+|yaudah|yaudh|sip)[\s,.!]+)?"
    r"(?:udah|udh|sudah|sdh|dah|cukup|segitu|itu aja|itu saja|itu doang|that'?s (?:all|it)|"
    r"done|i'?m done|nothing else|no more)"
    r"(?:[\s,.!]+(?:ya+|yah|kak|kk|min|deh|itu|aja|saja|doang|segitu|sih|kok|semua\w*|dulu|"
    r"cukup|gitu|all|thanks|makasih|for now))*[\s,.!🙏]*$"
)
"""Nothing more to add: "udh ya kak", "udh itu aja", "udah cukup segitu", "that's all"."""


def says_done(text: str) -> bool:
    return bool(_DONE.match(" ".join(text.lower().split())))


def as_send(flow: Flow, turn: FlowTurn) -> FlowTurn:
    """At the confirm step, "udh itu aja" read as the "Kirim" button; else ``turn``."""
    session, message = turn.session, turn.message
    if flow.name != FLOW or session.step != STEP or message.payload is not None:
        return turn
    if not says_done(message.text or ""):
        return turn
    return FlowTurn(session, replace(message, payload=SEND), turn.ctx)


__all__ = ["as_send", "says_done"]
