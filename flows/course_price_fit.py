"""Whether a course of a given price can be bought, asked with the price and no topic ("yg
harganya 1,5jt bisa ga", "kalo yang 2 juta boleh?", "can I buy one that costs 1.5 million?"):
against the linked participant's training balance. More than the balance is no: the card is
never topped up and no own money is added (DOMAIN.md "Courses"; ``kb.balance_top_up``), so a
course within the balance is to be chosen; within it, yes, with what would be left, and why it
cannot be bought now when that applies (``flows.course_second_purchase``). A chat not linked
gets the rule. Before, after a search this repeated the list as a refinement (every course up
to that price), and after the balance's answer it asked "which did you mean?".

A price limit ("yang dibawah 1 juta", "max 2jt") refines the courses shown instead
(``flows.course_followups``); the balance's own amount ("saldo aku 1,2jt cukup ga") is the
balance's question."""

from __future__ import annotations

import re

from flows import course_query as query
from flows import course_second_purchase as second_purchase
from flows.balance_rest import BOUGHT
from flows.formatting import long_date, money
from flows.messages import Outbound
from flows.my_data import Answer, participant
from flows.runtime.machine import FlowTurn
from flows.validators import money as parse_money
from flows.views import ParticipantView

MIN_PRICE = 10_000
"""Smaller amounts are no course's price ("yg ke 2")."""
_CAN = re.compile(
    r"\b(?:bisa|bs|bisakah|boleh|blh|cukup|kebeli|terbeli|masuk|can|could|enough|afford|"
    r"allowed)\b"
)
_LIMIT = re.compile(
    r"\b(?:di ?bawah|bawah|kurang dari|max|maks\w*|maximal|maximum|sampai|sampe|smp|hingga|"
    r"budget|under|below|less than|up to|at most|per|ke ?atas|diatas|lebih dari|over|above)\b"
)
"""A price limit or range: a filter of the courses shown, not one course's price."""
_ELSEWHERE = re.compile(
    r"\b(?:insentif\w*|incentive|cair\w*|rekening|transfer\w*|gelombang|wave|ongkir|pulsa|"
    r"kuota|gaji|salary|denda)\b|\b(?:saldo|balance)\w*\s+(?:\w+\s+)?(?:rp\.?\s*)?\d"
)
"""Another sum ("insentif 600rb bisa ..."), or the balance's own amount ("saldo aku 1,2jt")."""
_LONG_NUMBER = re.compile(r"\d{10,}")
"""A NIK, phone or card number ("3273015708100003 kenapa ga bisa daftar?"): no course's price."""
_CAN_BUY = ("selected", *BOUGHT)
"""Statuses with a training balance that may buy a course."""


def asked_price(turn: FlowTurn) -> int | None:
    """The price a message asks about buying a course at, else None."""
    message = turn.message
    lowered = " ".join((message.text or "").lower().split())
    if message.payload is not None or turn.session.flow is not None or not lowered:
        return None
    if not _CAN.search(lowered) or _LIMIT.search(lowered) or _ELSEWHERE.search(lowered):
        return None
    if _LONG_NUMBER.search(lowered) or message.entity("nik") is not None:
        return None
    if query.topic_words(_CAN.sub(" ", lowered)):
        return None  # "kursus python 1,5jt bisa?" is a search
    found = message.entity("money")
    amount = int(found) if isinstance(found, int | float) else parse_money(lowered)
    return amount if amount is not None and amount >= MIN_PRICE else None


def answer(turn: FlowTurn) -> Answer:
    """Whether a course at the price asked fits the balance; None: no such question."""
    price = asked_price(turn)
    if price is None:
        return None
    person = yield from participant(turn)
    search = turn.button("menu.courses", "flow:course_choice")
    menu = turn.menu_button()
    if person is None:
        return [turn.reply("kb.course_price_over_balance", search, menu)]
    blocked = _not_buying(turn, person)
    if blocked is not None:
        return [blocked]
    amounts = {"price": money(price), "balance": money(person.balance)}
    if price > person.balance:
        return [turn.reply("course_price_fit.over", search, menu, **amounts)]
    left = money(person.balance - price)
    lines = [turn.say("course_price_fit.within", left=left, **amounts)]
    if person.status in BOUGHT:  # a course still open, or the rest's days over: said too
        refused = yield from second_purchase.refusal(turn, person)
        lines += [refused.text] if refused is not None else []
    return [Outbound("\n".join(lines), (search, menu))]


def _not_buying(turn: FlowTurn, person: ParticipantView) -> Outbound | None:
    """Why this participant buys no course at all (not selected, revoked, the first purchase's
    deadline passed); None: the balance decides."""
    menu = turn.menu_button()
    if person.status in ("registered", "applied", "not_selected"):
        return turn.reply(f"enrol.status_{person.status}", menu)
    if person.status not in _CAN_BUY:
        return turn.reply("enrol.revoked", menu)
    deadline = person.purchase_deadline
    if person.status == "selected" and deadline is not None and deadline < turn.message.at:
        return turn.reply("enrol.deadline_passed", menu, deadline=long_date(deadline, turn.lang))
    return None


__all__ = ["answer", "asked_price"]
