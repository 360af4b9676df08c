"""The cheapest courses of the whole catalogue, asked with no topic while no search is shown
("yg paling murah brp", "pelatihan paling murah berapa?", "what's the cheapest course?"): the
catalogue's courses, the lowest price first, as a search with no topic words saved like any
other (its pages turn, "yang online aja" refines it). Before, "yg paling murah brp" after
another answer was out of scope. Right after a search, the same words refine it instead
(``flows.course_followups``), but not right after the answer on free courses
(``flows.course_free``, whose question was about no topic): they are the catalogue's cheapest
(before, the free answer's list again as a refinement). ``listed`` also serves that answer."""

from __future__ import annotations

import re

from flows import course_query as query
from flows.course_choice import results_page
from flows.course_followups import recent
from flows.course_query import SEARCH
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

_ASKS = re.compile(
    r"\?|\b(?:berapa|brp|brapa|berapaan|mana|mna|apa|apaan|ada|which|what|how much|show|list)\b"
)
_ELSEWHERE = re.compile(
    r"\b(?:insentif|incentive|saldo|balance|daftar|registrasi|register|gelombang|wave|joki|calo|"
    r"platform|tokopedia|tokped|bukalapak|aplikasi|app|ongkir|internet|kuota|pulsa)\w*"
)
"""Another subject's price or cost ("platform mana yg paling murah"): not the catalogue's."""
FREE_TOPIC = "course_free"
"""``flows.last_answer`` topic of the answer on free courses (``flows.course_free``)."""


def asks(turn: FlowTurn) -> bool:
    """Whether the message asks for the cheapest courses, no topic named, no search shown."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not lowered:
        return False
    after_free = just_said(turn) == FREE_TOPIC  # asked about no topic: the whole catalogue
    if not after_free and recent(turn.session.profile.get(SEARCH) or {}, message.at):
        return False  # "yg paling murah" right after a search refines it
    said = query.prefill(message, turn.ctx)
    if not said.get("cheapest") or said.get("topic") or query.topic_words(lowered):
        return False
    return bool(_ASKS.search(lowered)) and not _ELSEWHERE.search(lowered)


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The cheapest courses, else None."""
    if not asks(turn):
        return None
    said = query.prefill(turn.message, turn.ctx)
    return [Outbound(turn.say("courses.cheapest_all")), *(yield from listed(turn, said))]


def listed(turn: FlowTurn, said: dict[str, object] | None = None) -> Ask[list[Outbound]]:
    """The catalogue's courses, the cheapest first (with the filters ``said``, if any), saved
    as the last search."""
    said = said or {}
    mode, city, price = said.get("mode"), said.get("city"), said.get("max_price")
    turn.session.profile[SEARCH] = {
        "words": "",
        "mode": None if mode in (None, "any") else mode,
        "city": None if city in (None, "any") else city,
        "max_price": int(str(price)) if price else None,
        "cheapest": True,
        "level": None,
        "at": turn.message.at.isoformat(),
    }
    return (yield from results_page(turn, 1))


__all__ = ["answer", "asks", "listed"]
