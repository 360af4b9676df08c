"""Two courses at once, named ("mau beli 2 pelatihan sekaligus, excel sama bahasa inggris
bisa?"), or with their prices against the balance ("3,5jt bisa buat beli pelatihan excel 1,3jt
sama bahasa inggris 2jt?"): the prices' sum against the balance when given, then that courses
are bought one at a time and the next one only once the first is finished and rated (2023-2024:
the rest within ``rest_days``; DOMAIN.md "Eras"). Before, the topics started a search ("Mau
pelatihan seperti apa?") and the question went unanswered (probe p22b D19).
``flows.course_buying`` answers the same question asked with no topic."""

from __future__ import annotations

import re

from flows.formatting import money
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.runtime.machine import FlowTurn

_COURSE = r"(?:pelatihan|kelas|kursus|training|course|class)\w*"
_BUY = re.compile(r"\b(?:beli\w*|membeli\w*|buy\w*|purchas\w*|ambil|checkout)\b")
_AT_ONCE = re.compile(
    rf"\b(?:sekaligus|barengan|bareng|bersamaan|at once|at the same time|both)\b"
    rf"|\b(?:dua|2|two) {_COURSE}"
)
_AND = re.compile(r"\b(?:sama|sm|dan|dn|and|plus)\b|&|\+")
_BUDGET = re.compile(r"\b(?:saldo\w*|balance|budget|uang\w*|duit\w*)\b")
"""The balance named: of two amounts, the first may be it ("saldo 3,5jt dan beli 1jt")."""
_OTHER = re.compile(r"\b(?:insentif\w*|incentive\w*|sertifikat\w*|certificate\w*)\b")


def _prices(turn: FlowTurn) -> list[int]:
    return [
        int(value)
        for item in turn.message.entities
        if getattr(item, "entity", None) == "money"
        and isinstance(value := getattr(item, "value", None), int | float)
        and value > 0
    ]


def asks(turn: FlowTurn) -> bool:
    """Buying two (named, or priced) courses together asked."""
    text = turn.message.words
    if turn.message.payload is not None or not _BUY.search(text) or _OTHER.search(text):
        return False
    if not _AND.search(text):
        return False
    amounts = len(_prices(turn))
    priced = amounts >= 3 or (amounts == 2 and not _BUDGET.search(text))  # "beli excel 2jt
    # sama inggris 2jt bisa?"; "saldo 3,5jt dan beli 1jt" is one price against the balance
    return priced or bool(re.search(_COURSE, text) and _AT_ONCE.search(text))


def answer(turn: FlowTurn) -> Answer:
    """The sum against the balance (when priced), then one course at a time; else None."""
    if not asks(turn):
        return None
    amounts = _prices(turn)
    facts = turn.ctx.programme.facts()
    lines: list[str] = []
    if len(amounts) >= 2:
        budget = amounts[0] if len(amounts) >= 3 else None
        prices = amounts[1:] if budget is not None else amounts
        if budget is None and turn.session.participant_id is not None:
            person = yield from participant(turn)
            budget = person.balance if person is not None and person.balance > 0 else None
        total = sum(prices)
        said = {"prices": " + ".join(money(p) for p in prices), "total": money(total)}
        if budget is None:
            lines.append(turn.say("course_two_at_once.sum", **said))
        else:
            key = "fits" if total <= budget else "over"
            left = money(max(budget - total, 0))
            lines.append(
                turn.say(f"course_two_at_once.{key}", budget=money(budget), left=left, **said)
            )
    alone = "course_two_at_once.one_at_a_time" if lines else "kb.course_buy_one_at_a_time"
    lines.append(turn.say(alone, **facts))
    if turn.ctx.programme.era.rest_days > 0:
        lines.append(turn.say("kb.course_buy_rest", **facts))
    search = turn.button("menu.courses", "flow:course_choice")
    return [Outbound(" ".join(lines), (search, turn.menu_button()))]


__all__ = ["answer", "asks"]
