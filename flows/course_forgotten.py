"""Which course one bought, asked as forgotten ("sy beli pelatihan apa ya kemaren lupa", "aku
ambil kelas apa sih kmrn", "what course did I buy, I forgot"): the courses on record
(``flows.my_courses``), not a search for the words ("Belum ada pelatihan \"kemaren lupa\"";
probe p22b D11). A question of which course to buy ("beli pelatihan apa ya yg bagus") stays a
search."""

from __future__ import annotations

import re

from flows import my_courses
from flows.my_data import Answer
from flows.runtime.machine import FlowTurn

MAX_WORDS = 14
_COURSE = r"(?:pelatihan|kelas|kursus|training|course|class)\w*"
_TAKEN = r"(?:beli|dibeli|ambil|diambil|ikut|ikutin|bought|buy|took|take|enrol\w*|purchas\w*)"
_WHICH = r"(?:apa|apaan|apa aja|yg mana|yang mana|mana|what|which)"
_ASKED = re.compile(
    rf"\b{_TAKEN}\b.{{0,12}}\b{_COURSE}\s+{_WHICH}\b|\b{_WHICH}\s+{_COURSE}\b.{{0,20}}\b{_TAKEN}\b"
    rf"|\b{_COURSE}\s+(?:yg|yang|that)\s+(?:\w+\s+)?{_TAKEN}\b.{{0,12}}\b{_WHICH}\b"
)
"""Which course was taken ("beli pelatihan apa", "what course did I buy", "kelas yg aku ambil
apa ya")."""
_PAST = re.compile(
    r"\b(?:lupa|lupa2|kemaren|kemarin|kmrn|kmren|kmarin|tadi|td|dulu|waktu itu|wkt itu|"
    r"minggu lalu|bulan lalu|forgot|forget|forgotten|yesterday|last (?:week|month)|did i|"
    r"udh|udah|sudah|sdh|pernah)\b"
)
"""A purchase in the past, or forgotten."""
_NEW_ONE = re.compile(
    r"\b(?:bagus|cocok|rekomendasi|rekomen|sebaiknya|mending|enaknya|enak|saran\w*|should|"
    r"recommend\w*|best|good|mau|pengen|ingin|want)\b"
)
"""A course still to choose ("beli pelatihan apa ya yg bagus")."""


def asks(text: str) -> bool:
    """Whether the message asks which course the user bought, having forgotten it."""
    lowered = " ".join(text.lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS or _NEW_ONE.search(lowered):
        return False
    return bool(_ASKED.search(lowered) and _PAST.search(lowered))


def answer(turn: FlowTurn) -> Answer:
    """The courses on record when asked which was bought; else None."""
    if turn.message.payload is not None or not asks(turn.message.text or ""):
        return None
    return (yield from my_courses.my_courses(turn))


__all__ = ["answer", "asks"]
