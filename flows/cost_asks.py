"""A bare question whether anything costs money ("Apakah dipungut biaya?", "bayar ga?") or
what courses are paid with ("bayarnya pake apa", "how do I pay for it"), naming no benefit:
a line each (free to join; courses paid from the training balance), not the benefits tables
of both eras that the benefits answer gives (before, both questions got the whole package).

DOMAIN.md "Courses": a course is bought on a platform partner, paid with the training
balance; registering at prakerja.go.id costs nothing."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_COST = re.compile(
    r"\bgratis\b|\bfree\b|\bbayar\w*|berbayar|\bbiaya\w*|\bpungut\w*|\bdipungut\b|\bcharge\w*"
    r"|\bcosts?\b|\bfees?\b|\bpay\b|\bpaid\b"
)
"""Money asked about at all."""
_PAID_WITH = re.compile(
    r"\b(?:bayar\w*|dibayar\w*|pembayaran\w*|pay|paid|payment)\b\s*(?:\w+\s+)?"
    r"(?:pake|pakai|pkai|pk|dengan|dgn|lewat|via|with|using|by)\s+(?:apa|apaan|what)\b"
    r"|\bhow (?:do|can|should) (?:i|we|you) pay\b"
    r"|\b(?:cara|gimana|gmn|gmna|bagaimana) (?:bayar\w*|pembayaran\w*)\b"
    r"|\b(?:bayar\w*|pembayaran\w*) (?:gimana|gmn|gmna|bagaimana)\b"
)
"""What a course is paid with: "bayarnya pake apa", "dibayar pakai apa", "how do I pay"."""
_NAMED = re.compile(
    r"\b(?:manfaat\w*|benefits?|insentif\w*|incentives?|saldo\w*|balance|uang\w*|duit\w*|"
    r"berapa|brp|brapa|how much|survei\w*|survey\w*|tunai|cash|rekening|e-?wallet|ongkir|"
    r"pajak|tax|denda|admin)\b"
)
"""Words naming something else than the cost of joining (the package, an amount, a payout)."""
_PROGRAMME = re.compile(r"\b(?:prakerja|program\w*|kartu)\b")
"""The programme named ("ikut prakerja bayar ga?", "is this program free?"): free, and what it
gives (the benefits answer); a bare "Apakah dipungut biaya?" gets the line alone."""


def pays_with(lowered: str) -> bool:
    """Whether the message asks what courses are paid with, naming nothing else."""
    return bool(_PAID_WITH.search(lowered)) and not _NAMED.search(lowered)


def cost_only(lowered: str) -> bool:
    """Whether the message asks only whether it costs anything ("Apakah dipungut biaya?")."""
    named = _NAMED.search(lowered) or _PROGRAMME.search(lowered)
    return bool(_COST.search(lowered)) and not named


def answer(turn: FlowTurn, lowered: str) -> list[Outbound] | None:
    """The line answering a bare cost question, else None (the benefits answer goes on)."""
    if pays_with(lowered):
        search = turn.button("menu.courses", "flow:course_choice")
        return [turn.reply("kb.paid_with_balance", search, turn.menu_button())]
    if cost_only(lowered):
        register = turn.button("menu.register", "topic:register")
        return [turn.reply("kb.benefits_free", register, turn.menu_button())]
    return None


__all__ = ["answer", "cost_only", "pays_with"]
