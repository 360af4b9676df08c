"""A revocation asked about by a linked participant who is not revoked, answered from their
record: selected with the deadline ahead ("maksudnya dicabut?" after the next steps): what it
means, that it happens only if no course is bought by the deadline, and the days they still
have; with a first course bought or finished ("temenku dicabut, aku aman ga"): they are safe.
Before, both got the text for someone already revoked. A revoked participant, a deadline gone,
or a session missed ("kalo ga ikut webinar dicabut?": ``revocation_help.feared``) are not this
answer's (None)."""

from __future__ import annotations

import re

from flows import purchase_deadline_mine as mine
from flows.deadline_words import deadline_at
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.purchase_deadline import lapsed
from flows.revocation_help import REVOKED
from flows.runtime.machine import FlowTurn

MAX_WORDS = 14
_REVOKED = re.compile(r"\b(?:dicabut|dcabut|kecabut|pencabutan|cabut|revoked?|revocation)\b")
_ABSENT = re.compile(
    r"\b(?:absen|bolos|telat|terlambat|izin|ijin|sakit|webinar|sesi|session|absent|late|"
    r"ga ikut|gak ikut|tidak ikut|ga hadir|gak hadir|tidak hadir)\b"
)
"""A session missed: ``revocation_help.feared``'s question."""
SAFE = ("enrolled", "completed")


def answer(turn: FlowTurn) -> Answer:
    """What revocation means for this participant; None: not asked, or not theirs to say."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or turn.session.participant_id is None:
        return None
    if len(text.split()) > MAX_WORDS or not _REVOKED.search(text) or _ABSENT.search(text):
        return None
    person = yield from participant(turn)
    if person is None:
        return None
    if person.status in SAFE:
        remember(turn, REVOKED)
        key = f"revocation_own.safe_{person.status}"
        return [turn.reply(key, turn.menu_button())]
    deadline = person.purchase_deadline
    if person.status != "selected" or deadline is None or lapsed(turn, person):
        return None
    remember(turn, mine.DEADLINE_TOPIC)  # "kalo telat?" next: the revocation, as a rule
    said = turn.say("revocation_own.not_yet", deadline=deadline_at(deadline, turn.lang))
    search = turn.button("menu.courses", "flow:course_choice")
    return [Outbound(f"{said} {mine.left_line(turn, deadline)}", (search, turn.menu_button()))]


__all__ = ["answer"]
