"""A cheaper course asked for at a purchase's confirmation ("eh tunggu, ada yg lebih murah
ga?"): the confirmation is left, and the search just shown runs again with only courses cheaper
than the one being bought, the cheapest first. Before, the NLU's reading (the wave schedule)
was answered and the confirmation asked again (probe p23a #2)."""

from __future__ import annotations

import re
from typing import Any

from flows.course_choice import CONFIRMING, results_page
from flows.course_confirm import pending
from flows.course_followups import recent
from flows.course_query import SEARCH
from flows.formatting import money
from flows.messages import Outbound
from flows.queries import CourseDetailQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_CHEAPER = re.compile(
    r"\b(?:(?:yg|yang|ada|lebih|lbh|agak)\s+(?:lebih\s+|lbh\s+)?murah\w*|termurah|cheaper|"
    r"less expensive|lower price)\b"
)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The recent search's courses cheaper than the one pending, else None."""
    course_id = pending(turn)
    search: dict[str, Any] = dict(turn.session.profile.get(SEARCH) or {})
    if course_id is None or turn.message.payload is not None or not recent(search, turn.message.at):
        return None
    if not _CHEAPER.search(" ".join((turn.message.text or "").lower().split())):
        return None
    course: Any = yield CourseDetailQuery(course_id)
    if course is None:
        return None
    turn.session.slots.pop(CONFIRMING, None)
    turn.session.profile[SEARCH] = {**search, "max_price": course.price - 1, "cheapest": True}
    turn.session.flow = None  # the results stand outside the browser
    said = Outbound(turn.say("courses.cheaper_than", price=money(course.price)))
    return [said, *(yield from results_page(turn, 1))]
