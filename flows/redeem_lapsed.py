"""Whether something is lost, asked right after the redeem-code or live-class answer ("hangus
dong?", "jadi kodenya hangus?", "so is it wasted?"): the redeem code works only from
``redeem_window_hours`` before to as long after the session starts (DOMAIN.md "Courses"), so
for that session it no longer works and the assistant cannot issue another; whether there is
a replacement session is the training provider's call. Before, "hangus dong?" was read as the
training balance ("saldo ... hangus") and answered with the balance's rules."""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.complaint_topics import file_complaint
from flows.durations import redeem_window
from flows.last_answer import remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.training_help import LIVE_CLASS, REDEEM
from flows.turn import Ask

LAPSED = re.compile(
    r"\b(?:hangus\w*|angus|kadaluarsa|kedaluwarsa|kadaluwarsa|expired?|hilang|ilang|gone|lost|"
    r"wasted?|sia[- ]?sia|percuma|rugi|forfeit\w*|burn\w*|mati|invalid|ga(?:k)? berlaku|"
    r"tidak berlaku|gabisa dipake(?: lagi)?)\b"
)
"""Something said to be lost: "hangus dong?", "kodenya jadi ga berlaku?", "wasted then?"."""
_LATE_BY = re.compile(
    r"\b(?:lewat|telat|terlambat|late|past|over|after)\D{0,12}?(\d{1,2})\s*(?:jam|jm|hours?|hrs?)\b"
    r"|\b(\d{1,2})\s*(?:jam|jm|hours?|hrs?)\s*(?:lewat|telat|terlambat|late|past|ago|yg lalu|"
    r"yang lalu)\b"
)
"""A lateness in hours ("udah lewat 2 jam", "telat 3 jam", "2 hours late"): lapsed when longer
than the redeem window."""
_SUPPOSED = re.compile(r"\b(?:kalo|kalau|klo|kl|jika|jikalau|misal\w*|andai\w*|if|suppose)\b")
"""A lateness supposed, not told: the rule's answer (``kb.class_missed``)."""
_OTHER_TOPIC = re.compile(r"\b(?:saldo\w*|balance|insentif\w*|incentive|kartu|card|akun\w*)\b")
"""The balance or another topic named: its own question ("saldo aku hangus ga?")."""
_MONEY = re.compile(r"\b(?:duit\w*|uang\w*|dana\w*|money|rugi\w*|bayar\w*|paid|loss)\b")
"""The money asked about ("duit sy ilang dong?"): the purchase stays; only that session's code
lapsed (probe p22b D31; before, "Untuk sesi itu, iya" read as the money lost)."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The redeem code for that session lapsed; a replacement is the provider's call."""
    lowered = (turn.message.text or "").lower()
    lapsed = LAPSED.search(lowered) or late_beyond(turn, lowered)
    if not lapsed or _OTHER_TOPIC.search(lowered):
        return None
    remember(turn, LIVE_CLASS)  # "bisa minta sesi lain?" next: still about the class
    report = file_complaint(turn, topic="provider")
    key = "redeem_lapsed.money" if _MONEY.search(lowered) else "redeem_lapsed.answer"
    return [turn.reply(key, report, turn.menu_button(), **redeem_window(turn))]


def late_beyond(turn: FlowTurn, lowered: str) -> bool:
    """Late by more hours than the redeem window lasts after a session starts."""
    found = _LATE_BY.search(lowered)
    if found is None or _SUPPOSED.search(lowered):  # "kalo telat 2 jam gimana": the rule
        return False
    late = int(found.group(1) or found.group(2))
    return late > turn.ctx.programme.redeem_window_hours


def _asked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    return answer(turn)
    yield


FOLLOW_UP: tuple[re.Pattern[str], Callable[[FlowTurn], Ask[list[Outbound] | None]]] = (
    re.compile(f"{LAPSED.pattern}|{_LATE_BY.pattern}"),
    _asked,
)
"""The follow-up for ``TOPICS`` (``flows.follow_ons``)."""
TOPICS = (REDEEM, LIVE_CLASS)
"""The answers it follows: the redeem code's, one's live class."""


__all__ = ["FOLLOW_UP", "LAPSED", "TOPICS", "answer", "late_beyond"]
