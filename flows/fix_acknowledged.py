"""An acknowledgment of the known fix at the complaint form's "did this help?" ("oh gitu ya",
"oh begitu", "oalah", "oh I see"): the user took note of the fix and has not tried it yet, so
it is neither "yes, it helped" nor "no": the form ends with a short okay and the complaint one
tap away (its category and story kept, the fix not shown again). Before, the NLU's "deny"
(0.59 for "oh gitu ya") read it as "no" and a complaint summary was offered."""

from __future__ import annotations

import re

from flows.complaint_story import OPENING
from flows.complaint_topics import file_complaint
from flows.messages import Outbound
from flows.runtime.machine import Flow, FlowTurn
from flows.runtime.transitions import finish

FORM = "complaints"
STEP = "fix"
"""The complaint form and its "did this help?" question."""
_NOTED = re.compile(
    r"(?:(?:o+h*|oo+h*|oalah|owalah|ohalah)\s*,?\s*)?(?:gitu|gtu|gt|begitu|bgitu|bgtu)"
    r"(?:\s+(?:ya+|yah|toh|kak|kk|ka|min|mimin|deh|sih|ternyata|oke|ok))*[\s.!?👍]*"
    r"|(?:oalah|owalah|ohalah)(?:\s+(?:ya+|yah|kak|kk|min|deh))*[\s.!👍]*"
    r"|(?:o+h+\s*,?\s*)?i see(?:\s+(?:then|now))?[\s.!👍]*"
)
"""Taking note, with no yes or no in it ("oh gitu ya", "oalah kak", "oh, I see")."""


def noted(text: str) -> bool:
    """The whole message takes note of what was said ("oh gitu ya kak")."""
    return bool(_NOTED.fullmatch(" ".join(text.lower().split())))


def answer(flow: Flow, turn: FlowTurn) -> list[Outbound] | None:
    """At "did this help?": an acknowledgment ends the form with a short okay and the
    complaint to file if the fix fails; else None (the form reads the message)."""
    session, message = turn.session, turn.message
    if flow.name != FORM or session.step != STEP or message.payload is not None:
        return None
    if not noted(message.text or ""):
        return None
    category = str(turn.slots.get("category") or "")
    story = turn.slots.get("description") or turn.slots.get(OPENING)
    finish(turn)
    report = file_complaint(turn, fix_shown=category or None, story=str(story) if story else None)
    return [turn.reply("complaints.fix_noted", report, turn.menu_button())]


__all__ = ["answer", "noted"]
