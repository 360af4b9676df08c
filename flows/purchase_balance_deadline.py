"""The balance and the first-purchase deadline asked in one message ("saldo sy brp trs deadline
belinya kapan?", "how much is my balance and when is the deadline?") by a selected participant:
both answered, the balance first, then the deadline with the days left
(``flows.purchase_deadline_mine``). The NLU reads the whole as the balance, and before only the
deadline was told (probe p22b D20). None: not linked, not selected, or not both asked."""

from __future__ import annotations

import re

from flows import purchase_deadline_mine as mine
from flows.formatting import money
from flows.messages import Outbound
from flows.my_data import Answer
from flows.next_course_asks import asks_at_once, at_once_line
from flows.runtime.machine import FlowTurn
from flows.selected_asking import selected_asking

MAX_WORDS = 20
_BALANCE = re.compile(
    r"\b(?:saldo\w*|balance)\b.{0,25}\b(?:brp|berapa|brapa|sisa|how much|ada)\b"
    r"|\b(?:brp|berapa|brapa|sisa|how much)\b.{0,20}\b(?:saldo\w*|balance)\b"
)
_DEADLINE = re.compile(
    r"\b(?:deadline\w*|dedline\w*|batas\w*|tenggat\w*|terakhir|due date|last day)\b.{0,25}"
    r"\b(?:kapan|kpn|tgl|tanggal|when|what date|brp|berapa)\b"
    r"|\b(?:kapan|kpn|when)\b.{0,25}\b(?:deadline\w*|dedline\w*|batas\w*|tenggat\w*|terakhir)\b"
)


def asks(text: str) -> bool:
    """Whether a message asks both the balance and the purchase deadline."""
    lowered = " ".join(text.lower().split())
    if not lowered or len(lowered.split()) > MAX_WORDS:
        return False
    return bool(_BALANCE.search(lowered) and _DEADLINE.search(lowered))


def answer(turn: FlowTurn) -> Answer:
    """The balance, then the deadline and the days left; else None."""
    message = turn.message
    person = yield from selected_asking(turn, asks)
    if person is None:
        return None
    deadline = yield from mine.answer(turn)
    if not deadline:
        return None
    balance = turn.say("kb.balance", balance=money(person.balance))
    first, *rest = deadline
    text = f"{balance}\n{first.text}"
    if asks_at_once(message.text or ""):  # "..., sm bisa beli 2 kelas sekaligus ga?" too
        text += "\n" + at_once_line(turn)
    return [Outbound(text, first.buttons), *rest]


__all__ = ["answer", "asks"]
