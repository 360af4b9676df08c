"""Questions about courses typed outside a flow that are no search, read before the NLU's
intent (which takes them for a search, the benefits or the waves): a course bought changed or
refunded (``flows.course_bought``), how, where and how many to buy (``flows.course_buying``),
and the search results just shown (``flows.course_results``)."""

from __future__ import annotations

from flows import course_bought, course_buying, course_results
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Such a question's answer, else None."""
    bought = course_bought.answer(turn) or course_buying.answer(turn)
    if bought is not None:
        return bought
    return (yield from course_results.answer(turn))
