"""The answer to a form's question the user put off ("nanti lanjut ya": ``flows.form_pause``),
typed after the idle pause parked the form: "iya" to "WNI?" the next morning goes on with the
check at that question, as the hold promised ("jawab saja pertanyaan tadi"). Before, the resume
offer ("Tadi kita sedang ... Mau lanjut dari tadi?") answered it and the "iya" was lost. Only
an answer the pending question takes; anything else is read as usual (the offer to go on)."""

from __future__ import annotations

import copy

from flows import eligibility_after_pause as after_pause
from flows.flow_table import FLOWS
from flows.form_pause import HELD
from flows.messages import Outbound
from flows.result import Valid
from flows.runtime import runner
from flows.runtime.machine import FlowTurn
from flows.turn import Ask


def resumed(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The held form resumed with the message as its pending answer; else None."""
    session, message = turn.session, turn.message
    parked = session.suspended or {}
    flow = FLOWS.get(str(parked.get("flow") or ""))
    slots = dict(parked.get("slots") or {})
    if session.flow is not None or flow is None or message.payload is not None:
        return None
    step = str(parked.get("step") or flow.start)
    slot = flow.state(step).slot
    held = slots.get(HELD) == step or after_pause.takes(turn, flow.name)  # "25" the next day
    if not held or slot is None or slot.validate is None or slot.free_text:
        return None
    tried = slot.validate(message, copy.deepcopy(slots), turn.ctx)  # a look: nothing kept
    if not isinstance(tried, Valid):
        return None
    session.suspended = None
    session.flow, session.step, session.slots = flow.name, step, slots
    from flows.route_hooks import hooks  # here: the router's hooks import the flows

    said = Outbound(turn.say("resume.continuing"))
    return [said, *(yield from runner.reply(flow, turn, hooks()))]


__all__ = ["resumed"]
