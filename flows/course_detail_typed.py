"""A wish to buy typed instead of tapping "Pilih pelatihan ini": "beli", "beli ini", "mau beli
yg ini", "ambil yg ini aja", "I'll take this one". At a course's details it does what the
button does (the purchase's confirmation; at that confirmation, the purchase, as "Ya, beli"
typed does); at the search's questions, before any course is shown, the user is told to choose
a course first and the question is asked again (``flows.course_answers.or_changed``). Before,
both fell to "Maaf, aku hanya bisa membantu soal Kartu Prakerja…" or started a new search.
What counts as such a wish is ``flows.course_buy_wish``."""

from __future__ import annotations

from flows.course_buy_wish import wants_to_buy
from flows.course_choice import CONFIRMING, choose, enrol
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask


def shown(turn: FlowTurn) -> int | None:
    """The course whose details are on screen, if any."""
    course_id = turn.session.slots.get("course")
    return course_id if turn.session.step == "detail" and isinstance(course_id, int) else None


def bought(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "beli" at a course's details: the confirmation the button asks (at that confirmation,
    the purchase); None: no course on screen, or no wish to buy."""
    course_id = shown(turn)
    if course_id is None or turn.message.payload is not None:
        return None
    if not wants_to_buy(turn.message.text or ""):
        return None
    if turn.session.slots.get(CONFIRMING) == course_id:  # "mau beli yg ini" at "Beli ...?"
        return (yield from enrol(turn, course_id))
    return (yield from choose(turn, course_id))


__all__ = ["bought", "shown"]
