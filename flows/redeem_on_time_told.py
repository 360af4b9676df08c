"""The redeem code refused though entered on time, told right after the redeem code's answer
("kode redeem ga bisa dipake katanya invalid", then "udah pas jam nya kok, 10 menit sebelum
mulai"): the code works from 1 hour before to 1 hour after the session starts (DOMAIN.md
"Courses"), so the time is not the reason: what to check, the provider, a complaint
(``redeem_errors.invalid_in_time``). Before, a did-you-mean. A time outside the window ("2 jam
sebelum mulai") is left to the class-time answers."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.training_help import REDEEM

MAX_WORDS = 12
_ON_TIME = re.compile(
    r"\b(?:pas|tepat|sesuai|udah|udh|sudah)\s+(?:\w+\s+)?(?:jam\w*|waktu\w*|jadwal\w*)\b"
    r"|\bon time\b|\bwithin (?:the )?(?:window|time)\b"
)
"""Entered at the right time: "udah pas jam nya kok", "sesuai jadwal", "on time"."""
_MINUTES = re.compile(
    r"\b(\d{1,2})\s*(?:menit|mnt|min|minutes?)\s+(?:sebelum|sblm|setelah|stlh|sesudah|before|"
    r"after)\b"
)
"""Minutes before or after the start: "10 menit sebelum mulai"."""
_HOURS = re.compile(r"\b\d+\s*(?:jam|hours?)\s+(?:sebelum|sblm|setelah|stlh|before|after)\b")
_WINDOW_MINUTES = 60


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """What to check when the code fails inside its window, right after the redeem answer."""
    message = turn.message
    text = message.words
    if message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if just_said(turn) != REDEEM or _HOURS.search(text) or not _refused_before(turn):
        return None
    minutes = _MINUTES.search(text)
    inside = minutes is not None and int(minutes.group(1)) <= _WINDOW_MINUTES
    if not (inside or (_ON_TIME.search(text) and minutes is None)):
        return None
    remember(turn, REDEEM)
    report = file_complaint(turn, topic="provider")
    return [turn.reply("redeem_errors.invalid_in_time", report, turn.menu_button())]


_REFUSED = re.compile(
    r"\b(?:invalid|tidak valid|ga valid|gak valid|gagal|error|eror|ditolak|salah|"
    r"(?:ga|gak|gk|tidak|tdk|nggak)\s*bisa|gabisa|gbs|doesn'?t work|not working|rejected)\b"
)


def _refused_before(turn: FlowTurn) -> bool:
    """The message before said the code was refused ("katanya invalid")."""
    recent = turn.session.profile.get("recent") or []
    return len(recent) >= 2 and bool(_REFUSED.search(str(recent[-2]).lower()))


__all__ = ["answer"]
