"""A payout channel chosen bare right after a payout-channel answer: "yaudh dana aja" after
"ShopeePay belum bisa" is the one chosen, and how to link it (an e-wallet upgraded/KYC with
one's own e-KTP, the phone number of the Prakerja account; DOMAIN.md "Incentives"). Before:
"belum paham" and the menu. ``named`` is shared with ``flows.payout_named`` (light imports:
``flows.payout_follow_ups`` reads it)."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

CHANNELS = {"bni": "BNI", "bca": "BCA", "ovo": "OVO", "gopay": "GoPay", "go-pay": "GoPay",
            "dana": "DANA", "linkaja": "LinkAja", "link aja": "LinkAja"}  # fmt: skip
"""Payout channels (DOMAIN.md: banks BNI and BCA, e-wallets OVO, GoPay, DANA, LinkAja)."""
BANKS = ("BNI", "BCA")
_NAME = r"(bni|bca|ovo|gopay|go-pay|dana|linkaja|link aja)"
_FILLER = (
    r"(?:ya ?udah|yaudh|yaudah|yaud|yauda|yudah|yodah|udah|ok|oke|okay|okey|sip|siap|oh|eh|ee+|"
    r"e+|hmm+|kalo gitu|klo gitu|kl gitu|gitu|ya|iya|jadi|jd|kak|min|deh|dah|aja|saja|aj|ajah|"
    r"lah|ajalah|dong|sih|nih|nya|mau|mo|pengen|pake|pakai|pk|ke|sama|yang|yg|akun|rekening|"
    r"rek|bank|e-?wallet|ewallet|di|aku|ku|saya|punyaku|punya)"
)
_BARE = re.compile(rf"^\W*(?:{_FILLER}\W+)*{_NAME}(?:nya)?(?:\W+{_FILLER})*\W*$")
"""Only a channel named, with fillers: "yaudh dana aja", "eee yang dana kak", "pake ovo deh"."""
_CHOICE = re.compile(r"\b(?:aja|saja|aj|ajah|ajalah|deh|pake|pakai|pk|ganti|mau|pengen)\b")
"""A choice, not a question: "dana aja", "pake ovo deh"."""


def named(turn: FlowTurn) -> str | None:
    text = " ".join((turn.message.text or "").lower().split())
    if turn.message.payload is not None or len(text.split()) > 7:
        return None
    found = _BARE.match(text)
    return CHANNELS[found.group(1)] if found else None


def chosen(turn: FlowTurn) -> list[Outbound] | None:
    """ "yaudh dana aja" after a payout-channel answer: how to link the one chosen."""
    name = named(turn)
    if name is None or not _CHOICE.search((turn.message.text or "").lower()):
        return None
    key = "payout_chosen.bank" if name in BANKS else "payout_chosen.wallet"
    return [turn.reply(key, turn.menu_button(), name=name)]


__all__ = ["CHANNELS", "chosen", "named"]
