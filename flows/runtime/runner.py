"""Runs declared flows: start one, ask its pending question again, and take the reply to it:
the controls first (cancel, with its confirmation; back; hold on; put off for later; "maksudnya?";
retry; a person), then the answer (``answers``)."""

from __future__ import annotations

import copy

from flows import flow_restart, form_pause, form_reactions
from flows.messages import Outbound
from flows.responses import has
from flows.result import Invalid, Valid
from flows.runtime import controls, history
from flows.runtime.answers import answer
from flows.runtime.history import HISTORY
from flows.runtime.hooks import Hooks
from flows.runtime.machine import Flow, FlowTurn, State
from flows.runtime.prompts import prompt
from flows.runtime.set_aside import goes_back
from flows.runtime.transitions import enter, finish
from flows.turn import Message, Step

CONFIRM = "_confirm"
CANCELLED = "cancelled"
"""``session.profile``: ``[flow, turn]`` of the flow the user last cancelled."""


def start(flow: Flow, turn: FlowTurn, hooks: Hooks) -> Step:
    session = turn.session
    session.flow, session.step, session.misses = flow.name, flow.start, 0
    session.slots = dict(flow.prefill(turn.message, turn.ctx)) if flow.prefill else {}
    session.suspended = None
    return (yield from enter(flow, flow.start, turn, hooks))


def restore(flow: Flow, turn: FlowTurn, hooks: Hooks) -> Step:
    """Ask the pending question again (after a digression, a resume, a retry)."""
    state = flow.state(turn.session.step or flow.start)
    if state.slot is None:
        return (yield from enter(flow, state.name, turn, hooks))
    return [prompt(flow, state, turn)]


def reply(flow: Flow, turn: FlowTurn, hooks: Hooks) -> Step:
    """The user answered (or did not answer) the question the flow is waiting on."""
    message, slots = turn.message, turn.slots
    state = flow.state(turn.session.step or flow.start)
    if slots.get(CONFIRM) == "cancel":
        return (yield from _confirm_cancel(flow, state, turn, hooks))
    if controls.is_back(message) and not goes_back(message.text or ""):  # before cancel
        return back(flow, state, turn)
    if controls.holds_on(message) and state.slot is not None:  # "bentar, aku cari ktp dulu"
        return [Outbound(turn.say("common.waiting"))]
    if form_pause.puts_off(message) and state.slot is not None:  # "nanti lanjut ya": kept
        return [form_pause.hold(turn)]
    if controls.asks_meaning(message) and state.slot is not None:  # "maksudnya?"
        return [Outbound(turn.say("common.rephrase")), prompt(flow, state, turn, explain=True)]
    if form_reactions.asks_next(message) and _unanswered(state, turn):  # "oke trs?"
        return [Outbound(turn.say("common.next_up")), prompt(flow, state, turn, explain=True)]
    if flow_restart.asked(flow, message):  # "cek syarat lagi": from the first question again
        return (yield from flow_restart.restart(flow, turn, hooks))
    if controls.is_cancel(message) and not _answers_instead(state, turn):
        if not flow.confirm_cancel or (flow.cancel_when_empty and not slots):
            return cancel(turn, hooks)
        slots[CONFIRM] = "cancel"
        return [_cancel_question(turn)]
    if message.payload == controls.RETRY:
        return [prompt(flow, state, turn)]
    asked = controls.wants_human(message, clearly=state.slot is not None)
    if asked and not _story_at(state, message):
        return (yield from hooks.handoff(turn, f"{flow.name}.{state.name}"))
    if state.slot is None:  # not waiting for anything: restart the pending work
        return (yield from enter(flow, state.name, turn, hooks))
    return (yield from answer(flow, state, state.slot, turn, hooks))


def _answers_instead(state: State, turn: FlowTurn) -> bool:
    """Read as a cancel by the NLU alone, the message answers the question or corrects an
    answer ("dulu aku perangkat desa tapi udah berhenti", "eh tadi salah, aku udah lulus"), or
    its validator explains it without a miss ("udh ga sekolah" at the age question: noted)."""
    message, slot = turn.message, state.slot
    if controls.says_cancel(message) or slot is None or not message.text:
        return False
    if controls.is_correction(message):
        return True
    if slot.free_text:  # any text is a story: "udah batalin aja pengaduannya" still cancels
        return False
    # a copy: a validator may count tries (a wrong OTP), and this is only a look
    tried = slot.validate(message, copy.deepcopy(turn.slots), turn.ctx) if slot.validate else None
    return isinstance(tried, Valid) or (isinstance(tried, Invalid) and not tried.miss)


def _unanswered(state: State, turn: FlowTurn) -> bool:
    """The question's reader finds no answer in the message ("trs gmn dong" to "did the fix
    help?" is its "no"); free text takes anything, so it is unanswered there."""
    slot = state.slot
    if slot is None or slot.free_text or slot.validate is None:
        return slot is not None
    tried = slot.validate(turn.message, copy.deepcopy(turn.slots), turn.ctx)
    return not isinstance(tried, Valid) and not (isinstance(tried, Invalid) and not tried.miss)


def _story_at(state: State, message: Message) -> bool:
    """A story typed where one is asked for is the answer even when it reads as a wish for a
    person ("someone asked for my OTP pretending to be prakerja staff"); the button and a short
    request ("mau bicara dengan petugas") still reach one."""
    slot = state.slot
    long = len((message.text or "").split()) > controls.SMALL_TALK_MAX_WORDS
    return slot is not None and slot.free_text and message.payload is None and long


def _confirm_cancel(flow: Flow, state: State, turn: FlowTurn, hooks: Hooks) -> Step:
    message = turn.message
    if message.payload is not None:
        decision = controls.answer_yes_no(message)  # a button, tapped or typed
    elif message.text and (
        controls.keeps_going(message) or controls.holds_on(message) or controls.is_back(message)
    ):
        decision = False  # "ga jadi", "lanjut", "bentar", "kembali": keep going, not "cancel"
    else:
        decision = True if controls.is_cancel(message) else controls.answer_yes_no(message)
    turn.slots.pop(CONFIRM, None)
    if decision:
        return cancel(turn, hooks)
    if decision is False:
        return [Outbound(turn.say("common.cancel_kept")), *(yield from restore(flow, turn, hooks))]
    replies = yield from reply(flow, turn, hooks)
    return _still_confirming(flow, state, turn, replies)


def _cancel_question(turn: FlowTurn) -> Outbound:
    """ "Yakin mau membatalkan?" [Ya, batalkan | Lanjutkan]."""
    yes = turn.button("common.cancel_yes", controls.YES, means="yes")
    no = turn.button("common.cancel_no", controls.NO, means="no")
    return Outbound(turn.say("common.cancel_confirm"), (yes, no))


def _still_confirming(
    flow: Flow, state: State, turn: FlowTurn, replies: list[Outbound]
) -> list[Outbound]:
    """Neither yes nor no to "Yakin mau membatalkan?" and the form's question not answered
    either (a side question: "mau tanya saldo"): after its answer, the cancel is asked again,
    not the form's question (before, the pending cancel was dropped without a word)."""
    session = turn.session
    if session.flow != flow.name or session.step != state.name or state.slot is None:
        return replies  # answered, moved on, handed over or cancelled: no cancel pending
    asked = {prompt(flow, state, turn, simple=simple).text for simple in (False, True)}
    if not replies or replies[-1].text not in asked:
        return replies  # the person offered after misses: left as it is
    said = replies[:-1]
    if said and said[-1].text == turn.say("common.resume_question"):
        said = said[:-1]  # no "Lanjut ya" before a question about stopping
    turn.slots[CONFIRM] = "cancel"
    return [*said, _cancel_question(turn)]


def cancel(turn: FlowTurn, hooks: Hooks) -> list[Outbound]:
    said = cancelled(turn)
    finish(turn)
    return [said, hooks.menu(turn.lang)]


def cancelled(turn: FlowTurn) -> Outbound:
    """What a flow cancelled says: its own words where it has them (``<flow>.cancelled``:
    "your data is not deleted"), else "cancelled, nothing was kept". Call before ``finish``.
    The flow and the turn are noted (``CANCELLED``: "lanjut" next is told it was cancelled)."""
    turn.session.profile[CANCELLED] = [turn.session.flow, turn.session.turns]
    own = f"{turn.session.flow}.cancelled"
    return Outbound(turn.say(own if has(own) else "common.cancelled"))


def _yes_no(flow: Flow, name: str) -> bool:
    slot = flow.state(name).slot
    return slot is not None and {option.value for option in slot.options} == {"yes", "no"}


def back(flow: Flow, state: State, turn: FlowTurn) -> list[Outbound]:
    """ "kembali": the question asked before ``state`` again (its answer forgotten)."""
    asked = list(turn.slots.get(HISTORY, [])) or history.prefilled_before(flow, state, turn)
    if not asked:
        return [Outbound(turn.say("common.no_back")), prompt(flow, state, turn)]
    while controls.wrong_pick(turn.message) and len(asked) > 1 and _yes_no(flow, asked[-1]):
        skipped = flow.state(asked.pop()).slot  # "salah pilih": the choice, not "did it help?"
        turn.slots.pop(skipped.name if skipped else "", None)
    previous = flow.state(asked.pop())
    turn.slots[HISTORY] = asked
    if previous.slot is not None:
        turn.slots.pop(previous.slot.name, None)
    turn.session.step, turn.session.misses = previous.name, 0
    return [prompt(flow, previous, turn)]
