"""Results shown to a selected participant that cost more than their balance: the list says
how many on the page do, and that they cannot be bought (the balance is not topped up). Before,
a search with "bebas" as the price listed an Rp850.000 course to someone with Rp800.000 left
and said nothing (probe p23a #16); buying it was refused only at the purchase."""

from __future__ import annotations

from collections.abc import Sequence

from flows.formatting import money
from flows.my_data import participant
from flows.runtime.machine import FlowTurn
from flows.turn import Ask
from flows.views import SearchItem


def note(turn: FlowTurn, items: Sequence[SearchItem]) -> Ask[str | None]:
    """The line on the courses shown over the balance, else None (none, or no one linked)."""
    prices = [item.price for item in items]
    if not prices or turn.session.participant_id is None:
        return None  # no one linked found before: no query for it on every page
    person = yield from participant(turn)
    if person is None or person.status != "selected":
        return None
    over = sum(1 for price in prices if price > person.balance)
    if over == 0:
        return None
    return turn.say("courses.over_balance", count=over, balance=money(person.balance))
