"""A flow parked when the user leaves it: for the menu or a global button, for another flow
asked for by name ("I want to file a complaint" in a course search), or after side questions
asked in a row (the flow is in the way); resumed later ("lanjut", or the resume offer's
buttons)."""

from __future__ import annotations

from typing import Any

from flows import courses
from flows.account import DATA_DELETION
from flows.flow_table import FLOWS, OTP_STEPS
from flows.menu import main_menu
from flows.messages import Outbound
from flows.runtime import runner, transitions
from flows.runtime.hooks import Hooks
from flows.runtime.machine import Flow, FlowTurn
from flows.runtime.set_aside import CONTINUE_WORDS as CONTINUE_WORDS
from flows.runtime.set_aside import LEAD_IN, goes_back
from flows.turn import Step
from storage.sessions import Session

PARK_AFTER_SIDE_QUESTIONS = 3
"""Side questions answered in a row inside a flow before it is set aside: the user is doing
something else, and "Let's continue" after each would pin them to it (two are still
answered aside: "kamu bot ya?", then "stop kirim2 info", at the complaint's story)."""
_SIDE = "_side_questions"
"""Slot: ``[turn, count]`` of the side questions asked in a row at the flow's questions."""
_BACK = "back_at"
"""Key of a parked flow: the turn of the first message after the idle timeout parked it (the
one welcomed back); ``None`` for a flow set aside in the chat (no pause to welcome back from).
The engine measures idleness by its own clock, which a flow does not see (the message's time
is the sender's): the first message that finds the flow parked without this key is the one
after the pause. Before, "Halo lagi!" answered a "y" sent 20 seconds after the last reply."""


def note_return(session: Session) -> None:
    """Called as each message comes in: a flow the idle timeout parked notes this turn as the
    return after the pause."""
    parked = session.suspended
    if parked is not None and _BACK not in parked:
        parked[_BACK] = session.turns


def waits_for_code(session: Session) -> bool:
    """At one of our SMS code questions, running or parked (a code typed after an idle pause
    is ours too: never kept in the clear)."""
    parked = session.suspended or {}
    asked = {(session.flow, session.step), (parked.get("flow"), parked.get("step"))}
    return any(step in OTP_STEPS for step in asked)


def paused(session: Session) -> bool:
    """The parked flow was parked by the idle timeout, not set aside in the chat."""
    return (session.suspended or {}).get(_BACK) is not None


def came_back(turn: FlowTurn) -> bool:
    """This message is the first after the idle pause that parked the flow."""
    parked = turn.session.suspended or {}
    return bool(parked.get(_BACK, turn.session.turns) == turn.session.turns)


def park(turn: FlowTurn) -> str | None:
    """Park the running flow (a global button was pressed) so it can be resumed later; its name
    as the user reads it, if one was parked."""
    session = turn.session
    if session.flow not in FLOWS:
        return None
    session.suspended = {
        "flow": session.flow,
        "step": session.step,
        "slots": session.slots,
        _BACK: None,  # set aside in the chat: no pause
    }
    answered = any(not name.startswith("_") for name in session.slots)
    parked = turn.say(f"flow_names.{session.flow}") if answered else None
    transitions.finish(turn)
    return parked


def continues_parked(text: str) -> bool:
    """ "lanjut", "balik ke yg tadi", "balik lagi ke cek syarat": back to the parked flow."""
    return bool(CONTINUE_WORDS.match(LEAD_IN.sub("", text.lower()))) or goes_back(text)


def resume(turn: FlowTurn, keep: bool, hooks: Hooks) -> Step:
    session = turn.session
    parked = session.suspended or {}
    session.suspended = None
    flow = FLOWS.get(str(parked.get("flow", "")))
    if flow is None:
        if parked.get("flow") == courses.FLOW:
            return (yield from courses.categories(session))
        return [main_menu(turn.lang, first=False)]
    if not keep:
        return (yield from runner.start(flow, turn, hooks))
    session.flow, session.step = flow.name, str(parked.get("step") or flow.start)
    session.slots = dict(parked.get("slots") or {})
    replies = [Outbound(turn.say("resume.continuing"))]
    return [*replies, *(yield from runner.restore(flow, turn, hooks))]


def resume_offer(turn: FlowTurn) -> Outbound:
    """Go on with the parked flow, start it again, or the menu? "Halo lagi!" first only for the
    first message after the idle pause, or a greeting."""
    parked = turn.session.suspended or {}
    doing = turn.say(f"resume.doing.{parked.get('flow', 'courses')}")
    welcome = came_back(turn) or turn.message.intent == "greet"
    return turn.reply(
        "resume.offer",
        turn.button("resume.continue", "resume:continue", means="yes"),
        turn.button("resume.restart", "resume:restart"),
        turn.menu_button(),
        hello=turn.say("resume.hello") if welcome else "",
        doing=doing,
    )


def side_question(turn: FlowTurn) -> bool:
    """Count a side question answered inside the flow; True when the flow should be set
    aside (the last ``PARK_AFTER_SIDE_QUESTIONS`` messages were all side questions)."""
    session = turn.session
    last, count = session.slots.get(_SIDE) or (-2, 0)
    count = count + 1 if last == session.turns - 1 else 1
    session.slots[_SIDE] = [session.turns, count]
    return count >= PARK_AFTER_SIDE_QUESTIONS


def set_aside(turn: FlowTurn) -> Outbound:
    """Park the flow after side questions in a row, with the way back one tap away."""
    name = turn.say(f"flow_names.{turn.session.flow}")
    park(turn)
    back = turn.button("resume.continue", "resume:continue")
    return turn.reply("resume.set_aside_asked", back, flow=name)


def switch(turn: FlowTurn, flow: Flow, hooks: Hooks) -> Step:
    """Another flow asked for by name inside one: the running one parked (and kept while the
    new one runs), the new one started; or, when that flow was the one set aside ("daftar" in
    a course search beside a registration), resumed with its answers."""
    name = turn.say(f"flow_names.{turn.session.flow}")
    earlier = turn.session.suspended
    park(turn)
    kept = turn.session.suspended
    if earlier is not None and earlier.get("flow") == flow.name:
        turn.session.suspended = earlier
        replies = yield from resume(turn, True, hooks)
    else:
        replies = yield from runner.start(flow, turn, hooks)
    turn.session.suspended = kept  # start() drops a parked flow: this one stays resumable
    return [Outbound(turn.say("resume.set_aside", flow=name)), *replies]


KEPT_BESIDE = frozenset({"registration"})
"""Forms whose answers stay set aside while another flow started from the chat runs: "lanjut
daftar tadi" in a course search started after the registration was left for the menu goes on
at its pending question. Before, starting the search dropped it (a new consent question, the
NIK typed next refused)."""


def kept_beside(session: Session, starting: str | None) -> dict[str, Any] | None:
    """The set-aside form with answers that stays set aside while ``starting`` runs (None:
    no flow starts)."""
    parked = session.suspended
    if starting in (None, DATA_DELETION.name) or parked is None:
        return None  # erasing one's data: nothing of it kept aside
    if parked.get("flow") not in KEPT_BESIDE or parked.get("flow") == starting:
        return None
    answered = any(not name.startswith("_") for name in parked.get("slots") or {})
    return parked if answered else None


def keep_beside(session: Session, parked: dict[str, Any] | None) -> None:
    """Set ``parked`` aside again after another flow started (``runner.start`` drops it), unless
    that flow finished and parked something of its own."""
    if parked is not None and session.suspended is None and session.flow is not None:
        session.suspended = parked
