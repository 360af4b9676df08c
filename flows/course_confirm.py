"""Questions typed at a purchase's confirmation ("Beli "X" seharga Rp825.000? [Ya, beli | Nanti
dulu]"): "brp harganya?" (answered by the course browser from the course's details) and "saldo
ku cukup ga" (the participant's balance against the price) are answered, and the confirmation
is asked again with its buttons, so "beli" or "ya" still buys. Before, the price came with the
course's buttons and the balance was the general one: the confirmation was gone."""

from __future__ import annotations

import re
from typing import Any

from flows.course_choice import CONFIRMING, choose
from flows.formatting import money
from flows.messages import Outbound
from flows.my_data import not_linked, participant
from flows.queries import CourseDetailQuery
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Step

_BALANCE = re.compile(r"\b(?:saldo\w*|balance|cukup|enough|afford)\b")


def pending(turn: FlowTurn) -> int | None:
    """The course whose purchase is waiting to be confirmed, while its details are the step."""
    session = turn.session
    course_id = session.slots.get("course")
    if session.step != "detail" or not isinstance(course_id, int):
        return None
    return course_id if session.slots.get(CONFIRMING) == course_id else None


def asks_balance(text: str) -> bool:
    """Whether the balance is asked about ("saldo ku cukup ga", "is my balance enough?")."""
    return bool(_BALANCE.search(text.lower()))


def again(turn: FlowTurn, course_id: int, line: str) -> Step:
    """The answer, then the confirmation asked again (the checks run again with it)."""
    return [Outbound(line), *(yield from choose(turn, course_id))]


def balance(turn: FlowTurn, course_id: int) -> Ask[list[Outbound] | None]:
    """The participant's balance against the price, then the confirmation again; a balance
    that no longer covers the price is said by the confirmation itself."""
    person = yield from participant(turn)
    if person is None:
        return not_linked(turn)
    course: Any = yield CourseDetailQuery(course_id)
    if course is None:
        return None
    if person.balance < course.price:
        return (yield from choose(turn, course_id))  # "harga ... sedangkan saldomu ..."
    line = turn.say(
        "enrol.balance_enough", balance=money(person.balance), price=money(course.price)
    )
    return (yield from again(turn, course_id, line))
