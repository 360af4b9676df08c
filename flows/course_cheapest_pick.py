"""The cheapest one of the search results just shown, asked for as one course: "the cheapest
one", "which one is the cheapest?", "yg paling murah yg mana", "pilih yg termurah aja" (opened,
its price said), "beli yg paling murah" (opened, its purchase asked to confirm). Before, the
list was shown again, sorted. "Yang paling murah" alone still sorts the results cheapest first
(``flows.course_followups``): it may ask for the cheap ones, not one."""

from __future__ import annotations

import re
from typing import Any

from flows import course_picks
from flows import course_relax as relax
from flows.formatting import money
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import SearchPage

_CHEAPEST = r"(?:the\s+)?(?:very\s+)?cheapest|(?:yang|yg)\s+(?:paling\s+murah|plg\s+murah|termurah)"
_POLITE = r"(?:\s+(?:please|pls|then|aja|saja|deh|dong|kak|min|ya))*[\s.!?]*"
_ONE = re.compile(
    r"(?:(?:ok|oke|okay|so|then|and|hmm)[\s,]+)*(?:(?:i'?ll\s+take|i\s+want|give\s+me|show\s+me|"
    r"open|choose|pick|take|buy|mau|pilih|ambil|buka|beli|lihat|liat)\s+)?"
    rf"(?:(?:the\s+)?cheapest\s+one|{_CHEAPEST})"
    r"(?:\s+(?:one|course|training|yang\s+mana|yg\s+mana|mana|satu|pelatihannya|kelasnya))?"
    + _POLITE
)
"""One course wanted, the cheapest: an English "cheapest" said as one ("the cheapest", "the
cheapest one"), an Indonesian one with a verb or "which" ("pilih yg termurah", "yg paling murah
yg mana")."""
_WHICH = re.compile(
    r"(?:(?:which\s+(?:one\s+)?is|what'?s|what\s+is|whats)\s+(?:the\s+)?cheapest|"
    r"(?:mana|yang\s+mana|yg\s+mana)\s+"
    r"(?:yang|yg)\s+(?:paling\s+murah|plg\s+murah|termurah))" + r"(?:\s+(?:one|nya))?" + _POLITE
)
_BARE = re.compile(r"(?:yang|yg)\s+(?:paling\s+murah|plg\s+murah|termurah)" + _POLITE)
"""Indonesian "yang paling murah" alone: the list sorted, not one course."""
_BUYS = re.compile(r"\b(?:buy|beli|take|ambil|i'?ll\s+take)\b")


def asks(text: str) -> bool:
    """Whether the whole message asks for the one cheapest course of the results."""
    lowered = " ".join(text.lower().split())
    if _BARE.fullmatch(lowered):
        return False
    return bool(_ONE.fullmatch(lowered) or _WHICH.fullmatch(lowered))


def answer(turn: FlowTurn, search: dict[str, Any]) -> Ask[list[Outbound] | None]:
    """The cheapest course of the saved ``search`` (every page), opened; None when the message
    asks for no such course or the search finds none."""
    text = turn.message.text or ""
    if not asks(text):
        return None
    found: SearchPage = yield from relax.search({**search, "cheapest": True}, 1, 1)
    if not found.items:
        return None
    item = found.items[0]
    said = Outbound(turn.say("courses.picked.cheapest", price=money(item.price)))
    if _BUYS.search(text.lower()):
        return [said, *(yield from course_picks.bought(turn, item.id))]
    from flows.courses import course_detail  # here: flows.courses reads the results too

    return [said, *(yield from course_detail(turn.session, item.id))]


__all__ = ["answer", "asks"]
