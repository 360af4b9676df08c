"""A listed course named at the course browser's list ("yang barista", "the barista one"):
when exactly one title of the page shown has those words, it is opened (before, the search's
questions started over). A return to the courses shown before, typed after a side question
("oke balik ke pelatihan tadi", "back to the courses from before"): at the browser, the list
or course on screen again; right after search results, those results. Before, the words were
searched as a topic ('Belum ada pelatihan "balik tadi"'); they are no topic words now either
(``flows.course_stop_words``)."""

from __future__ import annotations

import re
from typing import Any

from flows.course_query import SEARCH, topic_words
from flows.messages import Outbound
from flows.queries import CoursePageQuery
from flows.runtime import controls
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from storage.sessions import Session

_RETURN = re.compile(
    r"\b(?:balik|kembali|lanjut\w*|terusin|teruskan|back|return|resume|continue|go on)\b"
)
"""A word of going back to something, or on with it."""
_EARLIER = re.compile(
    r"\b(?:tadi|barusan|sebelumnya|yg td|yang td|before|earlier|previous|pelatihan\w*|kursus|"
    r"kelas|courses?|trainings?|daftar(?:nya)?|list)\b"
)
"""What is gone back to: what was shown before ("tadi"), or the courses themselves."""
_MAX_WORDS = 8
BROWSER = "courses"
"""``flows.courses.FLOW`` (that module imports this one)."""
ALONE = "alone_in"
"""``session.slots``: the category of a course opened on its own (no list nor search before
it): "Kembali ke daftar" goes to that category's list (before, every course: "total 336"); a
declined purchase still goes to the menu, and typed words are not read against that list."""
SAID = "courses.shown_again"
"""What is said before the list or course shown again."""


def asks_return(text: str) -> bool:
    """Whether the message only asks to go back to the courses shown before ("oke balik ke
    pelatihan tadi"); a topic named with it ("balik ke yg jahit") is a search instead."""
    lowered = " ".join(text.lower().split())
    if not lowered or len(lowered.split()) > _MAX_WORDS:
        return False
    if not (_RETURN.search(lowered) and _EARLIER.search(lowered)):
        return False
    return not topic_words(lowered)


def asked(turn: FlowTurn) -> bool:
    """At the course browser's list or a course: a return typed to what is on screen."""
    message = turn.message
    if message.payload is not None or turn.session.step not in ("list", "detail"):
        return False
    return asks_return(message.text or "")


def placed(session: Session, category: str) -> None:
    """Where a course opened belongs: shown from search results ("kembali" and questions still
    work there), or its own category's list when a stale button of another list opened it
    (before, "Kembali ke daftar" led to the list on screen, not the course's own)."""
    if session.flow != BROWSER and not session.profile.get(SEARCH):  # no search: its category
        session.flow, session.slots = BROWSER, {ALONE: category}
    elif session.flow != BROWSER:
        session.flow, session.slots = BROWSER, {"from_search": True}
    elif session.slots.get("category") not in (None, category):
        session.slots = {"category": category, "page": 1}


def list_of(session: Session) -> str | None:
    """The category whose list "Kembali ke daftar" goes back to (None: none)."""
    category = session.slots.get("category") or session.slots.get(ALONE)
    return str(category) if category else None


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """At the course browser: a listed course named (opened), a return to what is on screen
    (shown again), or "kembali" (a step back). None: none of these."""
    from flows import courses  # here: that module reads the browser's typed messages

    opened = yield from _listed(turn)
    if opened is not None:
        return (yield from courses.course_detail(turn.session, opened))
    if asked(turn):
        return (yield from courses.then_shown(turn, turn.say(SAID)))
    if controls.is_back(turn.message):
        return (yield from courses.back(turn))
    return None


def _listed(turn: FlowTurn) -> Ask[int | None]:
    """The one course of the list shown whose title has the words typed; None: no list, no
    words, or not exactly one title."""
    session, message = turn.session, turn.message
    category = session.slots.get("category")
    if session.step != "list" or message.payload is not None or not category:
        return None
    lowered = _RETURN.sub(" ", " ".join((message.text or "").lower().split()))
    words = topic_words(lowered).split()
    if not words or len(words) > 3:
        return None
    per_page = turn.ctx.programme.courses_per_page
    page = int(session.slots.get("page", 1))
    shown: Any = yield CoursePageQuery(str(category), max(page, 1), per_page)
    found = _titled(shown.items, words)
    if not found and page > 1:  # on a page seen before ("yang barista" after "berikutnya")
        seen: Any = yield CoursePageQuery(str(category), 1, per_page * page)
        found = _titled(seen.items, words)
    return found[0] if len(found) == 1 else None


def _titled(items: Any, words: list[str]) -> list[int]:
    return [item.id for item in items if all(w in item.title.lower() for w in words)]


__all__ = ["answer", "asked", "asks_return"]
