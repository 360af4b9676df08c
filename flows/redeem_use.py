"""How the voucher and redeem codes are used ("cara pakai kodenya gmn" right after the answer
on where the codes are, "gimana cara pake kode redeem", "how do I use the code"): where each
one is typed and when (DOMAIN.md "Courses": the redeem code works only from 1 hour before to
1 hour after the session starts). Before, "cara pakai kodenya gmn" after the codes' answer was
read as a wish for help and got the generic help with the menu."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.durations import redeem_window
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.training_help import REDEEM

MAX_WORDS = 10
"""A question how to use the codes is short; a longer message tells a problem of its own."""

_USE = re.compile(
    r"\b(?:cara\s*(?:nya\s+)?(?:pakai|pake|pakainya|pakenya|make|makenya|memakai|menggunakan|gunain|"
    r"gunakan|masukin|masukkan|masukinnya|nukar|nuker|tukar|menukar|menukarkan|redeem|input)\w*"
    r"|(?:gimana|gmn|gmna|bagaimana|gimna)\s+(?:cara\s+)?(?:pakai|pake|make|memakai|"
    r"menggunakan|gunain|masukin|masukkan|nukar|nuker|tukar|menukar|input)\w*"
    r"|(?:pakai|pake|make|masukin|masukkan|dimasukin|dimasukkan|diinput|ditukar|tukar|nuker"
    r"|nukar)\w*\s+(?:\w+\s+)?(?:dimana|di mana|dmn|kemana|ke mana|gimana|gmn|gmna|bagaimana)"
    r"|how (?:do|can|should) i (?:use|enter|redeem|apply)|where do i (?:enter|use|type|put))\b"
)
"""How or where a code is used: "cara pakai kodenya gmn", "gmn makenya", "dimasukin dimana",
"how do I use it"."""
_CODE = re.compile(r"\b(?:kode\w*|code\w*|voucher\w*|vocer\w*|redeem\w*|redem\w*)\b")
_PROBLEM = re.compile(
    r"\b(?:gagal\w*|error|eror|invalid|salah|ditolak|(?:ga|gak|gk|nggak|tidak|tdk)\s*bisa|gabisa"
    r"|hilang|ilang|lupa|can'?t|cannot|failed|doesn'?t work)\b"
)
"""A code that failed or was lost: the troubleshooting's and the codes' own answers."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The steps to use the codes; None unless a code's use is asked about (the code named, or
    right after the codes' answer), outside a flow, with no problem told."""
    session, message = turn.session, turn.message
    text = " ".join((message.text or "").lower().split())
    if session.flow is not None or message.payload or not text or len(text.split()) > MAX_WORDS:
        return None
    if not _USE.search(text) or _PROBLEM.search(text):
        return None
    if not _CODE.search(text) and just_said(turn) != REDEEM:
        return None
    session.misses = 0
    remember(turn, REDEEM)  # "udah coba tetep gagal" next: the troubleshooting
    report = file_complaint(turn, topic="purchase_redeem")
    return [turn.reply("kb.redeem_use", report, turn.menu_button(), **redeem_window(turn))]


__all__ = ["answer"]
