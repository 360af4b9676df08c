"""A linked participant asking their own training balance in everyday words ("duit pelatihan ku
sisa brp", "duit prakerja ku ada brp", "uang pelatihan ku brp"): the NLU reads these as the
benefits, and the general package table came (with the current era's Rp3.500.000, not their
balance). Answered as "saldoku brp" is: their own balance from the records, with the first
purchase's deadline when none is bought (``flows.purchase_deadline.training_balance``).

None: not linked, a button, or not such a question (an incentive named, a longer message)."""

from __future__ import annotations

import re

from flows import purchase_deadline
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

MAX_WORDS = 8
"""Such a question is short; a longer message says more than this."""

_MONEY = r"(?:duit\w*|uang\w*|doku|dana)"
_OF = r"(?:pelatihan\w*|prakerja\w*|kartu\w*|kelas\w*|kursus\w*|training)"
_MINE = r"(?:\w*ku|aku|saya|sy|gw|gue|gua|q|punyaku|punya aku|punya saya)"
_HOW_MUCH = re.compile(
    r"\b(?:sisa\w*|brp|berapa|brapa|brpa|tinggal\w*|ada brp|masih ada|how much|left)\b"
)
_OWN = re.compile(rf"\b{_MONEY}\s+{_OF}\s+{_MINE}\b|\b{_MONEY}\s+{_OF}ku\b|\b{_MONEY}ku\s+{_OF}\b")
"""Money of the training, of one's own: "duit pelatihan ku", "uang prakerjaku", "duitku
prakerja"."""
_ELSE = re.compile(
    r"\b(?:insentif\w*|intensif\w*|incentive\w*|survei\w*|survey\w*|cair\w*|dicair\w*|masuk|"
    r"transfer\w*|rekening|rek|ovo|gopay|linkaja|kapan|kpn)\b"
)
"""The incentive or its payment asked instead ("duit prakerja ku kapan cair")."""


def asks(text: str) -> bool:
    """Whether ``text`` asks how much of the training money one has left."""
    lowered = " ".join(text.lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS or _ELSE.search(lowered):
        return False
    return bool(_OWN.search(lowered) and _HOW_MUCH.search(lowered))


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """Their own balance (``purchase_deadline.training_balance``), else None."""
    message = turn.message
    if message.payload is not None or turn.session.participant_id is None:
        return None
    if not asks(message.text or ""):
        return None
    return (yield from purchase_deadline.training_balance(turn))


__all__ = ["answer", "asks"]
