""" "lanjut" typed again and again at a question that needs an answer first: from the second in
a row, what the question needs is said ("Untuk lanjut, aku perlu nomor KK kamu dulu"), not
"Oke, kita lanjut." each time with the same question (probe p25a g01: a loop with no hint)."""

from __future__ import annotations

from flows.messages import Outbound
from flows.responses import has
from flows.runtime.machine import FlowTurn

_GO_ON = "_go_on"
"""Slot: ``[turn, count]`` of the "lanjut" typed in a row at the flow's questions."""


def needed(turn: FlowTurn) -> Outbound | None:
    """Count this "lanjut"; from the second in a row, what the pending question needs."""
    session = turn.session
    last, count = session.slots.get(_GO_ON) or (-2, 0)
    count = count + 1 if last == session.turns - 1 else 1
    session.slots[_GO_ON] = [session.turns, count]
    flow_step = _slot_name(turn)
    label = f"slots.{flow_step}"
    if count < 2 or flow_step is None or not has(label, turn.lang):
        return None
    return Outbound(turn.say("common.go_on_needs", what=turn.say(label)))


def _slot_name(turn: FlowTurn) -> str | None:
    from flows.flow_table import FLOWS  # here: the flow table imports the flows using this

    session = turn.session
    flow = FLOWS.get(session.flow or "")
    slot = flow.state(session.step).slot if flow is not None and session.step else None
    return slot.name if slot is not None else None
