"""How to pick a course asked by a selected participant ("hi i just got selected, how do i
pick a course?", "udah lolos, cara milih pelatihannya gmn?"): the next steps after selection
with their own deadline (``flows.my_selection.steps``), then how the course search here works
(a topic, the way of learning, a price limit). Before, the English got only the
congratulations and the deadline, with just a Main menu button."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.my_selection import steps
from flows.runtime.machine import FlowTurn

MAX_WORDS = 20
_COURSE = r"(?:pelatihan\w*|kursus\w*|kelas\w*|course\w*|training\w*|class\w*)"
_PICK = re.compile(
    rf"\bhow (?:do|can|should|to)(?: i)? (?:pick|choose|select|find|decide on) (?:a |my |the |"
    rf"which )?(?:first )?{_COURSE}"
    rf"|\b(?:cara|gimana|gmn|gmna|bagaimana|bgmn)\s+(?:\w+\s+)?(?:pilih|milih|memilih|"
    rf"nentuin|menentukan)(?:nya)?\s+{_COURSE}"
    rf"|\b(?:pilih|milih|memilih)\s+{_COURSE}\s+(?:\w+\s+)?(?:gimana|gmn|gmna|bagaimana|caranya)"
)
"""How a course is chosen: "how do i pick a course?", "cara milih pelatihannya gmn?"."""


def answer(turn: FlowTurn) -> Answer:
    """The steps after selection and how to search here; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or not _PICK.search(text):
        return None
    if turn.session.participant_id is None:
        return None
    person = yield from participant(turn)
    if person is None or person.status != "selected":
        return None
    first, *rest = steps(turn, person)
    how = turn.say("selected_pick.how")
    return [Outbound(f"{first.text}\n\n{how}", first.buttons), *rest]


__all__ = ["answer"]
