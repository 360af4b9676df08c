"""Two follow-ups of the certificate answer (probe p26a #6), read in its context
(``flows.follow_ons``): why it takes so long ("why is it taking so long?", "kok lama banget
sih"; before: the programme's blurb, or "which one do you mean?") and what to do now ("ok what
now", "trus sekarang gimana"; before: "which one do you mean?", or the registration steps).
With no training finished on record, both get what to do while it is missing: the provider
reports the completion, so contact them first, then a complaint (DOMAIN.md "Courses",
"Complaints"). With one finished, "what now" is the steps after the certificate."""

from __future__ import annotations

import re

from flows import certificate_next
from flows.certificate_next import CERTIFICATE
from flows.complaint_topics import file_complaint
from flows.follow_up_answers import FollowUp
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import FINISHED, participant
from flows.queries import EnrolmentsQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

SLOW = re.compile(
    r"\b(?:taking|takes?|took)\s+(?:so\s+|too\s+|this\s+|that\s+)?long\b"
    r"|\bwhy\s+(?:is\s+it\s+|so\s+)?(?:so\s+)?(?:slow|long)\b"
    r"|\b(?:kok|kenapa|knp|napa|ngapa)\s+(?:\w+\s+)?lama\w*\b"
    r"|\blama\s+(?:banget|bgt|amat|bener|sekali)\b"
)
"""Why it takes so long: "why is it taking so long?", "kenapa lama banget", "kok lama bgt"."""
NOW_WHAT = re.compile(
    r"\b(?:what\s+now|now\s+what|so\s+what\s+now|what\s+(?:do|should|can)\s+i\s+do(?:\s+now)?)\b"
    r"|\b(?:trus|terus|trs|jadi|jd|lalu|skrg|sekarang)\s+(?:\w+\s+)?(?:gimana|gmn|gmna|"
    r"bagaimana|gimna|ngapain|harus\s+apa|hrs\s+apa)\b"
)
"""What to do now: "ok what now", "what should I do", "trus sekarang gimana", "jadi gmn"."""


def slow(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Why it takes so long: the provider reports the completion; them first, then us."""
    return certificate_next.still_missing(turn)
    yield


def now_what(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """What now: none finished on record, the provider then a complaint; else the next steps
    (also with no record linked, as before)."""
    person = yield from participant(turn)
    if person is None:  # no record to go by: the steps, as before
        return certificate_next.steps(turn)
    enrolments = yield EnrolmentsQuery(person.id)
    if any(item.status in FINISHED for item in enrolments):
        return certificate_next.steps(turn)
    remember(turn, CERTIFICATE)  # "why is it taking so long?" next: still the certificate
    report = file_complaint(turn, topic="certificate")
    return [turn.reply("certificate_unfinished.now", report, turn.menu_button())]


FOLLOW_UPS: tuple[FollowUp, ...] = ((SLOW, slow), (NOW_WHAT, now_what))
"""Entries for the certificate answer's topic in ``flows.follow_ons``."""

__all__ = ["FOLLOW_UPS", "NOW_WHAT", "SLOW", "now_what", "slow"]
