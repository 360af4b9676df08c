"""Why the chat should be linked, asked right after linking was offered ("kenapa harus
hubungkan", "buat apa dihubungin", "why do I need to link it?"): what linking is for and how it
keeps the data safe. Before, "hubungkan" read as the payout account's linking got the bank and
e-wallet rules (probe p25b)."""

from __future__ import annotations

import re

from flows.link_account import FLOW, LINK, link_payload
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

MAX_WORDS = 8
_WHY = re.compile(
    r"\b(?:kenapa|knp|napa|mengapa|buat apa|untuk apa|utk apa|gunanya|fungsinya|why|what for)\b"
)
_LINK = re.compile(
    r"\b(?:hubung\w*|dihubung\w*|menghubung\w*|sambung\w*|disambung\w*|nyambung\w*|link\w*|"
    r"connect\w*|terhubung)\b"
)


def _offered_linking(turn: FlowTurn) -> bool:
    """The reply before this message offered linking the chat to an account."""
    payloads = [str(choice[1]) for choice in turn.session.offered if len(choice) > 1]
    return any(p == f"flow:{FLOW}" or p.startswith(f"{LINK}:") for p in payloads)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """What linking is for, with the button that starts it; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or not (_WHY.search(text) and _LINK.search(text)):
        return None
    if not _offered_linking(turn):
        return None
    link = turn.button("link_account.start", link_payload(None), means="yes")
    return [turn.reply("link_account.why", link, turn.menu_button())]


__all__ = ["answer"]
