"""Corrections of an earlier answer typed while another question is pending: the new value
put in place ("eh tadi salah, aku udah lulus"), or the named question answered again and the
flow gone on from there ("eh NIK-nya salah, harusnya ...")."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.messages import Outbound
from flows.result import Invalid, Result, Valid
from flows.runtime import controls, history
from flows.runtime.hooks import Hooks
from flows.runtime.machine import Flow, FlowTurn, State
from flows.runtime.prompts import prompt
from flows.runtime.transitions import RETURN_TO, accept, fill
from flows.turn import Step

_TYPO = re.compile(r"(?<![\w'])(?:salah\s+)?(?:ketik|ketikan|typo)(?![\w'])", re.IGNORECASE)
"""A typo named ("namaku salah ketik"): no part of the new value."""


def _with_text(turn: FlowTurn, text: str) -> FlowTurn:
    """The turn with the message's text replaced (a correction's new value alone)."""
    return FlowTurn(turn.session, replace(turn.message, text=text or None), turn.ctx)


def correction(flow: Flow, state: State, turn: FlowTurn) -> Outbound | None:
    """A correction of an earlier answer typed while another question is pending."""
    if not controls.is_correction(turn.message):
        return None
    value = controls.without_correction(turn.message.text or "")
    if not value:  # "eh salah": which answer, and to what? nothing to change
        return None
    for earlier in history.answered(flow, state, turn):
        slot = earlier.slot
        if slot is None or not slot.correctable or slot.validate is None:
            continue
        result = slot.validate(_with_text(turn, value).message, turn.slots, turn.ctx)
        if isinstance(result, Valid):
            turn.slots[slot.name] = result.value
            return Outbound(turn.say("common.corrected", what=turn.say(f"slots.{slot.name}")))
        if isinstance(result, Invalid):
            return Outbound(turn.say(f"invalid.{result.reason}", **result.params))
    return None


def redo(flow: Flow, earlier: State, state: State, turn: FlowTurn, hooks: Hooks) -> Step:
    """Answer ``earlier`` again and go on from there: the checks after it run again and the
    questions after it are asked again. Without a new value in the message, ask it again."""
    slot = earlier.slot
    assert slot is not None
    typed = _TYPO.sub(" ", turn.message.text or "")  # "salah ketik, yg bener Siti R": "Siti R"
    value = history.new_value(_with_text(turn, typed), earlier)  # "eh namaku salah": none
    result = fill(slot, _with_text(turn, value)) if value or controls.option(turn.message) else None
    if isinstance(result, Invalid):
        explained = Outbound(turn.say(f"invalid.{result.reason}", **result.params))
        return [explained, prompt(flow, state, turn)]
    if slot.correctable:  # nothing depends on it: the later answers stay
        return _correct_in_place(flow, earlier, state, turn, result)
    history.rewind(flow, earlier, turn)
    if not isinstance(result, Valid):
        turn.session.step, turn.session.misses = earlier.name, 0
        return [prompt(flow, earlier, turn)]
    said = Outbound(turn.say("common.corrected", what=turn.say(f"slots.{slot.name}")))
    return [said, *(yield from accept(flow, earlier, result.value, turn, hooks))]


def _correct_in_place(
    flow: Flow, earlier: State, state: State, turn: FlowTurn, result: Result
) -> list[Outbound]:
    """A correctable answer named: the new value replaces it and the pending question is asked
    again; without a value ("eh namaku salah") its question is asked, then the pending one."""
    slot = earlier.slot
    assert slot is not None
    if isinstance(result, Valid):
        turn.slots[slot.name] = result.value
        said = Outbound(turn.say("common.corrected", what=turn.say(f"slots.{slot.name}")))
        return [said, prompt(flow, state, turn)]
    turn.slots.pop(slot.name, None)
    turn.slots[RETURN_TO] = state.name
    turn.session.step, turn.session.misses = earlier.name, 0
    return [prompt(flow, earlier, turn)]
