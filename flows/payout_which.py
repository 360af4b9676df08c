"""Which payout accounts are accepted, asked right after a payout answer ("yg bs apa aja emg"
after "ShopeePay bukan akun pencairan", "which ones can I use then?"): the six accepted banks
and e-wallets in one's own name, not the general help (the NLU reads it as help)."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_WHICH = re.compile(
    r"\b(?:apa aja|apa saja|apa aj|ap aj|mana aja|mana saja|yg mana|yang mana|which|what)\b"
    r".{0,20}\b(?:bisa|bs|bsa|boleh|diterima|can|allowed|accepted|ok)\b"
    r"|\b(?:yg|yang)\s+(?:bisa|bs|bsa|boleh|diterima)\s+(?:\w+\s+)?(?:apa|apa aja|apa saja|"
    r"mana|mana aja|ap aj)\b"
)
"""Which ones are accepted: "yg bs apa aja emg", "terus yang boleh apa aja", "which ones can"."""
_MAX_WORDS = 8


def asked(lowered: str) -> bool:
    """A short question which accounts are accepted."""
    return len(lowered.split()) <= _MAX_WORDS and bool(_WHICH.search(lowered))


def reply(turn: FlowTurn) -> list[Outbound]:
    """The accepted accounts and what they need."""
    return [turn.reply("kb.payment_account", turn.menu_button())]
