"""Whatever the user wrote to the pending question, once no control word steered the flow:
an answer (with answers to later questions noted), a correction, a digression (another
question answered, then the pending one asked again), or a miss (a simpler re-ask, then a
person offered)."""

from __future__ import annotations

from dataclasses import replace

from flows import form_reactions
from flows.messages import Outbound
from flows.responses import has
from flows.result import Invalid, Valid
from flows.runtime import controls, hearsay, history
from flows.runtime.corrections import correction, redo
from flows.runtime.hooks import Hooks
from flows.runtime.machine import Flow, FlowTurn, Slot, State
from flows.runtime.prompts import prompt
from flows.runtime.set_aside import continues_here, resumes_set_aside
from flows.runtime.transitions import accept, fill
from flows.turn import Ask, Message, Step


def answer(flow: Flow, state: State, slot: Slot, turn: FlowTurn, hooks: Hooks) -> Step:
    """Whatever the user wrote to the pending question: an answer, or why it is none."""
    message = turn.message
    if slot.options and controls.is_unsure(message):  # not a miss: help, ask again
        return [Outbound(turn.say("common.unsure")), prompt(flow, state, turn)]
    if slot.free_text and controls.is_small_talk(message) and not _carries(slot, message):
        # "kamu bot ya?" is no description; "bahasa inggris" to "what to learn?" is a topic
        digressed = yield from _digression(flow, state, turn, hooks)
        if digressed is not None:
            return digressed
    if resumes_set_aside(turn):  # "lanjut lapor" with the complaint set aside: no "yes" here
        digressed = yield from _digression(flow, state, turn, hooks)
        if digressed is not None:
            return digressed
    named = history.named(flow, state, turn) if controls.is_correction(message) else None
    if named is not None:  # before a look-alike answer: a NIK typed at the KK question
        return (yield from redo(flow, named, state, turn, hooks))
    ahead = _ahead(flow, slot, turn)
    result = fill(slot, turn)
    if isinstance(result, Valid) and continues_here(turn):  # "oke lanjut cek syarat adikku":
        result = None  # on with the check, not its "yes" (its own readers may say so first)
    if ahead and not (isinstance(result, Valid) and _plainly_answers(slot, message)):
        turn.slots.update(ahead)  # "saya belum kerja" to "WNI?": noted, not a "no"
        return [_noted(slot, turn), prompt(flow, state, turn)]
    if isinstance(result, Valid):
        turn.slots.update(ahead)
        return (yield from accept(flow, state, result.value, turn, hooks))
    if controls.wants_human(message) and not hearsay.only_hearsay(message):  # not an answer
        # after all: a person was asked for (not "dl kata org gabisa": what people say)
        return (yield from hooks.handoff(turn, f"{flow.name}.{state.name}"))
    corrected = correction(flow, state, turn)
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
            return _not_a_miss(flow, state, turn, result, explained)
        return _miss(flow, state, turn, [explained])
    digressed = yield from _digression(flow, state, turn, hooks)
    if digressed is not None:
        return digressed
    if form_reactions.heard(message):  # "ok brarti nunggu ya": an aside's answer taken in
        return [Outbound(turn.say("common.heard")), prompt(flow, state, turn)]
    return _miss(flow, state, turn, [Outbound(turn.say("common.not_understood"))])


def _not_a_miss(
    flow: Flow, state: State, turn: FlowTurn, result: Invalid, explained: Outbound
) -> list[Outbound]:
    """A well-formed answer explained, then the question again; its simpler wording with
    ``brief`` (data typed before the consent), or only its buttons under the explanation with
    ``brief="alone"`` (the explanation says what to do: "ketuk Kirim ulang kode")."""
    brief = result.params.get("brief")
    asked = prompt(flow, state, turn, simple=brief is True)
    if brief == "alone":
        return [replace(explained, buttons=asked.buttons, style=asked.style)]
    return [explained, asked]


def _ahead(flow: Flow, slot: Slot, turn: FlowTurn) -> dict[str, object]:
    """Answers the message gives to questions of the flow not asked yet."""
    read = flow.reads_ahead or flow.prefill
    if not flow.fills_ahead or read is None or not turn.message.text:
        return {}
    said = read(turn.message, turn.ctx)
    ahead = {k: v for k, v in said.items() if k != slot.name and k not in turn.slots}
    # a marker ("_graduated") beside the pending question's own answer alone is no answer ahead
    return ahead if any(not key.startswith("_") for key in ahead) else {}


def _noted(slot: Slot, turn: FlowTurn) -> Outbound:
    """Other answers noted, and what the pending question still needs ("usia")."""
    label = f"slots.{slot.name}"
    if not has(label, turn.lang):
        return Outbound(turn.say("common.noted"))
    return Outbound(turn.say("common.noted_still", what=turn.say(label)))


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


def _miss(flow: Flow, state: State, turn: FlowTurn, replies: list[Outbound]) -> list[Outbound]:
    """A miss: the question again (simpler after a few), a person offered once after more;
    later misses ask it again briefly with the person one tap away, not the offer again."""
    session = turn.session
    session.misses += 1
    rules = turn.ctx.programme.dialogue
    if session.misses == rules.offer_human_after_misses:
        buttons = (
            turn.button("common.talk_to_person", controls.HUMAN, means="yes"),
            turn.button("common.try_again", controls.RETRY),
            turn.button("common.cancel", controls.CANCEL),
        )
        return [*replies, Outbound(turn.say("common.offer_person"), buttons)]
    simple = session.misses >= rules.simpler_after_misses
    asked = prompt(flow, state, turn, simple=simple)
    if session.misses > rules.offer_human_after_misses:  # no "Ya" typed means the person here
        person = turn.button("common.talk_to_person", controls.HUMAN)
        offered = (*asked.buttons, person)
        asked = replace(asked, buttons=offered, style="list" if len(offered) > 3 else "buttons")
    return [*replies, asked]
