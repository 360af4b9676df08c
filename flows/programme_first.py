"""A message that asks what Kartu Prakerja is beside a wish ("Hi, I am looking for job
training, what is prakerja?", "aku lagi cari pelatihan kerja, prakerja itu apa sih?"): the NLU
reads the wish, but someone who does not know the programme yet is told what it is first, with
the wish one tap away, instead of being put straight into a course search."""

from __future__ import annotations

import re
from dataclasses import replace

from flows import questions
from flows.flow_table import START_INTENTS
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_WHAT_IS = re.compile(
    r"\bwhat(?:'s|\s+is|\s+are)\s+(?:the\s+)?(?:kartu\s+)?prakerja\b"
    r"|\b(?:tell me about|explain)\s+(?:the\s+)?(?:kartu\s+)?prakerja\b"
    r"|\b(?:apa\s+itu|apaan|apa\s+sih)\s+(?:kartu\s+)?prakerja\b"
    r"|\bprakerja\s+(?:(?:itu|tuh|tu)\s+apa(?:an)?|apaan)\b"
)
"""Asks what the programme is (not "apa prakerja masih ada?", which asks whether it runs, nor
"syarat ikut prakerja apa?", which asks for its requirements)."""
_OFFERS = {
    "course_search": "menu.courses",
    "check_eligibility": "eligibility.start",
    "register": "registration.start",
    "complaint": "complaints.file",
}
"""The wish offered after the answer, by the intent the NLU read (its flow's button)."""


def asks_what_it_is(text: str) -> bool:
    return bool(_WHAT_IS.search(text.lower()))


def answer(turn: FlowTurn, intent: str) -> Ask[list[Outbound] | None]:
    """What Kartu Prakerja is, then the flow the message wished for as a button; None when the
    message does not ask what it is."""
    if intent not in _OFFERS or not asks_what_it_is(turn.message.text or ""):
        return None
    replies = yield from questions.answer("program_info", turn)
    if not replies:
        return None
    wish = turn.button(_OFFERS[intent], f"flow:{START_INTENTS[intent]}")
    first, *rest = replies
    return [replace(first, buttons=(wish, *first.buttons)), *rest]
