"""The training asked about with only a phone ("pelatihannya online atau offline? aku gak punya
laptop cuma hp", "ga ada laptop, bisa pake hp aja?"): a laptop is no requirement; online
courses need a device with internet (the camera on in webinars), whether a phone works depends
on the course (its details say), offline classes are attended in person (the existing answer
``eligibility.note.device``). Before, the words went to the course search ("belum menemukan
pelatihan 'pelatihannya punya laptop cuma hp'", probe p22a b30)."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_NO = r"(?:ga|gak|gk|nggak|ngga|enggak|engga|tidak|tdk|belum|blm|ndak|ora|teu|don'?t|do not)"
_COMPUTER = r"(?:laptop|leptop|komputer|pc|computer|notebook)"
_PHONE = r"(?:hp|handphone|hape|ponsel|smartphone|android|phone)"
ONLY_PHONE = re.compile(
    rf"\b{_NO}\s+(?:punya|ada|pny|py|have|own)\s+(?:\w+\s+)?{_COMPUTER}\b"
    rf"|\b(?:cuma|cm|hanya|hny|only|modal)\s+(?:punya\s+|pake\s+|pakai\s+|ada\s+|have\s+)?(?:a\s+)?"
    rf"{_PHONE}\b"
    rf"|\b(?:bisa|bs|boleh|can i)\s+(?:\w+\s+)?(?:pake|pakai|lewat|via|use|dari|di|on)\s+(?:a\s+)?"
    rf"{_PHONE}\s+(?:aja|saja|doang|only)?\s*(?:ga|gak|nggak|tidak|\?|$)"
)
"""Only a phone said or asked about: "gak punya laptop", "cuma hp", "bisa pake hp aja ga?"."""
_TRAINING = re.compile(
    r"\b(?:pelatihan\w*|kelas\w*|kursus\w*|belajar|webinar|training|course|class|online|"
    r"offline|daring|luring|ikut\w*|prakerja)\b"
)
"""The training (or the programme) named beside it."""


def asks(text: str) -> bool:
    """Whether ``text`` asks whether the training works with only a phone."""
    lowered = " ".join(text.lower().split())
    return bool(ONLY_PHONE.search(lowered) and _TRAINING.search(lowered))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """No laptop needed, and how each mode is attended; else None."""
    if turn.message.payload is not None or not asks(turn.message.text or ""):
        return None
    check = turn.button("menu.courses", "flow:course_choice")
    return [turn.reply("eligibility.note.device", check, turn.menu_button())]


__all__ = ["ONLY_PHONE", "answer", "asks"]
