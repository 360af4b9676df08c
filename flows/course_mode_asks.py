"""What a training mode means, asked in words ("itu maksudnya apa self paced", "webinar itu
apa", "what does self-paced mean"), often right after a course list shows the modes: the three
modes told apart (``kb.training_modes``: webinar live on a schedule, self-paced any time, in
person in a city). Before, "itu maksudnya apa self paced" got "which one did you mean?"."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 10
_MODE = re.compile(r"\b(?:self.?paced|webinar|luring|daring|lms|hybrid|blended)\b")
_MEANING = re.compile(
    r"\b(?:maksud\w*|artinya|arti|apaan|apa itu|itu apa|itu apaan|what is|what'?s|what does|"
    r"meaning|means?|mean)\b"
)
_OTHER = re.compile(
    r"\b(?:link|tautan|zoom|jadwal\w*|schedule|kapan|when|jam|kode|code|redeem|sertifikat\w*|"
    r"certificate|beda\w*|perbedaan|difference|vs|versus)\b"
)
"""Another question about a mode: its link, its time, the code, the modes compared."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The modes told apart when one's meaning is asked; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or _OTHER.search(text):
        return None
    if not (_MODE.search(text) and _MEANING.search(text)):
        return None
    turn.session.misses = 0
    search = turn.button("menu.courses", "flow:course_choice")
    return [turn.reply("kb.training_modes", search, turn.menu_button())]


__all__ = ["answer"]
