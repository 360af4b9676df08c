"""A correction of the topic inside the course search that names a language as what to learn:
"eh bukan, maksudnya bahasa inggris" after "cari pelatihan menjahit" is English courses, not a
request to change the chat's language (before: "Oke, aku pakai Bahasa Indonesia mulai
sekarang", and the search went on with sewing)."""

from __future__ import annotations

import re

from flows.runtime.machine import FlowTurn
from flows.turn import Message

_CORRECTS = re.compile(
    r"\b(?:bukan|bkn|maksud\w*|mksd\w*|mksud\w*|salah|ralat|ganti|i mean|meant|not)\b"
)
"""Words of a correction: what was searched is not what was meant."""
_LANGUAGE = re.compile(r"\b(?:inggris|english|engl|mandarin|jepang|korea|arab|jerman|prancis)\b")
_CHAT_LANGUAGE = re.compile(
    r"\b(?:pake|pakai|jawab\w*|balas\w*|bales\w*|ngomong|reply|respond|speak\w*|chat)\b"
)
"""Words asking for the chat's language ("bukan, maksudnya jawab pake inggris"): not a topic."""


def corrects_topic(turn: FlowTurn) -> bool:
    """Inside the course search, a message read as ``change_language`` that corrects what is
    searched for with a language's name: a course topic."""
    from flows.flow_table import START_INTENTS  # here: the course flow imports this module

    return turn.session.flow == START_INTENTS["course_search"] and corrects(turn.message)


def corrects(message: Message) -> bool:
    """A message read as ``change_language`` correcting a topic with a language's name."""
    if message.intent != "change_language" or message.payload is not None:
        return False
    lowered = " ".join((message.text or "").lower().split())
    if _CHAT_LANGUAGE.search(lowered):
        return False
    return bool(_CORRECTS.search(lowered) and _LANGUAGE.search(lowered))


_DENIALS = frozenset({"deny", "inform", "out_of_scope"})
"""How the NLU reads a bare correction ("eh bukan, maksudnya excel": deny 0.60)."""


def corrects_plainly(message: Message) -> bool:
    """A correction of what is searched read as a denial or a statement ("eh bukan, maksudnya
    excel" at the mode question): the topic it names is searched (before, "I didn't catch
    that")."""
    if message.payload is not None or message.intent not in _DENIALS:
        return False
    return bool(_CORRECTS.search(" ".join((message.text or "").lower().split())))
