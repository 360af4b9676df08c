"""What happens to the balance if it is not used, asked in a few words right after an answer on
the training balance, with the balance itself left unsaid ("kalo ga kepake gmn", "if I don't use
it?"): the unused balance's answer (``flows.balance_why``: never cash, the participant's own
window for the rest where their era has one, else less said). Before, the balance's amount
alone again ("Saldo pelatihanmu sekarang Rp800.000.")."""

from __future__ import annotations

import re
from dataclasses import replace

from flows import balance_why
from flows.balance_sums import BALANCE_TOPICS
from flows.fallback import previous_intent
from flows.last_answer import just_said
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask

MAX_WORDS = 6
"""A follow-up is short; a longer message names what it asks about."""
_NAMED = re.compile(r"\b(?:saldo\w*|balance)\b")
"""The balance named: ``flows.balance_why`` reads such a message itself."""
_UNUSED = re.compile(
    r"\b(?:ga|gak|gk|g|nggak|ngga|enggak|tidak|tdk|belum|blm|not|never|don'?t|do not)\s+"
    r"(?:\w+\s+)?(?:ke|ter|di)?(?:pake|pakai|kepake|kepakai|terpakai|dipake|dipakai|digunakan|"
    r"gunakan|habis|dihabiskan|dihabisin|dibelanjakan|use|used|spend|spent)\b"
    r"|\b(?:unused|leftover)\b"
)
"""Not spending it ("kalo ga kepake", "if I don't use it")."""
_ASKED = re.compile(r"\?|\b(?:kalo|kalau|klo|kl|gimana|gmn|gmna|bagaimana|gimna|if|what|how)\b")
CANONICAL = "kalo sisa saldo ga dipakai gimana"
"""The question asked, with its subject said, as ``flows.balance_why`` reads it."""


def answer(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    """The unused balance's answer right after the balance's; else None."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is not None or not lowered or turn.session.flow is not None:
        return None
    if len(lowered.split()) > MAX_WORDS or _NAMED.search(lowered):
        return None
    after = just_said(turn) in BALANCE_TOPICS or previous_intent(turn) == "training_balance"
    if not after or not (_UNUSED.search(lowered) and _ASKED.search(lowered)):
        return None
    restored = FlowTurn(turn.session, replace(message, text=CANONICAL), turn.ctx)
    return (yield from balance_why.answer(restored, CANONICAL))


__all__ = ["answer"]
