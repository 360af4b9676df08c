"""Runs declared flows: start, answer the pending question, cancel, back, corrections,
digressions, misses (simpler re-ask, then a person), and resuming a parked flow."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Literal

from flows.messages import Outbound
from flows.responses import has
from flows.result import Invalid, Result, Valid
from flows.runtime import controls, history
from flows.runtime.history import HISTORY
from flows.runtime.machine import Flow, FlowTurn, Slot, State
from flows.turn import Ask, Message, Step

FINISHED = "finished"
"""The flow and final state the chat last reached, in which turn and when: what "terus
gimana?" right after follows."""
CONFIRM = "_confirm"
RETURN_TO = "_return_to"
"""The question to go back to once an earlier answer is given again (a correction)."""

Digress = Callable[[FlowTurn], Ask[list[Outbound] | None]]
Handoff = Callable[[FlowTurn, str], Step]


@dataclass(frozen=True, slots=True)
class Hooks:
    """What the runner borrows from the rest of the assistant (set by the router)."""

    digress: Digress
    handoff: Handoff
    menu: Callable[[str], Outbound]


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
        turn.button(option.label, f"{controls.OPTION}{option.value}", means=option.means)
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


def reply(flow: Flow, turn: FlowTurn, hooks: Hooks) -> Step:
    """The user answered (or did not answer) the question the flow is waiting on."""
    message, slots = turn.message, turn.slots
    state = flow.state(turn.session.step or flow.start)
    if slots.get(CONFIRM) == "cancel":
        return (yield from _confirm_cancel(flow, state, turn, hooks))
    if controls.is_back(message):  # before cancel: the NLU may read "kembali" as cancel
        return back(flow, state, turn)
    if controls.holds_on(message) and state.slot is not None:  # "bentar, aku cari ktp dulu"
        return [Outbound(turn.say("common.waiting"))]
    if controls.asks_meaning(message) and state.slot is not None:  # "maksudnya?"
        return [Outbound(turn.say("common.rephrase")), prompt(flow, state, turn, explain=True)]
    if controls.is_cancel(message) and not _answers_instead(state, turn):
        if not flow.confirm_cancel:
            return cancel(turn, hooks)
        slots[CONFIRM] = "cancel"
        yes = turn.button("common.cancel_yes", controls.YES, means="yes")
        no = turn.button("common.cancel_no", controls.NO, means="no")
        return [Outbound(turn.say("common.cancel_confirm"), (yes, no))]
    if message.payload == controls.RETRY:
        return [prompt(flow, state, turn)]
    asked = controls.wants_human(message, clearly=state.slot is not None)
    if asked and not _story_at(state, message):
        return (yield from hooks.handoff(turn, f"{flow.name}.{state.name}"))
    if state.slot is None:  # not waiting for anything: restart the pending work
        return (yield from enter(flow, state.name, turn, hooks))
    return (yield from _answer(flow, state, state.slot, turn, hooks))


def _answers_instead(state: State, turn: FlowTurn) -> bool:
    """Read as a cancel by the NLU alone, the message answers the question or corrects an
    answer ("dulu aku perangkat desa tapi udah berhenti", "eh tadi salah, aku udah lulus")."""
    message, slot = turn.message, state.slot
    if controls.says_cancel(message) or slot is None or not message.text:
        return False
    if controls.is_correction(message):
        return True
    if slot.free_text:  # any text is a story: "udah batalin aja pengaduannya" still cancels
        return False
    # a copy: a validator may count tries (a wrong OTP), and this is only a look
    tried = slot.validate(message, copy.deepcopy(turn.slots), turn.ctx) if slot.validate else None
    return isinstance(tried, Valid)


def _answer(flow: Flow, state: State, slot: Slot, turn: FlowTurn, hooks: Hooks) -> Step:
    """Whatever the user wrote to the pending question: an answer, or why it is none."""
    message = turn.message
    if slot.options and controls.is_unsure(message):  # not a miss: help, ask again
        return [Outbound(turn.say("common.unsure")), prompt(flow, state, turn)]
    if slot.free_text and controls.is_small_talk(message) and not _carries(slot, message):
        # "kamu bot ya?" is no description; "bahasa inggris" to "what to learn?" is a topic
        digressed = yield from _digression(flow, state, turn, hooks)
        if digressed is not None:
            return digressed
    named = history.named(flow, state, turn) if controls.is_correction(message) else None
    if named is not None:  # before a look-alike answer: a NIK typed at the KK question
        return (yield from _redo(flow, named, state, turn, hooks))
    ahead = _ahead(flow, slot, turn)
    result = fill(slot, turn)
    if ahead and not (isinstance(result, Valid) and _plainly_answers(slot, message)):
        turn.slots.update(ahead)  # "saya belum kerja" to "WNI?": noted, not a "no"
        return [Outbound(turn.say("common.noted")), prompt(flow, state, turn)]
    if isinstance(result, Valid):
        turn.slots.update(ahead)
        return (yield from accept(flow, state, result.value, turn, hooks))
    if controls.wants_human(message):  # not an answer after all: a person was asked for
        return (yield from hooks.handoff(turn, f"{flow.name}.{state.name}"))
    corrected = _correction(flow, state, turn)
    if corrected is not None:
        return [corrected, prompt(flow, state, turn)]
    if isinstance(result, Invalid):
        if result.miss and not slot.free_text and not message.entities:
            # "saldo ku kok 0" to "how old?": a question, not an age of 0
            digressed = yield from _digression(flow, state, turn, hooks)
            if digressed is not None:
                return digressed
        explained = Outbound(turn.say(f"invalid.{result.reason}", **result.params))
        if not result.miss:
            return [explained, prompt(flow, state, turn)]
        return _miss(flow, state, turn, [explained])
    digressed = yield from _digression(flow, state, turn, hooks)
    if digressed is not None:
        return digressed
    return _miss(flow, state, turn, [Outbound(turn.say("common.not_understood"))])


def _ahead(flow: Flow, slot: Slot, turn: FlowTurn) -> dict[str, object]:
    """Answers the message gives to questions of the flow not asked yet."""
    if not flow.fills_ahead or flow.prefill is None or not turn.message.text:
        return {}
    said = flow.prefill(turn.message, turn.ctx)
    return {k: v for k, v in said.items() if k != slot.name and k not in turn.slots}


def _story_at(state: State, message: Message) -> bool:
    """A story typed where one is asked for is the answer even when it reads as a wish for a
    person ("someone asked for my OTP pretending to be prakerja staff"); the button and a short
    request ("mau bicara dengan petugas") still reach one."""
    slot = state.slot
    long = len((message.text or "").split()) > controls.SMALL_TALK_MAX_WORDS
    return slot is not None and slot.free_text and message.payload is None and long


def _carries(slot: Slot, message: Message) -> bool:
    return slot.entity is not None and message.entity(slot.entity) is not None


def _plainly_answers(slot: Slot, message: Message) -> bool:
    """A typed answer to a yes/no question is taken beside another answer only when it is a
    button or reads as yes/no as a whole: "belum" in "saya belum kerja" is about work. Any
    other question's answer is plain ("online di jakarta" to "which mode?" gives both)."""
    if not slot.options or controls.option(message) is not None:
        return True
    if not {"yes", "no"} <= {option.value for option in slot.options}:
        return True  # not a yes/no question (the school one also offers "graduate, listed")
    return message.intent in ("affirm", "deny") and message.confidence >= controls.LIKELY


def _digression(
    flow: Flow, state: State, turn: FlowTurn, hooks: Hooks
) -> Ask[list[Outbound] | None]:
    """A question of another intent answered, then the pending question asked again. The
    answer's own buttons are left out: the pending question's stay numbered from 1 ("1" after
    a side question is still its first option, not "Menu utama")."""
    answer = yield from hooks.digress(turn)
    if answer is None:
        return None
    if turn.session.flow != flow.name:  # the digression moved on (handoff)
        return answer
    said = [replace(reply, buttons=()) for reply in answer]
    return [*said, Outbound(turn.say("common.resume_question")), prompt(flow, state, turn)]


def fill(slot: Slot, turn: FlowTurn) -> Result:
    chosen = controls.option(turn.message)
    if chosen is not None:
        if any(option.value == chosen for option in slot.options):
            return Valid(chosen)
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
    return (yield from reply(flow, turn, hooks))


def cancel(turn: FlowTurn, hooks: Hooks) -> list[Outbound]:
    finish(turn)
    return [Outbound(turn.say("common.cancelled")), hooks.menu(turn.lang)]


def back(flow: Flow, state: State, turn: FlowTurn) -> list[Outbound]:
    """ "kembali": the question asked before ``state`` again (its answer forgotten)."""
    asked = list(turn.slots.get(HISTORY, [])) or history.prefilled_before(flow, state, turn)
    if not asked:
        return [Outbound(turn.say("common.no_back")), prompt(flow, state, turn)]
    previous = flow.state(asked.pop())
    turn.slots[HISTORY] = asked
    if previous.slot is not None:
        turn.slots.pop(previous.slot.name, None)
    turn.session.step, turn.session.misses = previous.name, 0
    return [prompt(flow, previous, turn)]


def _with_text(turn: FlowTurn, text: str) -> FlowTurn:
    """The turn with the message's text replaced (a correction's new value alone)."""
    return FlowTurn(turn.session, replace(turn.message, text=text or None), turn.ctx)


def _correction(flow: Flow, state: State, turn: FlowTurn) -> Outbound | None:
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


def _redo(flow: Flow, earlier: State, state: State, turn: FlowTurn, hooks: Hooks) -> Step:
    """Answer ``earlier`` again and go on from there: the checks after it run again and the
    questions after it are asked again. Without a new value in the message, ask it again."""
    slot = earlier.slot
    assert slot is not None
    value = history.new_value(turn, earlier)  # "eh namaku salah" gives no new name
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


def _miss(flow: Flow, state: State, turn: FlowTurn, replies: list[Outbound]) -> list[Outbound]:
    session = turn.session
    session.misses += 1
    rules = turn.ctx.programme.dialogue
    if session.misses >= rules.offer_human_after_misses:
        buttons = (
            turn.button("common.talk_to_person", controls.HUMAN, means="yes"),
            turn.button("common.try_again", controls.RETRY),
            turn.button("common.cancel", controls.CANCEL),
        )
        return [*replies, Outbound(turn.say("common.offer_person"), buttons)]
    simple = session.misses >= rules.simpler_after_misses
    return [*replies, prompt(flow, state, turn, simple=simple)]
