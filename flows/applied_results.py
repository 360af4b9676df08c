"""An applicant waiting for a wave's announcement asks for the result in words the NLU cannot
place (probe p26a #3): "when will the results come out" (out of scope 0.60: "I can only help
with Kartu Prakerja"), "did I get in?" (the benefits table), "am I selected?", "aku keterima
ga?". Their status answers it: the wave joined, results a few days after it closes, in the
dashboard and by SMS and email (``flows.my_selection``)."""

from __future__ import annotations

import re

from flows import my_selection
from flows.messages import Outbound
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

MAX_WORDS = 12
RESULTS = re.compile(
    r"\b(?:results?|announcement|announced|pengumuman\w*|hasil\w*\s+seleksi)\b"
    r"|\b(?:did|have|am|was|were|will)\s+i\s+(?:been\s+|be\s+)?(?:get(?:ting)?\s+in|got\s+in|"
    r"pass(?:ed)?|selected|chosen|accepted|picked|make\s+it|qualif(?:y|ied))\b"
    r"|\b(?:aku|saya|sy|gue|gw)\s+(?:udah\s+|udh\s+|sudah\s+)?(?:lolos|keterima|diterima|"
    r"terpilih|kepilih)\s+(?:ga|gak|gk|nggak|ngga|tidak|belum|blm|apa|kah)\b"
)
"""The result asked: "when will the results come out", "did I get in?", "aku lolos ga?"."""
_ABOUT_ELSE = re.compile(r"\b(?:sebelum|before|kursus|pelatihan|course|courses|training|kelas)\b")
"""Something else asked around the announcement: "boleh lihat-lihat kursus dulu ga sebelum
pengumuman?" is browsing courses while waiting."""


def asked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The applicant's status, for such a question from a linked participant who applied;
    else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or turn.session.flow is not None:
        return None
    if not text or len(text.split()) > MAX_WORDS or not RESULTS.search(text):
        return None
    if _ABOUT_ELSE.search(text):
        return None
    person = yield from participant(turn)
    if person is None or person.status != "applied":
        return None
    return (yield from my_selection.answer(turn, person))


__all__ = ["RESULTS", "asked"]
