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
_OTHER_TOPIC = re.compile(r"\b(?:saldo\w*|balance|insentif\w*|incentive|kartu|card|akun\w*)\b")
"""The balance or another topic named: its own question ("saldo aku hangus ga?")."""
_MONEY = re.compile(r"\b(?:duit\w*|uang\w*|dana\w*|money|rugi\w*|bayar\w*|paid|loss)\b")
"""The money asked about ("duit sy ilang dong?"): the purchase stays; only that session's code
lapsed (probe p22b D31; before, "Untuk sesi itu, iya" read as the money lost)."""


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The redeem code for that session lapsed; a replacement is the provider's call."""
    lowered = (turn.message.text or "").lower()
    if not LAPSED.search(lowered) or _OTHER_TOPIC.search(lowered):
        return None
    remember(turn, LIVE_CLASS)  # "bisa minta sesi lain?" next: still about the class
    report = file_complaint(turn, topic="provider")
    key = "redeem_lapsed.money" if _MONEY.search(lowered) else "redeem_lapsed.answer"
    return [turn.reply(key, report, turn.menu_button(), **redeem_window(turn))]


def _asked(turn: FlowTurn) -> Ask[list[Outbound] | None]:
    return answer(turn)
    yield


FOLLOW_UP: tuple[re.Pattern[str], Callable[[FlowTurn], Ask[list[Outbound] | None]]] = (
    LAPSED,
    _asked,
)
"""The follow-up for ``TOPICS`` (``flows.follow_ons``)."""
TOPICS = (REDEEM, LIVE_CLASS)
"""The answers it follows: the redeem code's, one's live class."""


__all__ = ["FOLLOW_UP", "LAPSED", "TOPICS", "answer"]
