"""A wish to buy typed instead of tapping "Pilih pelatihan ini": "beli", "beli ini", "mau beli
yg ini", "ambil yg ini aja", "I'll take this one". At a course's details it does what the
button does (the purchase's confirmation; at that confirmation, the purchase, as "Ya, beli"
typed does); at the search's questions, before any course is shown, the user is told to choose
a course first and the question is asked again (``flows.course_answers.or_changed``). Before,
both fell to "Maaf, aku hanya bisa membantu soal Kartu Prakerja…" or started a new search.
What counts as such a wish is ``flows.course_buy_wish``."""

from __future__ import annotations

import re

from flows import course_declined
from flows.course_buy_wish import wants_to_buy
from flows.course_choice import CONFIRMING, choose, enrol
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_GO_AHEAD = re.compile(
    r"(?:(?:ok|oke|okay|yaudah|ya|iya|sip)[\s,.!]+)*(?:gas+|gas+keun|gaskan|cus+|hayuk|ayo|yuk|"
    r"let'?s go|go ahead|go for it)(?:\s+(?:lah|aja|deh|dong|yuk|kak|min|ini|yg ini))*[\s.!]*"
)
"""A bare go-ahead at a course's details ("gas lah", "oke cus", "let's go"): what its "Pilih
pelatihan ini" button does (the purchase is asked to be confirmed; before, the fallback)."""


def shown(turn: FlowTurn) -> int | None:
    """The course whose details are on screen, if any."""
    course_id = turn.session.slots.get("course")
    return course_id if turn.session.step == "detail" and isinstance(course_id, int) else None


def bought(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "beli" at a course's details: the confirmation the button asks (at that confirmation,
    the purchase); None: no course on screen, or no wish to buy."""
    again = yield from course_declined.taken_again(turn)  # "eh jadi deh, beli yang tadi"
    if again is not None:
        return again
    course_id = shown(turn)
    if course_id is None or turn.message.payload is not None:
        return None
    text = " ".join((turn.message.text or "").lower().split())
    go_ahead = bool(_GO_AHEAD.fullmatch(text)) and turn.session.slots.get(CONFIRMING) != course_id
    if not wants_to_buy(text) and not go_ahead:
        return None
    if go_ahead:  # "gas lah" at the details: the purchase is asked to be confirmed, not made
        return (yield from choose(turn, course_id))
    if turn.session.slots.get(CONFIRMING) == course_id:  # "mau beli yg ini" at "Beli ...?"
        return (yield from enrol(turn, course_id))
    return (yield from choose(turn, course_id))


__all__ = ["bought", "shown"]
