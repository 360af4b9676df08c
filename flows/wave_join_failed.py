"""The "Gabung Gelombang" button said not to work right after being told to press it ("udh klik
tp gak bisa", "udah aku pencet tapi error"): why the button stays inactive (the steps before it
unfinished, no wave open) and what to try, the complaint one tap away
(``registration_help.join_button``). Before, "udh klik tp gak bisa" was a disambiguation
between account problems, a complaint and the eligibility check."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.follow_up_answers import NEXT_WAVE
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.my_selection import NO_WAVE
from flows.runtime.machine import FlowTurn

JOIN_HOW = "wave_join_how"
"""The answer just given told how to join a wave (a chat not linked: ``flows.wave_join``)."""
TOPICS = (NO_WAVE, NEXT_WAVE, JOIN_HOW)
"""Answers that end with "press Gabung Gelombang in the dashboard"."""
MAX_WORDS = 12
_FAILED = re.compile(
    r"\b(?:(?:ga|gak|gk|nggak|ngga|enggak|tidak|tdk|blm|belum)\s*(?:bisa|bs|aktif|muncul|ada|"
    r"berubah|jalan|work\w*|respon\w*)|gabisa|gbs|gagal\w*|error|eror|erorr|abu-?abu|mati|"
    r"disabled|can'?t|cannot|failed|doesn'?t work|nothing happens|not working|stuck|macet)\b"
)
"""It did not work: "gak bisa", "error", "tombolnya abu-abu", "nothing happens"."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Why the join button may not work, right after being told to press it; else None."""
    session, message = turn.session, turn.message
    text = " ".join((message.text or "").lower().split())
    if session.flow is not None or message.payload or not text or len(text.split()) > MAX_WORDS:
        return None
    if just_said(turn) not in TOPICS or not _FAILED.search(text):
        return None
    session.misses = 0
    remember(turn, JOIN_HOW)  # "masih gak bisa" next: the same, the complaint one tap away
    report = file_complaint(turn)  # no category of its own: the form asks
    return [turn.reply("registration_help.join_button", report, turn.menu_button())]


__all__ = ["JOIN_HOW", "TOPICS", "answer"]
