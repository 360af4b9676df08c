"""A redeem code said to fail still right after the redeem-code answer ("udah coba 3x tetep
gagal"): why codes fail (above all the window around the session's start, DOMAIN.md
"Courses") and the class's time asked to check it (``flows.live_class`` reads the answer), the
complaint one tap away. Said again after that ("masih gagal juga"), the complaint.
Before, the complaint form opened at once and then took "kelasnya jam 7 malem ini" as the
answer to "order number?"."""

from __future__ import annotations

import re
from dataclasses import replace

from flows.durations import redeem_window
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.topic_follow_ups import redeem_why
from flows.training_help import LIVE_CLASS, REDEEM

TRIED = "redeem_tried"
"""``session.profile`` key: the turn the troubleshooting was given (once, then the complaint)."""
AGAIN_WITHIN = 4
"""Turns after the troubleshooting in which "masih gagal" goes to the complaint instead."""
MAX_WORDS = 12
_STILL_FAILS = re.compile(
    r"\b(?:udah|udh|sudah|sdh|dah|already)\s+(?:\w+\s+)?(?:coba|dicoba|nyoba|mencoba|tried|try)"
    r"|\b(?:tetep|tetap|masih|still|msh)\b(?:\s+\w+){0,2}?\s+(?:gagal|ga bisa|gak bisa|gk bisa|"
    r"nggak bisa|tidak bisa|tdk bisa|error|eror|invalid|ga valid|gak valid|salah|fail\w*|"
    r"ditolak|not work\w*|doesn'?t work|won'?t work)"
    r"|\b(?:\d+|berkali|berkali-kali|beberapa)\s*(?:x|kali|times)\b"
)
"""Tried and still failing: "udah coba 3x tetep gagal", "masih ga bisa", "tried 5 times"."""


_CLAIMED = re.compile(
    r"(?:itu|ini|tadi|that(?:'s| is| was)?|this(?: is)?)\s+(?:(?:kode|code)\s*(?:nya\s*)?"
    r"(?:redeem|voucher|vocer|vocher)?(?:nya)?|(?:my|the)\s+(?:redeem|voucher)?\s*code)"
    r"(?:\s+(?:aku|saya|ku|gw|gue|punyaku|punya aku|kak|min|ya))*[\s.!]*"
)
"""A code sent before owned, no question asked: "itu kode redeem aku", "ini kodenya kak",
"that's my redeem code"."""


def claimed(turn: FlowTurn) -> list[Outbound] | None:
    """ "itu kode redeem aku" right after the redeem-code answer (a code pasted alone gets it):
    the code is theirs to use on the platform, not the same answer again; None otherwise."""
    text = " ".join((turn.message.text or "").lower().split())
    if turn.session.flow is not None or just_said(turn) != REDEEM or not _CLAIMED.fullmatch(text):
        return None
    remember(turn, REDEEM)  # "tetep gagal" next: the troubleshooting
    return [turn.reply("kb.redeem_code_yours", turn.menu_button(), **redeem_window(turn))]


def again(turn: FlowTurn) -> bool:
    """Said to fail still right after the troubleshooting, or the class's window it led to
    ("masih gagal juga"): the complaint, not the same reasons again."""
    session, message = turn.session, turn.message
    text = " ".join((message.text or "").lower().split())
    given = session.profile.get(TRIED)
    if session.flow is not None or message.payload or not isinstance(given, int):
        return False
    recent = 0 < session.turns - given <= AGAIN_WITHIN and just_said(turn) in (REDEEM, LIVE_CLASS)
    return recent and len(text.split()) <= MAX_WORDS and bool(_STILL_FAILS.search(text))


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """Why codes fail and the class's time asked, the complaint one tap away; None when not
    right after the redeem-code answer, nothing is said to fail, or this was said just before
    (``again``: the complaint then)."""
    session, message = turn.session, turn.message
    text = " ".join((message.text or "").lower().split())
    if session.flow is not None or message.payload or not text or len(text.split()) > MAX_WORDS:
        return None
    if just_said(turn) != REDEEM or not _STILL_FAILS.search(text):
        return None
    if again(turn):
        return None
    session.profile[TRIED] = session.turns
    why = redeem_why(turn)  # the complaint offered with its fix shown; REDEEM remembered
    asked = turn.reply("complaints.redeem_tried", *why[-1].buttons)
    return [*why[:-1], replace(why[-1], buttons=()), asked]


__all__ = ["TRIED", "again", "answer", "claimed"]
