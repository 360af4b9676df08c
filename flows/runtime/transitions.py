"""Moving through a flow's states: entering one (its action run, then its question asked
or its ending said and the flow finished), and taking an answer (the slot filled from a button
or the validator, then the move to the next state, or back to the question a correction
interrupted)."""

from __future__ import annotations

from flows.messages import Outbound
from flows.responses import has
from flows.result import Result, Valid
from flows.runtime import controls
from flows.runtime.history import HISTORY
from flows.runtime.hooks import Hooks
from flows.runtime.machine import Flow, FlowTurn, Slot, State
from flows.runtime.prompts import prompt
from flows.turn import Step

FINISHED = "finished"
"""The flow and final state the chat last reached, in which turn and when: what "terus
gimana?" right after follows."""
RETURN_TO = "_return_to"
"""The question to go back to once an earlier answer is given again (a correction)."""


def enter(flow: Flow, name: str, turn: FlowTurn, hooks: Hooks) -> Step:
    replies: list[Outbound] = []
    session = turn.session
    for _ in range(len(flow.states) + 1):
        state = flow.state(name)
        session.step, session.misses = name, 0
        session.entered.append(f"{flow.name}/{name}")
        if state.action is not None:
            replies += yield from state.action(turn)
            if session.flow != flow.name:  # the action ended the flow (handoff, error)
                return replies
        if state.slot is not None and (state.ask_again or state.slot.name not in turn.slots):
            replies.append(prompt(flow, state, turn))
            return replies
        if state.final:
            if state.params is not None or state.buttons is not None or _has_say(flow, state):
                replies.append(_say(flow, state, turn, hooks))
            finish(turn)
            at = turn.message.at.timestamp()
            session.profile[FINISHED] = [flow.name, name, session.turns, at]
            return replies
        name = flow.next_state(state, turn.slots, turn.ctx)
    raise RuntimeError(f"flow {flow.name} loops without asking anything")


def _has_say(flow: Flow, state: State) -> bool:
    return has(f"{flow.name}.{state.name}.say")


def _say(flow: Flow, state: State, turn: FlowTurn, hooks: Hooks) -> Outbound:
    params = dict(state.params(turn)) if state.params else {}
    buttons = state.buttons(turn) if state.buttons else ()
    body = turn.say(f"{flow.name}.{state.name}.say", **params)
    buttons = (*buttons, turn.menu_button())
    return Outbound(body, buttons, style="list" if len(buttons) > 3 else "buttons")


def finish(turn: FlowTurn) -> None:
    session = turn.session
    session.flow = session.step = None
    session.slots = {}
    session.misses = 0


def fill(slot: Slot, turn: FlowTurn) -> Result:
    chosen = controls.option(turn.message)
    if chosen is not None:
        if any(option.value == chosen for option in slot.options):
            return Valid(chosen)
        if slot.stale_taps and slot.validate is not None:  # another question's button
            return slot.validate(turn.message, turn.slots, turn.ctx)
        return None
    if slot.validate is not None and (turn.message.text or turn.message.contact):
        return slot.validate(turn.message, turn.slots, turn.ctx)
    return None


def accept(flow: Flow, state: State, value: object, turn: FlowTurn, hooks: Hooks) -> Step:
    assert state.slot is not None
    turn.slots[state.slot.name] = value
    history = list(turn.slots.get(HISTORY, []))
    history.append(state.name)
    turn.slots[HISTORY] = history[-12:]
    editing = turn.slots.pop(RETURN_TO, None)
    target = str(editing) if editing else flow.next_state(state, turn.slots, turn.ctx)
    return (yield from enter(flow, target, turn, hooks))
