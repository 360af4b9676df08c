"""Not being able to attend a session, said right after an answer on one's course, its platform
or its session ("kalo aku ga bisa dateng gmn", "ga bisa ikut kelasnya", "I can't make it"):
only the training provider decides whether there is another session (asked through the
platform it was bought on, before the session starts); the assistant cannot move a session or
make a new redeem code (``kb.class_reschedule``, as for moving a session). No rule on missed
sessions is invented. Before (probe p19 D29), the NLU read it as an account problem and the
account-problems list came."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.durations import redeem_window
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_course_follow_ups import MY_COURSES
from flows.runtime.machine import FlowTurn
from flows.training_help import LIVE_CLASS, REDEEM

MAX_WORDS = 10
TOPICS = (MY_COURSES, LIVE_CLASS, REDEEM)
"""The answers this follows: the courses bought (or their platform), a live class, a session's
redeem window."""
_MISSED = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|ndak|gabisa|blm|belum)\s*"
    r"(?:bisa|bs|sempet|sempat)\s+(?:dateng|datang|dtg|hadir|ikut|ikutan|masuk|join|gabung)\w*"
    r"|\bberhalangan\b|\bcan'?t (?:attend|make it|come|join)\b"
    r"|\bcannot (?:attend|make it|come|join)\b|\bmiss(?:ed)? (?:the |a |my )?(?:class|session)"
)
"""Not attending: "ga bisa dateng", "gabisa hadir", "berhalangan", "I can't make it"."""
_ELSEWHERE = re.compile(
    r"\b(?:saldo|batas|deadline|insentif\w*|incentive\w*|gelombang|wave|dicabut|cabut|hangus|"
    r"sertifikat\w*|certificate\w*)\b"
)
"""Another question with its own answer (a revocation feared is ``flows.revocation_help``)."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Whom to ask about another session, or None: not right after such an answer, or not
    such a message."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if just_said(turn) not in TOPICS:
        return None
    if not _MISSED.search(text) or _ELSEWHERE.search(text):
        return None
    remember(turn, LIVE_CLASS)  # "bisa diundur ga", "hangus dong?" next: still the class
    report = file_complaint(turn, topic="provider")
    return [turn.reply("kb.class_reschedule", report, turn.menu_button(), **redeem_window(turn))]


__all__ = ["TOPICS", "answer"]
