"""What comes next, asked right after an answer that has a next step of its own (read in
``flows.follow_ons`` before the NLU's intent, which reads "abis itu?" as register and "and
then?" as nothing):

- "and then?", "abis itu?" right after the eligible verdict ("Mau daftar sekarang?"): the
  steps to register (before: "Which one do you mean?", or the consent form); "and then?" after
  those steps is the steps after joining (``flows.menu_topic_follow_ups``);
- "I joined wave 72, what happens now?", "udah gabung gelombang, trus gimana?": the steps after
  joining a wave (before: only the wave's dates)."""

from __future__ import annotations

import re

from flows import (
    course_next,
    menu_topic_follow_ups,
    selection_first,
    wave_explained,
)
from flows.menu import topic_answer
from flows.messages import Outbound
from flows.next_step_follow_ups import NEXT
from flows.runtime.machine import FlowTurn
from flows.runtime.transitions import FINISHED
from flows.turn import Ask

MAX_WORDS = 16

_NEXT_ASKED = re.compile(
    rf"{NEXT.pattern}|\bwhat (?:happens|now|should i do|do i do)\b|\bnow what\b"
    r"|\b(?:terus|trus|trs|truss|lalu|abis\s+itu|habis\s+itu)\s+(?:apa|gimana|gmn|gmna|"
    r"bagaimana|ngapain)\b|\b(?:abis|habis|setelah|sesudah)\s+(?:itu|ini)\b"
)
"""What comes next, asked ("and then?", "abis itu?", "what happens now?", "trus gimana")."""
_JOINED = re.compile(
    r"\b(?:i(?:'ve| have)?|aku|saya|sy|gw|gue|udah|udh|sudah|sdh|already)\s+(?:\w+\s+)?"
    r"(?:joined|gabung|ikut|daftar|mendaftar|registered for)\s+(?:(?:ke|di|in|to|the)\s+)?"
    r"(?:wave|gelombang|gel)\b"
)
"""Having joined a wave ("I joined wave 72", "aku udh gabung gelombang")."""
_OWN_QUESTION = re.compile(
    r"\b(?:kapan|kpn|when|pengumuman\w*|announce\w*|hasil\w*|result\w*|tutup\w*|close\w*|"
    r"buka\w*|open\w*|lolos|selected|kuota|quota)\b"
)
"""A question of its own about the wave ("kapan pengumumannya?"): that question's answer."""


def _after_eligible(turn: FlowTurn) -> bool:
    """The eligibility check ended with "you meet the requirements" on the turn before."""
    finished = turn.session.profile.get(FINISHED) or []
    return (
        len(finished) == 4
        and finished[0] == "eligibility"
        and finished[1] == "eligible"
        and finished[2] == turn.session.turns - 1
    )


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The next step after the answer just given or the wave just joined; else None."""
    message = turn.message
    text = turn.message.words
    if message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    explained = yield from wave_explained.answer(turn)  # "gelombang tu maksudnya apa sih"
    if explained is not None:
        return explained
    first = selection_first.answer(turn)  # "oh jadi harus lolos dulu ya"
    first = first or course_next.answer(turn)  # "abis sertifikat muncul trs apa"
    if first is not None:
        return first
    if not _NEXT_ASKED.search(text):
        return None
    if _JOINED.search(text) and not _OWN_QUESTION.search(text):  # "I joined wave 72, now?"
        return menu_topic_follow_ups.joining(turn)
    if _after_eligible(turn) and len(text.split()) <= 4:  # "and then?" after "you qualify"
        menu_topic_follow_ups.note(turn, "register")  # "and then?" again: after joining
        steps: list[Outbound] = yield from topic_answer("register", turn.lang, turn.ctx)
        return steps
    return None


__all__ = ["answer"]
