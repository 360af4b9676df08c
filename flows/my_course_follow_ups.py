"""Follow-ups pointing at one of the participant's own courses right after their list or the
class-schedule answer: "beli dimana ya yg pertama" (the platform it was bought on, from the
enrolment record), "yg kedua jam brp" (its schedule is on that platform; a place beyond the
list: the courses they have), "itu jadwalnya kapan" (no place: the course, or each, on record),
"kalo yg kedua?" (the same question about that one; one course only: "you have one"),
"platformnya apa tadi" (no place, also right after when a session starts: each course's
platform on record; probe p19 D29). Before,
the first was asked "which did you mean?", the second told the assistant only helps with
Prakerja, and the last two "which did you mean?"."""

from __future__ import annotations

import re

from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_course_platforms import asks_platform, platform_of
from flows.my_data import Answer, participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.training_help import LIVE_CLASS, REDEEM
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
_PLACE_ONLY = re.compile(
    r"^\W*(?:(?:kalo|kalau|klo|kl|trs|terus|trus|oh|ok|oke|and|what about|how about)\W+)*"
    r"(?:(?:yg|yang|the)\W+)?(?:ke-?\s?\d|pertama|kesatu|kedua|ketiga|keempat|kelima|first|"
    r"second|third|fourth|fifth)(?:\W+(?:nya|gmn|gimana|bagaimana|kak|min|dong|sih|ya|one))*\W*$"
)
"""Only a place named ("kalo yg kedua?", "yg ketiga gmn"): the same question about that one."""
_ELSEWHERE = re.compile(
    r"\b(?:sertifikat\w*|sertif|insentif\w*|incentive\w*|cair\w*|saldo|rating|ulasan|refund\w*|"
    r"gelombang|wave|pengumuman|tiket|ticket|pengaduan|survei|survey)\b"
)
"""Another topic named ("sertifikatnya kapan keluar"): not the course's schedule."""
KIND = "my_course_follow_up_kind"
"""``session.profile`` key: what the last such follow-up asked ("platform" or "schedule")."""


def answer(turn: FlowTurn) -> Answer:
    """The platform or the schedule of the course a follow-up points at; None otherwise."""
    text = " ".join((turn.message.text or "").lower().split())
    said = just_said(turn)
    if turn.message.payload is not None or said not in (MY_COURSES, LIVE_CLASS, REDEEM):
        return None
    if len(text.split()) > MAX_WORDS:
        return None
    place = _place(text)
    where = asks_platform(text) or bool(_WHERE.search(text))
    when = bool(_WHEN.search(text))
    if said == REDEEM and not where:  # after when a session starts: only its platform here
        return None
    if place is None:  # "itu jadwalnya kapan", "platformnya apa tadi": the course(s) on record
        if (where and when) or not (where or when) or _ELSEWHERE.search(text):
            return None
        return (yield from _about(turn, None, where))
    if not where and not when:
        if not _PLACE_ONLY.search(text):
            return None
        where = turn.session.profile.get(KIND) == "platform"  # "kalo yg kedua?": as asked before
    return (yield from _about(turn, place, where))


def _about(turn: FlowTurn, place: int | None, where: bool) -> Answer:
    """``place`` None: every course on record (one line each)."""
    person = yield from participant(turn)
    if person is None:
        return None
    enrolments: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    if not enrolments:
        return None
    remember(turn, MY_COURSES)  # "kalo yg kedua?" next
    turn.session.profile[KIND] = "platform" if where else "schedule"
    if place is not None and place > len(enrolments):
        if len(enrolments) == 1:  # "kalo yg kedua?" with one course: "you have only one"
            title = enrolments[0].title
            return [turn.reply("my_course_follow_ups.only_one", turn.menu_button(), title=title)]
        titles = ", ".join(f'"{item.title}"' for item in enrolments)
        return [turn.reply("my_course_follow_ups.no_such", turn.menu_button(), titles=titles)]
    chosen = enrolments if place is None else [enrolments[place - 1]]
    lines = []
    for item in chosen:
        platform = platform_of(item)
        key = "platform" if where else "schedule"
        key += "" if platform else "_unknown"
        lines.append(turn.say(f"my_course_follow_ups.{key}", title=item.title, platform=platform))
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


def _place(text: str) -> int | None:
    found = _PLACE.search(text)
    if found is None:
        return None
    return int(found.group(1)) if found.group(1) else _PLACES[found.group(2)]


__all__ = ["MY_COURSES", "answer"]
