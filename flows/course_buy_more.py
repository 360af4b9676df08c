"""A wish to buy one more course that names what on ("mau beli satu lagi, yg masak2", "mau
ambil kelas lagi, yang jahit"): the course search on that topic, whatever the NLU made of it
(it read the first as out of scope, unsure, and "Maksud kamu yang mana?" was asked). Whether a
next course may be bought yet is checked when one is chosen (``flows.course_choice.choose`` and
``flows.course_second_purchase``), not here. Regular expressions only, on typed messages
outside a flow."""

from __future__ import annotations

import re

from flows import course_query as query
from flows.my_courses import asks_my_courses
from flows.runtime.machine import FlowTurn

_MORE = re.compile(
    r"\b(?:beli|membeli|ambil|ngambil|ikut|buy|take)\b"
    r"(?:\s+(?:pelatihan|kelas|kursus|training|course)\w*)?"
    r"\s+(?:(?:satu|1|sekali)\s+)?(?:lagi|kedua|ke-?2)\b"
    r"|\b(?:another|one more|a second) (?:course|training|class|one)\b"
)
"""Buying one more ("beli satu lagi", "ambil kelas lagi", "another course")."""
_VAGUE = frozenset({None, "course_search", "out_of_scope", "inform", "help"})
"""Readings of such a wish that name no other request."""


def asks(turn: FlowTurn) -> bool:
    """Whether the message wishes to buy one more course on a topic it names."""
    message = turn.message
    if turn.session.flow is not None or message.payload is not None or not message.text:
        return False
    sure = message.confidence >= query.OTHER_INTENT_SURE and not message.ambiguous
    if message.intent not in _VAGUE and sure:
        return False  # "mau beli lagi tapi insentif aku belum cair?" is the incentive's
    lowered = " ".join(message.text.lower().split())
    if not _MORE.search(lowered) or asks_my_courses(lowered):
        return False
    return bool(query.topic_words(lowered))  # "mau beli pelatihan kedua": no topic, the NLU's


__all__ = ["asks"]
