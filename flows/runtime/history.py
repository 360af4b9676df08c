"""The questions a flow has asked and had answered, latest last (in the session's slots): what
"kembali" goes back to, what a correction may name, and how a flow is rewound to an earlier
question."""

from __future__ import annotations

import re

from flows.responses import has
from flows.runtime.machine import Flow, FlowTurn, State

HISTORY = "_history"


def answered(flow: Flow, state: State, turn: FlowTurn) -> list[State]:
    """The questions answered before ``state``, latest first."""
    names = reversed(turn.slots.get(HISTORY, []))
    earlier = (flow.state(name) for name in names)
    return [s for s in earlier if s is not state and s.slot is not None]


def prefilled_before(flow: Flow, state: State, turn: FlowTurn) -> list[str]:
    """The last question before ``state`` that was answered without being asked (by the
    opening message or the context): "kembali" asks it after all."""
    found: list[str] = []
    for earlier in flow.states:
        if earlier is state:
            break
        if earlier.slot is not None and earlier.slot.name in turn.slots:
            found = [earlier.name]
    return found


def named(flow: Flow, state: State, turn: FlowTurn) -> State | None:
    """The latest earlier question the message names by its label ("eh salah, NIK-nya ...")."""
    return next((s for s in answered(flow, state, turn) if _names(turn, s)), None)


def rewind(flow: Flow, earlier: State, turn: FlowTurn) -> None:
    """Forget ``earlier``'s answer and every answer after it (they may depend on it: a birth
    date checked against the NIK)."""
    history = list(turn.slots.get(HISTORY, []))
    at = len(history) - 1 - history[::-1].index(earlier.name)
    for later in history[at:]:
        slot = flow.state(later).slot
        if slot is not None:
            turn.slots.pop(slot.name, None)
    turn.slots[HISTORY] = history[:at]


def _names(turn: FlowTurn, state: State) -> bool:
    """Whether the message names the question by its slot's label ("NIK", "tanggal lahir";
    "nomor" aside). A question without a label ("Kirim sekarang?") is never named."""
    assert state.slot is not None
    key = f"slots.{state.slot.name}"
    if not has(key, turn.lang):
        return False
    words = set(re.findall(r"[a-z]+", (turn.message.text or "").lower()))
    label = set(re.findall(r"[a-z]+", turn.say(key).lower())) - {"nomor", "number"}
    return bool(label) and label <= words
