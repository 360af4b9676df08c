"""The questions a flow has asked and had answered, latest last (in the session's slots): what
"kembali" goes back to, what a correction may name, and how a flow is rewound to an earlier
question."""

from __future__ import annotations

import re

from flows.responses import has
from flows.runtime.controls import without_correction
from flows.runtime.machine import Flow, FlowTurn, State

HISTORY = "_history"


def answered(flow: Flow, state: State, turn: FlowTurn) -> list[State]:
    """The questions answered before ``state``, latest first; then the correctable ones
    answered without being asked (a birth date typed at the KK question, a name the opening
    message gave), which a correction may name too. "kembali" never goes to those."""
    names = list(reversed(turn.slots.get(HISTORY, [])))
    earlier = [flow.state(name) for name in names]
    unasked = [s for s in flow.states if s.name not in names and _kept(s, turn)]
    return [s for s in (*earlier, *unasked) if s is not state and s.slot is not None]


def _kept(state: State, turn: FlowTurn) -> bool:
    """A correctable question's answer kept without the question being asked."""
    slot = state.slot
    return slot is not None and slot.correctable and slot.name in turn.slots


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


def new_value(turn: FlowTurn, state: State) -> str:
    """What a correction naming ``state`` gives as its new answer: the message without the
    correcting words and the question's label with its lead-in ("eh namaku salah, harusnya
    Siti" -> "Siti", "eh salah, nama lengkapku Siti R" -> "Siti R", not "Lengkapku Siti R");
    empty when it gives none ("eh namaku salah")."""
    text = turn.message.text or ""
    for word in _label(turn, state):
        text = re.sub(_LABELLED.format(re.escape(word)), " ", text, flags=re.IGNORECASE)
    return without_correction(text)


_OWN = r"(?:ku|nya|mu)?"
_LABELLED = (
    rf"(?:\b(?:full|complete)\s+)?\b{{}}{_OWN}(?:\s+(?:lengkap|full){_OWN})?"
    r"(?:\s+(?:saya|aku|gw|gue))?(?:\s+(?:adalah|is))?\b"
)
"""A label word with the words that introduce its value around it: "nama lengkapku",
"nama lengkap saya adalah", "my full name is" (the name question reads them so too)."""


def _label(turn: FlowTurn, state: State) -> set[str]:
    """The words of the slot's label ("tanggal lahir"; "nomor" aside); none without one."""
    assert state.slot is not None
    key = f"slots.{state.slot.name}"
    if not has(key, turn.lang):
        return set()
    return set(re.findall(r"[a-z]+", turn.say(key).lower())) - {"nomor", "number"}


def _names(turn: FlowTurn, state: State) -> bool:
    """Whether the message names the question by its slot's label ("NIK", "tanggal lahir",
    "namaku"). A question without a label ("Kirim sekarang?") is never named."""
    said = set(re.findall(r"[a-z]+", (turn.message.text or "").lower()))
    said |= {re.sub(r"(?:ku|nya|mu)$", "", word) for word in said}
    label = _label(turn, state)
    return bool(label) and label <= said
