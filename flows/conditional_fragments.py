"""A bare conditional that names nothing of its own ("kalo ga bisa?", "trs klo udh?", "klo udh
lewat?", "kalo belum?"): a follow-up of the answer just given, never the start of the
eligibility check. The NLU reads such fragments as ``check_eligibility`` (or ``register``), and
before, the check started ("Berapa usiamu sekarang?") whatever had been answered.

A fragment that a topic's own follow-ups did not answer (``flows.follow_ons``,
``flows.bare_follow_ups``) gets a short question back: after an eligibility answer, what the
user means with the check one tap away (offered, not started); else what the "if" is about,
with a person one tap away."""

from __future__ import annotations

import re

from flows.fallback import previous_intent
from flows.messages import Outbound
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import FINISHED
from flows.turn import within_context_of

MAX_WORDS = 6
GUARDED = frozenset({"check_eligibility", "register"})
"""Intents that start a form on such a fragment."""

_IF = r"(?:kalo|kalau|klo|kl|kalu|kalok|if|what if)"
_LEAD = r"(?:terus|trus|trs|lalu|tapi|tp|oh|ok|oke|yah|ya|and|but|so|terus)"
_FILLER = (
    r"(?:udah|udh|uda|sudah|sdh|dah|ud|done|already|ga|gak|gk|g|nggak|ngga|enggak|engga|tidak|"
    r"tdk|not|belum|blm|bisa|bs|lewat|lwt|kelewat|telat|terlambat|gagal|masih|msh|tetep|tetap|"
    r"still|it|fails?|gimana|gmn|gmna|bagaimana|how|ya|kak|min|dong|sih|deh|gitu|gt|begitu|"
    r"itu|nya|lagi|lg|juga|jg|terus|trs|then|aja|doang|semua)"
)
FRAGMENT = re.compile(rf"^\W*(?:{_LEAD}\W+)*{_IF}(?:\W+{_FILLER})*\W*$")
"""An "if" and nothing but words any topic could hold: "kalo ga bisa?", "trs klo udh?"."""
AFTER_ELIGIBILITY = frozenset({"check_eligibility", "register"})
"""Readings of the message before that make this a follow-up of an eligibility answer."""


def is_fragment(text: str | None) -> bool:
    """A short conditional that names no topic of its own."""
    lowered = " ".join((text or "").lower().split())
    return bool(lowered) and len(lowered.split()) <= MAX_WORDS and bool(FRAGMENT.match(lowered))


def _after_eligibility(turn: FlowTurn) -> bool:
    """The answer just before was about eligibility (a verdict, or a rule answered)."""
    if not within_context_of(turn.session.last_activity, turn.message.at):
        return False
    finished = turn.session.profile.get(FINISHED) or []
    just = len(finished) == 4 and finished[2] == turn.session.turns - 1
    if just and finished[0] == "eligibility":
        return True
    return previous_intent(turn) in AFTER_ELIGIBILITY


def answer(turn: FlowTurn, intent: str) -> list[Outbound] | None:
    """A short question back for a bare conditional read as a form's start; else None."""
    message = turn.message
    if message.payload is not None or intent not in GUARDED or turn.session.flow is not None:
        return None
    if not is_fragment(message.text):
        return None
    turn.session.misses = 0
    if turn.session.turns > 0 and _after_eligibility(turn):
        check = turn.button("eligibility.start", "flow:eligibility", means="yes")
        return [turn.reply("conditional_fragments.eligibility", check, turn.menu_button())]
    person = turn.button("common.talk_to_person", controls.HUMAN)
    return [turn.reply("conditional_fragments.unclear", person, turn.menu_button())]


__all__ = ["FRAGMENT", "GUARDED", "answer", "is_fragment"]
