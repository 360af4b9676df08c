"""A flow parked when the user leaves it for the menu or a global button, and resumed later
("lanjut", or the resume offer's buttons)."""

from __future__ import annotations

import re

from flows import courses
from flows.flow_table import FLOWS
from flows.menu import main_menu
from flows.messages import Outbound
from flows.runtime import runner, transitions
from flows.runtime.hooks import Hooks
from flows.runtime.machine import FlowTurn
from flows.turn import Step

CONTINUE_WORDS = re.compile(r"(?:lanjut|lanjutkan|lanjutin|terusin|teruskan|continue)\b")
"""Continue the parked flow, as the parked message says."""


def park(turn: FlowTurn) -> str | None:
    """Park the running flow (a global button was pressed) so it can be resumed later; its name
    as the user reads it, if one was parked."""
    session = turn.session
    if session.flow not in FLOWS:
        return None
    session.suspended = {"flow": session.flow, "step": session.step, "slots": session.slots}
    answered = any(not name.startswith("_") for name in session.slots)
    parked = turn.say(f"flow_names.{session.flow}") if answered else None
    transitions.finish(turn)
    return parked


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
    parked = turn.session.suspended or {}
    what = turn.say(f"flow_names.{parked.get('flow', 'courses')}")
    return turn.reply(
        "resume.offer",
        turn.button("resume.continue", "resume:continue", means="yes"),
        turn.button("resume.restart", "resume:restart"),
        turn.menu_button(),
        flow=what,
    )
