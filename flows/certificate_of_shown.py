"""Whether the course whose details are on screen gives a certificate ("ada sertifikatnya ga",
"dapet sertifikat ga?", "does it come with a certificate?"). Yes: finishing it (its tests and
tasks) gives a training certificate in the dashboard about 1 working day after the provider
reports the pass (DOMAIN.md "Courses"). The course stays on screen with its buttons. Before, a
linked participant who had bought nothing was told "Kamu belum membeli pelatihan, jadi belum
ada sertifikat", as if their own certificate had been asked about."""

from __future__ import annotations

import re
from typing import Any

from flows.certificate_asks import certificate_key
from flows.messages import Outbound
from flows.queries import CourseDetailQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

DETAIL_FLOW, DETAIL_STEP = "courses", "detail"
"""Where a course's details are shown (``flows.courses``)."""

_CERTIFICATE = re.compile(r"\b(?:sertifikat|sertif|serti|certificate|cert)\w*")
_MINE = re.compile(
    r"\b(?:aku|ak|saya|sy|gw|gue|gua|my|mine|i)\b|\bsertifikat(?:ku|mu)\b"
    r"|\b(?:kapan|kpn|mana|dimana|when|where|download\w*|unduh\w*)\b"
)
"""One's own certificate, or when and where it comes: the certificate answers' questions."""


def shown_course(turn: FlowTurn) -> int | None:
    """The course whose details are on screen, if any."""
    session = turn.session
    course_id = session.slots.get("course")
    on_detail = session.flow == DETAIL_FLOW and session.step == DETAIL_STEP
    return course_id if on_detail and isinstance(course_id, int) else None


def asks(text: str) -> bool:
    """Whether the message asks if a course gives a certificate (not one's own certificate)."""
    lowered = " ".join(text.lower().split())
    if not _CERTIFICATE.search(lowered) or _MINE.search(lowered):
        return False
    return certificate_key(lowered) == "kb.certificate"


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Yes, after finishing the course shown, and its buttons again; None: no course on
    screen, or not such a question."""
    course_id = shown_course(turn)
    if course_id is None or turn.message.payload is not None:
        return None
    if not asks(turn.message.text or ""):
        return None
    course: Any = yield CourseDetailQuery(course_id)
    if course is None:
        return None
    body = turn.say("certificate_of_shown.gives", title=course.title)
    back = (
        (turn.button("courses.back_to_list", "search:1"),)
        if turn.session.slots.get("from_search")
        else ()
    )
    choose = turn.button("courses.choose", f"enrol:{course_id}")
    return [Outbound(body, (*back, choose, turn.menu_button()))]


__all__ = ["answer", "asks", "shown_course"]
