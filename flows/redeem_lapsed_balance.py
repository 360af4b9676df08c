"""The balance feared lost right after a redeem-code or live-class answer ("kode redeem sy
expired ... ", then "trs gmn dong, saldo sy ilang?"): the same answer as the money feared lost
(``redeem_lapsed.money``: the course stays bought, only that session's code lapsed; the
provider about another session, then a complaint). ``flows.redeem_lapsed`` leaves a message
naming the balance to the balance's own rules, and "duit sy ilang?" is its own follow-up; this
reads only the balance named. Before, the generic help menu."""

from __future__ import annotations

import re

from flows.complaint_topics import file_complaint
from flows.durations import redeem_window
from flows.last_answer import just_said, remember
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.training_help import LIVE_CLASS, REDEEM

MAX_WORDS = 12
_BALANCE = re.compile(r"\b(?:saldo\w*|balance)\b")
_LOST = re.compile(
    r"\b(?:ilang|hilang|hangus|lenyap|kebuang|terbuang|sia-sia|sia2|balik|kembali|lost|gone|"
    r"wasted|back|refund\w*)\b"
)


def answer(turn: FlowTurn) -> list[Outbound] | None:
    """The course stays bought; the provider about another session; else None."""
    message = turn.message
    text = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not text:
        return None
    if len(text.split()) > MAX_WORDS or just_said(turn) not in (REDEEM, LIVE_CLASS):
        return None
    if not (_BALANCE.search(text) and _LOST.search(text)):
        return None
    remember(turn, LIVE_CLASS)  # "bisa minta sesi lain?" next: still the class
    report = file_complaint(turn, topic="provider")
    key = "redeem_lapsed.money"
    return [turn.reply(key, report, turn.menu_button(), **redeem_window(turn))]


__all__ = ["answer"]
