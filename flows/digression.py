"""A question of another intent asked inside a flow (or with a secret): answered without the
menu's buttons, so the runner can ask the flow's question again."""

from __future__ import annotations

import re

from flows import handoff, questions
from flows.fallback import ANSWER_INTENTS
from flows.flow_table import START_INTENTS
from flows.helpers import from_records
from flows.menu import main_menu
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

RULES_ASKED = ("check_eligibility", "register")
"""A question about the flow's own rules asked at one of its questions ("umur berapa ya
batasnya?" when asked for one's age) gets the rules (requirements, steps), then the question."""
_QUESTION = re.compile(r"\?|\b(?:berapa|apa|apakah|gimana|bagaimana|kapan|siapa|what|how|which)\b")


def digress(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Inside a flow (the runner re-asks), or after a warning: answer a confident question of
    another intent."""
    message = turn.message
    intent = message.intent
    if intent is not None:  # "kursus yg sudah saya beli" in the middle of a course search
        records = yield from from_records(turn, intent)
        if records is not None:
            return records
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
    replies = yield from questions.answer(intent, turn, digression=True)
    if replies is None:
        return None
    return [
        reply for reply in replies if reply.buttons != main_menu(turn.lang, first=False).buttons
    ]
