"""A rating said to be given ("i already rated it", "udah kasih rating kok") by a linked
participant whose record shows none: what the record shows instead (probe p24d enr12: "Sorry,
I don't understand" and the menu). The rating is given after the training is finished and its
certificate issued (DOMAIN.md "Courses"), so a course not finished on record has no certificate
yet and its provider may not have reported it: the provider first, or a complaint
(DOMAIN.md "Complaints" 2). A certificate issued without a rating on record: a complaint, so
staff check it. None: not said, not linked, or a rating on record (other answers hold)."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.follow_up_answers import RATING
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.queries.training import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.views import EnrolmentView

MAX_WORDS = 15
"""A claim of its own is short; a longer message tells a story (its own readers)."""
_GIVEN = (
    r"(?:rated|rate|reviewed|rating\w*|review\w*|ulasan\w*|ngerating|ngereview|bintang\w*|"
    r"(?:gave|given|left|kasih|ngasih|kasi|memberi|memberikan|beri|ngisi|isi)\s+(?:it\s+|a\s+|"
    r"the\s+|my\s+)?(?:rating\w*|review\w*|ulasan\w*|bintang\w*|stars?))"
)
_CLAIM = re.compile(
    rf"\b(?:already|udah|udh|sudah|sdh|dah|uda|wis|wes|sampun|i'?ve|i have|i)\s+(?:\w+\s+)?"
    rf"{_GIVEN}\b"
)
"""A rating said to be given: "i already rated it", "udah kasih rating", "sudah review"."""
_NOT_CLAIM = re.compile(
    r"\b(?:kalo|kalau|klo|kl|if|abis|habis|setelah|sesudah|after|belum|blm|haven'?t|not|"
    r"never|cara\w*|how|where|dimana|di mana|gimana|gmn|bisa|can|could|have to|has to|need to|"
    r"must|should|required|mandatory|harus|hrs|wajib|perlu|do i|does)\b"
)
"""A condition or a question about the rating ("kalo udah kasih rating?", "i haven't rated",
"do I have to rate the course?": whether it is required), not a claim."""


def answer(turn: FlowTurn) -> Answer:
    """What the record shows against a rating said to be given, else None."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not lowered:
        return None
    if len(lowered.split()) > MAX_WORDS or not _CLAIM.search(lowered):
        return None
    if _NOT_CLAIM.search(lowered):
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    courses: list[EnrolmentView] = yield EnrolmentsQuery(person.id)
    bought = [c for c in courses if c.status != "cancelled"]
    if not bought or any(c.rated or c.status == "rated" for c in bought):
        return None
    key = "not_rated" if any(c.status == "certified" for c in bought) else "not_finished"
    remember(turn, RATING)  # "kalo ga kasih gmn" next: still the rating
    lines = [turn.say(f"rating_claimed.{key}")]
    lines += [_line(turn, item) for item in bought[:3]]
    report = file_complaint(turn, topic="certificate")
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]


def _line(turn: FlowTurn, item: EnrolmentView) -> str:
    status = turn.say(f"enrolment_status.{item.status}")
    return turn.say("kb.enrolment_line", title=item.title, status=status)


__all__ = ["answer"]
