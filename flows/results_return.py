"""Back to the course search results from a flow started after them ("balik ke daftar
pelatihan tadi" at the eligibility check's question, begun with "btw aku bisa ikut ga ya,
umurku 40" under the results): the flow is set aside with its answers ("lanjut" goes back to
it) and the results are shown again. Before, "balik" stepped back in the check (the age given
was wiped) and the list was not shown again (probe p26b d8)."""

from __future__ import annotations

from typing import Any

from flows import parking
from flows.course_choice import PAGE, results_page
from flows.course_followups import recent
from flows.course_query import SEARCH
from flows.course_return import BROWSER, asks_return
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.runtime.set_aside import goes_back
from flows.turn import Ask


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """In a flow other than the search, a return to the results shown before it: the flow
    set aside, the results again; else None."""
    session, message = turn.session, turn.message
    text = message.text or ""
    if session.flow in (None, BROWSER) or message.payload is not None:
        return None
    if session.suspended is not None or not (goes_back(text) and asks_return(text)):
        return None  # another flow set aside: "balik ke ..." resumes that one
    shown = session.profile.get(PAGE)
    search: dict[str, Any] = session.profile.get(SEARCH) or {}
    if not isinstance(shown, list) or not recent(search, message.at):
        return None
    name = parking.park(turn)
    again = yield from results_page(turn, int(shown[0]))
    said = [Outbound(turn.say("resume.set_aside", flow=name))] if name else []
    return [*said, *again]


__all__ = ["answer"]
