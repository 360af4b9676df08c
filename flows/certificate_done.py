"""A training said to be finished, right after the certificate answer ("padahal udh selesai
nonton semua videonya", "udh selesai semua materinya kok", "I already finished all the
videos", "udah 100% kok progresnya"), read in that answer's context (``flows.follow_ons``):
watching every video is not the whole training. Every session and task counts, the final test
or assignment the provider requires included; then the provider reports the participant
finished and the certificate appears about 1 working day later (DOMAIN.md). The answer says
what to check (the progress on the provider's platform, the final test), when to contact the
provider, and offers a complaint (certificate not in the dashboard). Before, the message was
read on its own: "Maksud kamu yang mana?" with unrelated topics, or a goodbye.

Only regular expressions, and only after the certificate answer: this runs on every message."""

from __future__ import annotations

import re

from flows.certificate_wait import TOPIC
from flows.complaint_topics import file_complaint
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_FINISHED = (
    r"(?:selesai\w*|diselesaikan|menyelesaikan|beres\w*|kelar\w*|tamat\w*|rampung\w*|"
    r"tuntas\w*|lulus|finish\w*|complet\w*|done)"
)
_NOT = (
    r"(?:belum|blm|blom|belom|ga|gak|gk|nggak|ngga|enggak|tidak|tdk|tak|not|never|haven'?t|"
    r"hasn'?t|didn'?t|yet)"
)
_WATCHED = r"(?:nonton\w*|ditonton|menonton|tonton\w*|watch\w*)"
_ALL = r"(?:semua\w*|smua|seluruh\w*|all|every\w*|full|habis|abis|sampai akhir|sampe abis)"
DONE = re.compile(
    rf"\b{_FINISHED}\b|\b{_WATCHED}\b.{{0,25}}\b{_ALL}\b|\b{_ALL}\b.{{0,25}}\b{_WATCHED}\b"
    r"|\b100\s*(?:%|persen|percent)|\bprogres\w*\b.{0,15}\b(?:full|penuh)\b"
)
"""Finished, said: "udh selesai", "udah kelar semua", "nonton semua videonya", "I already
finished all the videos", "udah 100% kok progresnya"."""
_NOT_DONE = re.compile(rf"\b{_NOT}\s+(?:\w+\s+)?(?:{_FINISHED}|{_WATCHED})\b")
"""Not finished: "belum selesai", "blm kelar", "haven't finished", "ga nonton semua"."""


def finished_said(text: str) -> bool:
    """Whether the message says the training (or its videos) is finished."""
    lowered = " ".join(text.lower().split())
    return bool(DONE.search(lowered)) and not _NOT_DONE.search(lowered)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Videos are not the whole training: what to check, the provider, then a complaint."""
    if not finished_said(turn.message.text or ""):
        return None
    remember(turn, TOPIC)  # "udh 3 hari" next: overdue or not
    report = file_complaint(turn, fix_shown=TOPIC)
    return [turn.reply("kb.certificate_done", report, turn.menu_button())]


__all__ = ["DONE", "answer", "finished_said"]
