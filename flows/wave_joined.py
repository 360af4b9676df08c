"""A linked participant asking whether they joined a wave ("aku udh gabung gelombang 72 kan?"):
answered from their record first (the wave applied to, or selected in), then that wave's dates
(``flows.waves``). Before, only the wave's dates were said, and whether they had joined was
left open. A registered participant with no wave on record is ``flows.my_words``' (check
Riwayat Gelombang, join again while open)."""

from __future__ import annotations

import re

from flows.last_answer import remember
from flows.messages import Outbound
from flows.my_data import participant
from flows.my_selection import APPLIED
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.wave_rules import asks_leave
from flows.waves import named_wave, wave_text

MAX_WORDS = 12
_JOINED = re.compile(
    r"\b(?:udah|udh|sudah|sdh|dah|uda|blm|belum|pernah)\s+(?:\w+\s+)?(?:gabung|ikut|join|"
    r"masuk|terdaftar|kedaftar|daftar)\w*\s+(?:ke\s+|di\s+)?(?:gelombang|gel|wave)\b"
    r"|\b(?:have|did) i (?:already )?(?:join|joined|appl(?:y|ied) (?:to|for))\b.{0,10}\bwave\b"
    r"|\bam i in\b.{0,10}\bwave\b|\bi (?:already |have )?joined (?:the |a )?wave\b"
)
"""Having joined, asked or said: "aku udh gabung gelombang 72 kan?", "sudah terdaftar di
gelombang 72 belum", "did I join wave 72?"."""
_STATUSES = ("applied", "not_selected", "selected", "enrolled", "completed", "revoked")
"""Statuses with a wave on record (applied to, or selected in)."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Joined or not, from the record, then the wave's dates; None: no such question, not
    linked, or no wave on record."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if not _JOINED.search(text) or asks_leave(text):  # "tapi ingin membatalkan": leaving
        return None
    person = yield from participant(turn)
    if person is None or person.status not in _STATUSES:
        return None
    joined = person.applied_wave or person.wave_number
    if joined is None:
        return None
    asked = named_wave(turn) or joined
    if person.status == "applied":  # "abis itu?" next: the steps after joining
        remember(turn, APPLIED)
    if asked == joined:
        lines = [turn.say(f"wave_joined.yes_{'waiting' if person.status == 'applied' else 'done'}",
                          number=joined)]  # fmt: skip
    else:
        lines = [turn.say("wave_joined.other", number=asked, joined=joined)]
    lines.append((yield from wave_text(asked, turn.lang, message.at)))
    return [Outbound("\n".join(lines), (turn.menu_button(),))]


__all__ = ["answer"]
