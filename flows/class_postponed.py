"""A short "can it be moved?" right after an answer on one's live class ("bisa diundur ga",
"ditunda bisa?", "can it be postponed?"): the same answer on moving a session (only the
training provider can, through the platform: ``kb.class_reschedule``). Before, it named no
session, so "Maksud kamu yang mana?" with the balance, the eligibility check and the account."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.durations import redeem_window
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.training_help import LIVE_CLASS, REDEEM

MAX_WORDS = 10
"""Short, with room for a reason ("bisa diundur ga? minggu ini sy mudik")."""
_MOVED = re.compile(
    r"\b(?:di)?(?:undur|mundur|tunda|pindah|geser)\w*|\bmundurin\b|\bpostpone\w*|\bdelay\w*"
    r"|\bre-?sched\w*|\bmove[ds]?\b"
)
_ELSEWHERE = re.compile(r"\b(?:saldo|batas|deadline|insentif|incentive|gelombang|wave)\w*")


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The answer on moving a session, or None: not right after a live-class answer, or not
    such a question."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if just_said(turn) not in (LIVE_CLASS, REDEEM):
        return None
    if not _MOVED.search(text) or _ELSEWHERE.search(text):
        return None
    remember(turn, LIVE_CLASS)  # "kalo gak ikut nanti dicabut?" next: still the class
    report = file_complaint(turn, topic="provider")
    return [turn.reply("kb.class_reschedule", report, turn.menu_button(), **redeem_window(turn))]


__all__ = ["answer"]
