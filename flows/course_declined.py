"""A purchase declined at its confirmation ("Beli "X" seharga ...? [Ya, beli | Nanti dulu]"):
"Nanti dulu" tapped, or "gajadi deh" typed (read as that button), is acknowledged ("Oke, tidak
jadi dibeli ..."), the pending confirmation is cleared and the list the course came from is
shown again (``enrol_no:<id>``). Soon after, "eh jadi deh, beli yang tadi" asks to confirm
that course's purchase again. Before, the button led to a bare main menu, the confirmation
stayed pending, and "jadi deh" got "Maaf, aku belum paham"."""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any

from flows.course_choice import CONFIRMING, choose
from flows.course_followups import recent
from flows.course_query import SEARCH
from flows.menu import main_menu
from flows.messages import Outbound
from flows.queries import CourseDetailQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Step, within_context

DECLINED = "declined_course"
"""``session.profile`` key: {"id": the course declined, "at": when}."""
BROWSER = "courses"
_NOT = r"(?:gak|ga|gk|g|nggak|ngga|enggak|tidak|tdk|ndak|nda)"
_AGAIN = re.compile(
    r"^(?:(?:eh+|oh+|ok|oke|ya|yaudah|hmm+|wait|tunggu)[\s,.!]+)*(?:jadi|jd)"
    r"(?:\s+(?:deh|dah|dong|aja|lah|ya|beli\w*|ambil\w*)\b|[\s,.!]*$)"
    r"|\b(?:(?:beli|ambil)\w* (?:aja |saja )?(?:yang|yg) (?:tadi|td|itu)|changed my mind|"
    r"buy (?:it|that one)(?: after all)?|after all)\b"
)
"""Taking the purchase back up ("eh jadi deh", "jadi beli aja", "beli yang tadi aja"), not
declining it ("gajadi", "ga jadi")."""
_NEGATED = re.compile(
    rf"\b{_NOT} ?(?:jadi|jd)\b|\bbatal\w*|\?|\b(?:gimana|gmn|apa|ga|gak|gk|belum|blm|kah)\b"
)
"""A decline or a question ("jadi beli ga tadi?": ``flows.course_confirm.asked_done``)."""


def declined(turn: FlowTurn, course_id: int) -> Step:
    """``enrol_no:<id>``: the purchase not made, said; the list it came from again."""
    from flows import courses  # here: that module reads the browser's typed messages

    session = turn.session
    course: Any = yield CourseDetailQuery(course_id)
    session.profile[DECLINED] = {"id": course_id, "at": turn.message.at.isoformat()}
    title = course.title if course is not None else ""
    said = Outbound(turn.say("courses.not_bought", title=title))
    at_course = session.flow == BROWSER and session.slots.get("course") == course_id
    if at_course and session.step == "detail":
        session.slots.pop(CONFIRMING, None)
        searched = recent(session.profile.get(SEARCH) or {}, turn.message.at)
        if session.slots.get("category") or (session.slots.get("from_search") and searched):
            return [said, *(yield from courses.back(turn))]  # the list it came from
    if at_course:  # opened on its own: nothing to go back to
        session.flow, session.step, session.slots = None, None, {}
    return [said, main_menu(turn.lang, first=False)]


def taken_again(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """ "eh jadi deh, beli yang tadi" soon after a purchase was declined: its confirmation
    again, at the course's details. None: nothing declined lately, or no such words."""
    message, profile = turn.message, turn.session.profile
    kept = profile.get(DECLINED)
    if message.payload is not None or not isinstance(kept, dict) or not message.text:
        return None
    lowered = " ".join(message.text.lower().split())
    if not _AGAIN.search(lowered) or _NEGATED.search(lowered) or not _recent(kept, message.at):
        return None
    course_id = int(kept["id"])
    profile.pop(DECLINED, None)
    session = turn.session
    if session.flow != BROWSER:
        session.flow, session.slots = BROWSER, {}
    session.step = "detail"
    session.slots["course"] = course_id
    return (yield from choose(turn, course_id))


def _recent(kept: dict[str, Any], now: datetime) -> bool:
    try:
        return within_context(datetime.fromisoformat(str(kept.get("at"))), now)
    except ValueError:
        return False


__all__ = ["DECLINED", "declined", "taken_again"]
