"""What a digital platform partner is ("maksudnya platform tu apa", "apa itu mitra platform",
"what is a platform?"), typically right after the course-buying steps name them: the official
sites or apps where courses are chosen and bought with the training balance, the courses
given by training providers (DOMAIN.md "Courses"). Before, the question got "Maksud kamu yang
mana?" with unrelated topics."""

from __future__ import annotations

import re

from flows import course_platforms
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_PLATFORM = r"(?:mitra\s+)?(?:platform|platfrom|platfom|plaform)(?:\s+digital)?(?:nya)?"
_MEANING = re.compile(
    rf"^\W*(?:\w+\W+){{0,3}}?(?:maksud(?:nya)?|arti(?:nya)?|apa\s+itu|apaan|apa\s+sih|"
    rf"what(?:'s|\s+is|\s+are)(?:\s+an?|\s+the)?)\s+{_PLATFORM}\b(?:\s+(?:itu|tu|tuh|tsb))?"
    rf"(?:\s+(?:apa|apaan|sih|ya|kak|min|maksudnya|artinya))*\W*$"
    rf"|^\W*(?:\w+\W+){{0,2}}?{_PLATFORM}\s+(?:itu|tu|tuh|tsb|yg|yang)?\s*"
    rf"(?:(?:maksudnya|artinya)\s+)?(?:apa|apaan|apa\s+sih|apa\s+ya|maksudnya|artinya)"
    rf"(?:\s+(?:sih|ya|kak|min|tuh|maksudnya|artinya|itu))*\W*$"
)
"""The whole message asks what a platform is: "maksudnya platform tu apa", "platform itu apa
sih", "apa itu mitra platform?", "what is a platform" (not "platformnya apa aja" for a course:
those name a course or ask which ones)."""


def asks_meaning(text: str) -> bool:
    """Whether ``text`` asks what a (digital) platform partner is."""
    return bool(_MEANING.search(" ".join(text.lower().split())))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """What a digital platform partner is, else None."""
    if len(turn.message.parts) > 1:
        return None  # several questions: each answered (``flows.several_questions``)
    if turn.message.payload is not None or not asks_meaning(turn.message.text or ""):
        return None
    search = turn.button("menu.courses", "flow:course_choice")
    platforms = course_platforms.listed()
    return [turn.reply("kb.platform_meaning", search, turn.menu_button(), platforms=platforms)]


__all__ = ["answer", "asks_meaning"]
