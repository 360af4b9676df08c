"""Questions about courses typed outside a flow that are no search, read before the NLU's
intent (which takes them for a search, the benefits or the waves): the purchase deadline and
missing it (``flows.purchase_deadline_rules``), a course bought changed or refunded
(``flows.course_bought``), how, where and how many to buy (``flows.course_buying``), and the
search results just shown (``flows.course_results``)."""

from __future__ import annotations

from flows import course_bought, course_buying, course_results, purchase_deadline_rules
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Such a question's answer, else None."""
    deadline = yield from purchase_deadline_rules.answer(turn)  # "batas beli pelatihan brp hari?"
    if deadline is not None:
        return deadline
    bought = course_bought.answer(turn) or course_buying.answer(turn)
    if bought is not None:
        return bought
    return (yield from course_results.answer(turn))


SEARCH_FLOW = "course_choice"


def in_search(turn: FlowTurn) -> list[Outbound] | None:
    """At the course search's questions ("Harga maksimal berapa?"), "trs cara belinya gmn" or
    "how do I buy it?" is how to buy (a course bought changed: that answer), then the question
    again (``flows.digression``); before, the capabilities blurb or "I didn't catch that"."""
    if turn.session.flow != SEARCH_FLOW or turn.message.payload is not None:
        return None
    return course_bought.answer(turn) or course_buying.answer(turn)
