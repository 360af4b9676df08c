"""The certificate of a course that is not on record ("sertifikat pelatihan kedua aku blm ada",
"yg kedua sertifikatnya mana", "my second course's certificate"): the records list fewer
courses than the one named, so its certificate cannot show yet. The answer says which courses
are on record, that a course bought appears there after the purchase (the platform's purchase
history is where to check), and the complaint if it was bought and still does not show. Before,
a participant with one course on record was told "sudah terbit, tidak perlu menunggu" beside
that first course.

Right after it, "pelatihan pertama udh ada kok" (``FOLLOW_UPS``) is acknowledged: the first one
is there, the other one is what is missing (before: a course search for "pertama kok")."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import EnrolmentView

TOPIC = "certificate_other_course"
"""The ``flows.last_answer`` topic of this answer."""
ORDINAL = "certificate_other_course_ordinal"
"""``session.profile`` key: the course's number as named ("kedua": 2)."""
MAX_WORDS = 20
SHOWN = 3

_NUMBERS = {"kedua": 2, "ketiga": 3, "keempat": 4, "kelima": 5, "second": 2, "third": 3,
            "fourth": 4, "fifth": 5, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}  # fmt: skip
_COURSE = r"(?:pelatihan\w*|kelas\w*|kursus\w*|training\w*|course\w*|class\w*|yg|yang|the|my)"
_NTH = re.compile(
    rf"\b{_COURSE}\s+(?:(?:ke-?\s?)([2-5])\b|(kedua|ketiga|keempat|kelima)\b)"
    r"|\b(second|third|fourth|fifth|2nd|3rd|4th|5th)\s+(?:one|course|training|class)\b"
)
"""A course named by its place: "pelatihan kedua", "yg ke-2", "kelas ketiga", "second course"."""
_CERTIFICATE = re.compile(r"\b(?:sertifikat\w*|serti|certificate\w*|cert)\b")
_FIRST_THERE = re.compile(
    r"\b(?:pertama|pertamanya|first|ke-?\s?1)\b.{0,40}\b(?:ada|udah|udh|sudah|sdh|muncul|keluar|"
    r"terbit|there|got|have|has|showing)\b"
    r"|\b(?:ada|udah|udh|sudah|muncul|keluar|terbit)\b.{0,30}\b(?:pertama|first)\b"
)
"""The first course's certificate said to be there: "pelatihan pertama udh ada kok"."""


def named_place(text: str) -> int | None:
    """The place of the course a message names ("pelatihan kedua": 2), else None."""
    found = _NTH.search(" ".join(text.lower().split()))
    if found is None:
        return None
    word = next(group for group in found.groups() if group)
    return int(word) if word.isdigit() else _NUMBERS[word]


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """A certificate of a course named by a place past the courses on record; else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(text.split()) > MAX_WORDS:
        return None
    place = named_place(text)
    if place is None or not _CERTIFICATE.search(text):
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    enrolments: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    bought = [item for item in enrolments if item.status != "cancelled"]
    if not bought or len(bought) >= place:
        return None  # none bought: the general answer; that many on record: theirs
    turn.session.profile[ORDINAL] = place
    remember(turn, TOPIC)  # "pelatihan pertama udh ada kok" next
    key = "certificate_other_course.one" if len(bought) == 1 else "certificate_other_course.some"
    lines = [turn.say(key, count=len(bought))]
    for item in bought[:SHOWN]:
        status = turn.say(f"enrolment_status.{item.status}")
        lines.append(turn.say("kb.enrolment_line", title=item.title, status=status))
    lines.append(turn.say("certificate_other_course.missing", place=place))
    report = file_complaint(turn, topic="purchase_redeem")
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]


def _first_there(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    place = turn.session.profile.get(ORDINAL)
    remember(turn, TOPIC)
    report = file_complaint(turn, topic="purchase_redeem")
    return [
        turn.reply(
            "certificate_other_course.first_there",
            report,
            turn.menu_button(),
            place=place if isinstance(place, int) else 2,
        )
    ]
    yield


FOLLOW_UPS: dict[str, tuple[re.Pattern[str], Callable[[FlowTurn], Ask[list[Outbound] | None]]]] = {
    TOPIC: (_FIRST_THERE, _first_there),
}
"""The entry of ``flows.follow_ons.FOLLOW_UPS``."""


__all__ = ["FOLLOW_UPS", "TOPIC", "answer", "named_place"]
