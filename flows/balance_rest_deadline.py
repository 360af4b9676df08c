"""The deadline asked in a few words right after the training balance's answer ("what's the
deadline for that?", "batasnya kapan?", "sampai kapan?" after "the rest can buy another
training"): the linked participant's own limit to spend the rest (``flows.purchase_deadline_mine``:
the date from their era's days, or that their era's limit is not in our data). Before (p26a
probe), "Which one do you mean?" or the open wave's closing date."""

from __future__ import annotations

import re

from flows import purchase_deadline_mine as mine
from flows.fallback import previous_intent
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.money_help import BALANCE
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

MAX_WORDS = 6
_TOPICS = frozenset({BALANCE, "training_balance"})
"""Answers after which a bare deadline question means the rest of the balance."""
_DEADLINE = re.compile(
    r"\b(?:batas\w*|deadline\w*|dedline|tenggat\w*|(?:sampai|sampe|smp|ampe)\s+kapan|"
    r"kapan\s+(?:terakhir|hangus\w*|habis|abis|berakhir)|until when|by when|"
    r"expir\w*|hangus\w*|berlaku\s+(?:sampai|sampe|smp|ampe)|time limit|last day)\b"
)
"""A deadline asked: "batasnya kapan?", "what's the deadline for that?", "sampai kapan?"."""
_OTHER = re.compile(
    r"\b(?:saldo\w*|balance|sisa\w*|remaining|gelombang|gel|wave|daftar|register\w*|pendaftaran|"
    r"insentif\w*|incentive\w*|"
    r"sertifikat\w*|certificate\w*|rating|ulasan|review|pengaduan|complaint|tiket|ticket)\b"
)
"""Another deadline named: the wave's, the incentive's, a complaint's."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The participant's limit to spend the rest of the balance, else None."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or not text or len(text.split()) > MAX_WORDS:
        return None
    if not _DEADLINE.search(text) or _OTHER.search(text):
        return None
    if just_said(turn) not in _TOPICS and previous_intent(turn) not in _TOPICS:
        return None
    return (yield from mine.answer(turn))


__all__ = ["answer"]
