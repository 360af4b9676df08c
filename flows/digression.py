"""A question of another intent asked inside a flow (or with a secret): answered without the
menu's buttons, so the runner can ask the flow's question again. Another flow asked for by
name ("I want to file a complaint" in a course search) parks the running one and starts; a
second side question in a row is answered and the flow set aside (``parking``), rather than
"Let's continue" pinning the user to it."""

from __future__ import annotations

import re

from flows import handoff, parking, questions
from flows.account import wants_erasure
from flows.fallback import ANSWER_INTENTS
from flows.flow_table import FLOWS, START_INTENTS
from flows.helpers import from_records
from flows.menu import main_menu
from flows.messages import Outbound
from flows.runtime.hooks import Hooks
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

RULES_ASKED = ("check_eligibility", "register")
"""A question about the flow's own rules asked at one of its questions ("umur berapa ya
batasnya?" when asked for one's age) gets the rules (requirements, steps), then the question.
Asked in another flow, such a question gets them too ("how do I register?" in a course
search); a wish ("I want to register") starts that flow."""
_QUESTION = re.compile(r"\?|\b(?:berapa|apa|apakah|gimana|bagaimana|kapan|siapa|what|how|which)\b")


def digress(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Inside a flow (the runner re-asks), or after a warning: answer a confident question of
    another intent, or start the other flow it asks for."""
    message = turn.message
    intent = message.intent
    if intent is not None:  # "kursus yg sudah saya beli" in the middle of a course search
        records = yield from from_records(turn, intent)
        if records is not None:
            return _aside(turn, records)
    confident = message.confidence >= turn.ctx.programme.dialogue.min_confidence
    if intent is None or not confident or intent in ANSWER_INTENTS or message.ambiguous:
        return None
    flow = turn.session.flow
    if flow is not None and (intent == flow or START_INTENTS.get(intent) == flow):
        if intent in RULES_ASKED and _QUESTION.search((message.text or "").lower()):
            return (yield from questions.answer(intent, turn, digression=True))
        return None
    if intent == "human_agent":
        return (yield from handoff.request(turn, "asked"))
    if _in_flow(turn) and intent in START_INTENTS and _asks_for_flow(turn, intent):
        return (yield from parking.switch(turn, FLOWS[START_INTENTS[intent]], _hooks()))
    replies = yield from questions.answer(intent, turn, digression=True)
    if replies is None:
        return None
    return _aside(turn, replies)


def _aside(turn: FlowTurn, replies: list[Outbound]) -> list[Outbound]:
    """A side question's answer: the second in a row sets the flow aside (the answer keeps its
    buttons); else the menu is left out, the runner asks the flow's question again."""
    if _in_flow(turn) and parking.side_question(turn):
        return [*replies, parking.set_aside(turn)]
    menu = main_menu(turn.lang, first=False).buttons
    return [reply for reply in replies if reply.buttons != menu]


def _in_flow(turn: FlowTurn) -> bool:
    """Inside a flow waiting on one of its questions (not after a warning at its work)."""
    session = turn.session
    flow = FLOWS.get(session.flow or "")
    if flow is None or session.step is None:
        return False
    return flow.state(session.step).slot is not None


def _asks_for_flow(turn: FlowTurn, intent: str) -> bool:
    """A wish for another flow, not a question about it: "how do I register?" is answered
    aside, "data saya aman ga?" is about the data, not its erasure."""
    message = turn.message
    if intent == "delete_my_data":
        return wants_erasure(message)
    return intent not in RULES_ASKED or not _QUESTION.search((message.text or "").lower())


def _hooks() -> Hooks:
    return Hooks(digress=digress, handoff=handoff.request, menu=_menu)


def _menu(language: str) -> Outbound:
    return main_menu(language, first=False)
