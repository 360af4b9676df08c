"""How to register asked in regional words the NLU does not know ("kumaha cara daptarna?",
Sundanese; "gimane cara daptarnye", Betawi): once ``flows.regional_phrases`` has read the words
as Indonesian ("gimana cara daftarnya?"), a message the NLU read as out of scope or help that
asks how to register gets the registration steps. Before, it was "aku hanya bisa membantu soal
Kartu Prakerja" (probe p22a d12)."""

from __future__ import annotations

import re

from flows.turn import Message

VAGUE = frozenset({"out_of_scope", "help", "greet"})
"""Readings of a regional how-to-register question that name no topic."""
MAX_WORDS = 10
_HOW = r"(?:cara\w*|gimana|gmn|gmana|bagaimana|piye|kumaha|langkah\w*)"
_REGISTER = r"(?:daftar\w*|mendaftar|registrasi|register)"
HOW_TO_REGISTER = re.compile(rf"\b{_HOW}\s+(?:\w+\s+)?{_REGISTER}\b|\b{_REGISTER}\s+{_HOW}\b")
"""How to register asked: "gimana cara daftarnya", "daftarnya gimana", "caranya daftar"."""


def asks_how_to_register(message: Message, unsure: bool) -> bool:
    """Whether a short message read as no topic asks how to register."""
    if message.payload is not None or not message.text:
        return False
    if message.intent not in VAGUE and not unsure:
        return False
    text = " ".join(message.text.lower().split())
    return len(text.split()) <= MAX_WORDS and bool(HOW_TO_REGISTER.search(text))


__all__ = ["HOW_TO_REGISTER", "asks_how_to_register"]
