"""Impatience or a speed-up asked while information for a ticket waits for "Kirim" ("lama bgt
sih, udh 2 minggu", "bisa dipercepat ga" at "Ini yang akan aku kirim ... Kirim sekarang?"):
about that very ticket, answered, and the information still waiting to be sent (before: the
reply was parked and a new, unrelated complaint started; the speed-up only showed the status).

No resolution time is published (DOMAIN.md "Complaints"), so none is promised; what helps is
the information being sent, and the toll-free contact centre takes calls about the ticket.
The router's in-flow hook, after ``flows.complaint_ticket_asides``."""

from __future__ import annotations

import re

from flows import ticket_reply_cancel
from flows.complaint_topics import category_for
from flows.contact_centre_aside import pending, then_resume
from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn
from flows.ticket_speed_up import asks as asks_speed_up

FLOW = "ticket_reply"
STEPS = ("confirm",)
"""The question where the information is ready and only "Kirim" waits."""
MAX_WORDS = 10
_WAIT = re.compile(
    r"\b(?:lama+|lma|lamanya|kelamaan|lambat|lelet|nunggu\w*|menunggu|ditunggu\w*|"
    r"(?:ga|gak|gk|nggak|belum|blm|tidak) ada (?:kabar|kejelasan|respon\w*|balasan)|"
    r"(?:ga|gak|gk|nggak|belum|blm|tidak) (?:dibales|dibalas|direspon\w*|diproses|beres|kelar)|"
    r"slow|so long|taking (?:so |too )?long|still waiting)\b"
)
"""Impatience: "lama bgt sih", "kok ga dibales2", "still waiting"."""


def answer(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """The word on waiting or on speeding up for the ticket being added to, then "Kirim
    sekarang?" again; None for any other message (the runner reads it)."""
    if flow.name != FLOW:
        return None
    dropped = ticket_reply_cancel.answer(flow, turn)  # "gajadi deh" before anything was typed
    if dropped is not None:
        return dropped
    state = pending(flow, turn)
    if state is None or state.name not in STEPS:
        return None
    text = " ".join((turn.message.text or "").lower().split())
    if len(text.split()) > MAX_WORDS or category_for(text):
        return None  # "lama bgt, tp sekarang akun aku diblokir": another matter
    reference = str(turn.slots.get("reference") or "-")
    if asks_speed_up(text):  # "bisa dipercepat ga": no fast track, the information helps
        said = Outbound(turn.say("ticket_speed_up.say", reference=reference))
    elif _WAIT.search(text):
        contact = turn.ctx.programme.contact_centre
        said = Outbound(turn.say("ticket_reply.impatient", reference=reference,
                                 contact_centre=contact))  # fmt: skip
    else:
        return None
    turn.session.misses = 0
    return then_resume(flow, state, turn, said)


__all__ = ["answer"]
