"""A message the NLU reads as an eligibility check, typed by a participant already selected,
enrolled or done: they passed the check long ago, so it is no wish to check again unless it
says so ("syarat", "umur"). Before, "kalo sehari sy kebut bisa kelar ga" or
"can i top up if the course costs more?" started the quiz ("Berapa usiamu sekarang?") and the
next turns were stuck in it (probe p23a #3).

Instead: a question on a course's pace is answered with its least length (no fixed pace is
known: the provider sets the sessions); one on topping up a price over the balance gets the
rule (no own money); anything else is asked back ("which did you mean?")."""

from __future__ import annotations

import re

from flows.course_buying import over_balance
from flows.course_followups import course_hours
from flows.fallback import clarify
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

GUARDED = frozenset({"check_eligibility"})
LINKED = frozenset({"selected", "enrolled", "completed"})
"""Statuses of people past the eligibility check."""
_ELIGIBILITY = re.compile(
    r"\b(?:syarat\w*|usia\w*|umur\w*|lahir|eligib\w*|requirements?|memenuhi|qualif\w*|"
    r"old enough|age|daftar\w*|ikut(?:an)? (?:prakerja|lagi)|join\w*|register\w*|cek|check|"
    r"lolos|saudara|adik|kakak|istri|suami|ibu|bapak|teman|temen|orang ?tua|family)\b"
)
"""Words of the check itself, or of someone else's (a relative may still apply)."""
_PACE = re.compile(
    r"\b(?:kelar|selesai|beres|tamat|finish\w*|complete\w*|kebut\w*|ngebut|cepet|cepat|"
    r"sehari|seminggu|one day|a day|quickly|fast)\b"
)
"""A course's pace asked ("kalo sehari sy kebut bisa kelar ga")."""


def answer(turn: FlowTurn, intent: str) -> Ask[list[Outbound] | None]:
    """The answer for a linked participant's message read as an eligibility check; None:
    not such a message (the check starts as before)."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if intent not in GUARDED or message.payload is not None or not lowered:
        return None
    if turn.session.flow not in (None, "courses") or _ELIGIBILITY.search(lowered):
        return None
    person = yield from participant(turn)
    if person is None or person.status not in LINKED:
        return None
    if over_balance(lowered):
        search = turn.button("menu.courses", "flow:course_choice")
        return [turn.reply("kb.course_price_over_balance", search, turn.menu_button())]
    if _PACE.search(lowered):
        return [course_hours(turn), Outbound(turn.say("courses.pace_unknown"))]
    return clarify(turn)
