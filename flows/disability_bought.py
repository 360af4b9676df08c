"""A course already bought that a disability keeps one from attending ("saya sudah beli
pelatihan offline tapi tempatnya di lantai 3 tanpa lift, saya pakai kursi roda"): the provider
arranges the place or the way to take part, so the answer says to contact it through the
platform, with a complaint about the provider one tap away. Before, the catalogue's advice
"Sebelum membeli, baca deskripsinya ..." for a course not bought yet (probe p25d #8)."""

from __future__ import annotations

import re

from flows.complaint_story import masked
from flows.complaint_topics import file_complaint
from flows.messages import MAX_TEXT_LENGTH, Outbound
from flows.runtime.machine import FlowTurn

_BOUGHT = re.compile(
    r"\b(?:sudah|udah|udh|sdh|dah|telah|terlanjur|udah terlanjur)\s+(?:\w+\s+)?(?:beli|membeli|"
    r"dibeli|bayar|ambil|daftar)\w*\b|\b(?:already|have|i've)\s+(?:bought|paid|enrolled)\b"
    r"|\bi bought\b"
)
"""The course said to be bought ("saya sudah beli pelatihan", "I already bought it")."""
_PLACE = re.compile(
    r"\b(?:tempat\w*|lokasi\w*|gedung\w*|lantai|ruang\w*|tangga|lift|elevator|ramp|offline|"
    r"venue|building|floor|stairs)\b"
)
"""The class's place named: the barrier is where it is held."""


def told(lowered: str, disabled: bool) -> bool:
    """``lowered`` tells of a bought course whose place a disability named keeps one from."""
    return disabled and bool(_BOUGHT.search(lowered) and _PLACE.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound]:
    """Contact the provider; a complaint about it if it does not help."""
    story = masked(turn.message.text or "")[:MAX_TEXT_LENGTH]  # the complaint's story, told
    report = file_complaint(turn, topic="provider", story=story)
    return [turn.reply("disability_bought.provider", report, turn.menu_button())]


__all__ = ["answer", "told"]
