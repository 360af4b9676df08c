"""Which code comes first, asked right after the voucher and redeem codes were told apart ("yg
dimasukin pas awal yg mana", "which one do I enter first?"): the voucher code, to unlock the
training any time after buying; the redeem code later, at the session (DOMAIN.md "Courses").
Before, "Maksud kamu yang mana?" with the payout account and "what is Prakerja"."""

from __future__ import annotations

import re

from flows.durations import redeem_window
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.training_help import REDEEM

MAX_WORDS = 10
_FIRST = re.compile(r"\b(?:awal|duluan|dulu|pertama|pertamax|first|start|beginning)\b")
_WHICH = re.compile(r"\b(?:yg|yang|mana|which|what)\b")
_OTHER = re.compile(r"\b(?:saldo\w*|insentif\w*|sertifikat\w*|gelombang\w*|daftar\w*|beli\w*)\b")


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The voucher code first, the redeem code at the session; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or just_said(turn) != REDEEM or _OTHER.search(text):
        return None
    if not (_FIRST.search(text) and _WHICH.search(text)):
        return None
    remember(turn, REDEEM)
    return [turn.reply("redeem_first.voucher", turn.menu_button(), **redeem_window(turn))]


__all__ = ["answer"]
