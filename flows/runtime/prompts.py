"""The pending question as the user sees it: its wording (the plain one, the simpler one
after misses, the explanation for "maksudnya?"), its options as buttons, and back and cancel
with the simpler wording."""

from __future__ import annotations

from typing import Literal

from flows.messages import Outbound
from flows.responses import has
from flows.runtime import controls
from flows.runtime.history import HISTORY
from flows.runtime.machine import Flow, FlowTurn, State

MARK = "@"
MARKED_VALUES = frozenset({"yes", "no"})
"""Option values every yes/no question shares: their buttons name their question
("opt:yes@eligibility.citizen"), so a stale tap is told apart (``flows.stale_taps``)."""


def _payload(value: str, flow: Flow, state: State) -> str:
    mark = f"{MARK}{flow.name}.{state.name}" if value in MARKED_VALUES else ""
    return f"{controls.OPTION}{value}{mark}"


def prompt(
    flow: Flow, state: State, turn: FlowTurn, *, simple: bool = False, explain: bool = False
) -> Outbound:
    """The question; ``simple`` after misses, ``explain`` for "maksudnya?" (its ``explain``
    text, else its simpler one, else the question again)."""
    slot = state.slot
    assert slot is not None
    params = dict(state.params(turn)) if state.params else {}
    key = f"{flow.name}.{state.name}.{'simple' if simple else 'ask'}"
    if explain:
        wordings = [f"{flow.name}.{state.name}.{name}" for name in ("explain", "simple")]
        key = next((wording for wording in wordings if has(wording)), key)
    buttons = [
        turn.button(option.label, _payload(option.value, flow, state), means=option.means)
        for option in slot.options
    ]
    if simple:
        if turn.slots.get(HISTORY):
            buttons.append(turn.button("common.back", controls.BACK))
        buttons.append(turn.button("common.cancel", controls.CANCEL))
    style: Literal["buttons", "list"] = "list" if len(buttons) > 3 else "buttons"
    return Outbound(
        turn.say(key, **params), tuple(buttons), style=style, request_contact=slot.request_contact
    )
