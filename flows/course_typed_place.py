"""A place typed at the search results that the engine took for one of the list's other
buttons: the results number every button, so "yg ke3" with 2 courses shown is the third
button, "Cari lagi" (before, the search silently started over with "Mau belajar apa?"). Such
a message says how many courses there are and shows the list again; "balik ke daftar tadi"
then has a list to go back to."""

from __future__ import annotations

from flows.course_followups import recent
from flows.course_query import SEARCH
from flows.messages import Outbound
from flows.ordinals import ordinal
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import finish
from flows.turn import Ask

AGAIN = "flow:course_choice"
"""The payload of the results' "Cari lagi" button."""


def typed_place(turn: FlowTurn) -> bool:
    """Whether "Cari lagi" came from a typed place ("yg ke3"), not a tap or its title."""
    message = turn.message
    if message.payload != AGAIN or not message.text or ordinal(message.text) is None:
        return False
    search = turn.session.profile.get(SEARCH)
    return isinstance(search, dict) and recent(search, message.at)


def beyond(turn: FlowTurn) -> Ask[list[Outbound]]:
    """How many courses the results hold, and the list again."""
    from flows.course_choice import PAGE, results_page  # it imports the search's modules

    shown = turn.session.profile.get(PAGE)
    page, pages = (int(shown[0]), int(shown[1])) if isinstance(shown, list) else (1, 1)
    finish(turn)
    listed = yield from results_page(turn, page)
    count = sum(1 for b in listed[-1].buttons if b.payload.startswith("course:")) if listed else 0
    key = "courses.picked.only_some" if pages == 1 else "courses.picked.only_on_page"
    return [Outbound(turn.say(key, count=count)), *listed]
