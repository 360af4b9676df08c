"""A course of the list pointed at ("yg kedua brp harganya", "the second one?") while the
course search still asks its questions, before any list was shown: no list yet, so the
question is answered with that, then asked again (``flows.course_asides.in_search``). Before,
the price word read as the training balance and got the balance and deadline text (probe
p22b D18), or "aku belum menangkap jawabannya"."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

QUESTIONS = ("topic", "mode", "city", "max_price")
"""The course search's questions, asked before its list."""
MAX_WORDS = 8
_PLACE = re.compile(
    r"\b(?:yg|yang|no|nomor|nomer|the)\s*(?:ke-?\s?\d|\d|pertama|kedua|ketiga|keempat|kelima|"
    r"first|second|third|fourth|fifth)\b"
)
"""A place in a list named ("yg kedua", "no 2", "the second")."""


def points_at_list(text: str) -> bool:
    """Whether a short message points at a place in a list ("yg kedua brp?")."""
    lowered = " ".join(text.lower().split())
    return len(lowered.split()) <= MAX_WORDS and bool(_PLACE.search(lowered))


def answer(turn: FlowTurn, flow: str) -> list[Outbound] | None:
    """ "No list yet: answer this question first" at the search's questions; else None."""
    session = turn.session
    if session.flow != flow or session.step not in QUESTIONS:
        return None
    if not points_at_list(turn.message.text or ""):
        return None
    return [Outbound(turn.say("course_unlisted.no_list_yet"))]


__all__ = ["answer", "points_at_list"]
