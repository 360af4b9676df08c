"""Where one's course schedule is seen, asked in words whatever the NLU reads ("ga jadi deh, sy
ikutin aja. jadwalnya bisa diliat dmn?" read as cancel, "jadwal webinarnya dmn liatnya?"), or
one's progress ("udah berapa persen progres sy"): the platform the course was bought on
(``kb.training_progress``), for a linked participant with a course bought; asked with where
the codes are ("kode redeem dpt dmn trs jadwal webinarnya dmn liatnya?"), both. Before, only
where the codes are was told."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.durations import redeem_window
from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.runtime.machine import FlowTurn
from flows.training_help import LIVE_CLASS, REDEEM

MAX_WORDS = 20
_SCHEDULE = re.compile(r"\b(?:jadwal\w*|jdwl\w*|schedule\w*)")
_WHERE = re.compile(
    r"\b(?:dmn|dimana|di ?mana|mana|mn|liat\w*|lihat\w*|diliat|dilihat|cek|ngecek|where|see|"
    r"find|check)\b"
)
_PROGRESS = re.compile(r"\b(?:progres\w*|progress\w*|kemajuan)\b")
"""One's progress asked ("udah berapa persen progres sy"): on the platform too."""
_CODES = re.compile(r"\b(?:kode|code)\w*\s+(?:\w+\s+)?(?:redeem|redem|voucher|vocer)|\bredeem\b")
_OTHER = re.compile(
    r"\b(?:gelombang\w*|wave\w*|insentif\w*|incentive\w*|pengumuman|pencairan|survei\w*|"
    r"survey\w*|deadline\w*|batas\w*|tiket\w*|ticket\w*|pengaduan|sertifikat\w*|certificate\w*|"
    r"undur\w*|diundur|ganti\w*|pindah\w*|resched\w*)\b"
)
"""Another schedule (a wave's, an incentive's, a ticket's) or moving one's session."""
BOUGHT = ("enrolled", "completed")


def answer(turn: FlowTurn) -> Answer:
    """Where the schedule is (and the codes, when asked too); else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or _OTHER.search(text):
        return None
    if not (_SCHEDULE.search(text) and _WHERE.search(text)) and not _PROGRESS.search(text):
        return None
    if turn.session.participant_id is None:
        return None
    person = yield from participant(turn)
    if person is None or person.status not in BOUGHT:
        return None
    window = redeem_window(turn)
    lines = [turn.say("kb.training_progress")]
    if _CODES.search(text):
        lines.insert(0, turn.say("kb.redeem_where", **window))
        remember(turn, REDEEM)
    else:
        remember(turn, LIVE_CLASS)
    report = file_complaint(turn, topic="provider")
    return [Outbound("\n".join(lines), (report, turn.menu_button()))]


__all__ = ["answer"]
