"""Broadcasts wanted back right after they were stopped, in words other than "langganan lagi":
"actually resume them", "nyalain lagi aja", "aktifin lagi dong" switch them back on; "gmn
cara nyalain lagi", "how do I turn them back on?" is told how (the "Langganan lagi" button, or
typing it), one tap away. Before, both were out of scope (probe p22c d18, d19). Read only right
after the opt-out (``flows.subscription_follow_ups.UNSUBSCRIBED``): elsewhere "aktifin lagi"
is about an account or a card."""

from __future__ import annotations

import re

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn

_BACK_ON = re.compile(
    r"\b(?:nyala\w*|nyalain|nyalakan|hidupin|hidupkan|aktif\w*|idupin|balikin|kembalikan|"
    r"resume|restart|unmute|undo|(?:turn|switch|put) (?:\w+ )?(?:back )?on|"
    r"(?:start|send|sending) (?:\w+ )?again|bring (?:\w+ )?back|"
    r"(?:mulai|kirim\w*|terima|nerima|menerima) (?:\w+ )?(?:lagi|lg|kembali))\b"
)
"""Broadcasts switched back on: "nyalain lagi", "actually resume them", "turn them back on"."""
_HOW = re.compile(r"\b(?:gmn|gimana|gmna|bagaimana|cara\w*|how (?:do|can|to|would)|what do i do)\b")
"""How to do it asked, not yet wished: told how, one tap away."""
_AGAINST = re.compile(r"\b(?:jangan|jgn|ga ?usah|gak ?usah|gausah|don'?t|do not|never|no need)\b")
"""Not wanted: "jangan dinyalain lagi", "don't resume them"."""


def wanted(text: str) -> str | None:
    """ "how" when ``text`` (lowercase) asks how to switch broadcasts back on, "on" when it
    asks for it, else None."""
    if not _BACK_ON.search(text) or _AGAINST.search(text):
        return None
    return "how" if _HOW.search(text) else "on"


def how(turn: FlowTurn) -> list[Outbound]:
    """How to get broadcasts back, the button that does it."""
    again = turn.button("subscription.again", "subscribe", means="yes")
    return [turn.reply("subscription.resume_how", again, turn.menu_button())]


__all__ = ["how", "wanted"]
