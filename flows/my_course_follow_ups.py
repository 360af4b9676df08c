"""Follow-ups pointing at one of the participant's own courses right after their list or the
class-schedule answer: "beli dimana ya yg pertama" (the platform it was bought on, from the
enrolment record), "yg kedua jam brp" (its schedule is on that platform; a place beyond the
list: the courses they have). Before, the first was asked "which did you mean?" and the second
told the assistant only helps with Prakerja."""

from __future__ import annotations

import re

from flows.last_answer import just_said, remember
from flows.my_course_platforms import asks_platform, platform_of
from flows.my_data import Answer, participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.training_help import LIVE_CLASS
from flows.views import EnrolmentView

MY_COURSES = "my_courses"
"""``last_answer`` topic of the list of the courses bought (``flows.my_courses``)."""
MAX_WORDS = 8
_PLACES = {
    "pertama": 1, "kesatu": 1, "first": 1, "kedua": 2, "second": 2, "ketiga": 3, "third": 3,
    "keempat": 4, "fourth": 4, "kelima": 5, "fifth": 5,
}  # fmt: skip
_PLACE = re.compile(r"\b(?:ke-?\s?(\d)|(" + "|".join(_PLACES) + r"))\b")
_WHERE = re.compile(r"\b(?:beli|dibeli|belinya|bought|buy)\b.{0,20}\b(?:mana|dmn|where)\b")
_WHEN = re.compile(
    r"\b(?:jam|pukul) (?:berapa|brp|brapa)\b|\b(?:kapan|kpn|jadwal\w*|when|what time|schedule)\b"
)


def answer(turn: FlowTurn) -> Answer:
    """The platform or the schedule of the course a follow-up points at; None otherwise."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or just_said(turn) not in (MY_COURSES, LIVE_CLASS):
        return None
    place = _place(text)
    if place is None or len(text.split()) > MAX_WORDS:
        return None
    where = asks_platform(text) or bool(_WHERE.search(text))
    if not where and not _WHEN.search(text):
        return None
    return (yield from _about(turn, place, where))


def _about(turn: FlowTurn, place: int, where: bool) -> Answer:
    person = yield from participant(turn)
    if person is None:
        return None
    enrolments: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    if not enrolments:
        return None
    remember(turn, MY_COURSES)  # "kalo yg kedua?" next
    if place > len(enrolments):
        titles = ", ".join(f'"{item.title}"' for item in enrolments)
        return [turn.reply("my_course_follow_ups.no_such", turn.menu_button(), titles=titles)]
    item = enrolments[place - 1]
    platform = platform_of(item)
    key = "platform" if where else "schedule"
    key += "" if platform else "_unknown"
    return [
        turn.reply(
            f"my_course_follow_ups.{key}", turn.menu_button(), title=item.title, platform=platform
        )
    ]


def _place(text: str) -> int | None:
    found = _PLACE.search(text)
    if found is None:
        return None
    return int(found.group(1)) if found.group(1) else _PLACES[found.group(2)]


__all__ = ["MY_COURSES", "answer"]
