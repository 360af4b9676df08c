"""The story typed after an idle pause at the complaint's story question ("Ceritakan
masalahnya ..."), when the pause parked the complaint: the complaint goes on with it as the
story, as the question asked. Before, the story was answered as a general question with a
"Buat pengaduan" button (the complaint seemingly never started: "insentif ku belum masuk udah
2 bulan ..."), or "Oke, kita lanjut dari tadi." asked for the story again and the one typed
was lost (probe p26b, item 1).

Only a message that tells a story (``complaint_story.story_like``) and that the story question
takes: a greeting, a question asked by the way or another flow asked for keeps the offer to go
on (``flows.parking``) or its own answer."""

from __future__ import annotations

import copy

from flows import parking
from flows.complaint_questions import asks_instead
from flows.complaint_story import story_like
from flows.complaints import COMPLAINTS
from flows.flow_table import START_INTENTS
from flows.messages import Outbound
from flows.result import Valid
from flows.route_hooks import hooks
from flows.runtime import runner
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

STEP = "description"
_NOT_TOLD = frozenset({"greet", "goodbye", "thanks", "cancel"})
"""Readings that tell no story, however long the message."""


def resumed(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The complaint parked by the pause, resumed with the message as its story; else None."""
    session, message = turn.session, turn.message
    parked = session.suspended or {}
    if session.flow is not None or message.payload is not None:
        return None
    if parked.get("flow") != COMPLAINTS.name or parked.get("step") != STEP:
        return None  # checked first: most turns park nothing, and reading the story costs
    if not _tells(turn):
        return None
    slot = COMPLAINTS.state(STEP).slot
    slots = dict(parked.get("slots") or {})
    if not parking.paused(session) or slot is None or slot.validate is None:
        return None
    if not isinstance(slot.validate(message, copy.deepcopy(slots), turn.ctx), Valid):
        return None  # a look: nothing kept
    session.suspended = None
    session.flow, session.step, session.slots = COMPLAINTS.name, STEP, slots
    said = Outbound(turn.say("resume.continuing"))
    return [said, *(yield from runner.reply(COMPLAINTS, turn, hooks()))]


def _tells(turn: FlowTurn) -> bool:
    """A story: long enough, asking nothing by the way, starting no other flow."""
    text = " ".join((turn.message.text or "").split())
    intent = turn.message.intent
    other_flow = intent in START_INTENTS and START_INTENTS[intent] != COMPLAINTS.name
    if intent in _NOT_TOLD or other_flow:
        return False
    return story_like(text) and not asks_instead(text)


__all__ = ["resumed"]
