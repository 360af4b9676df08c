"""A price named in a course request with no topic and no search just shown ("ada pelatihan yg
harganya 600rb an ga", "budget around 500k"): the search keeps it as its price limit and says
so before it asks the topic. Before, "Mau belajar apa?" alone read as the price ignored (probe
p22b D17)."""

from __future__ import annotations

from flows.formatting import money
from flows.messages import Outbound
from flows.runtime.machine import FlowTurn


def price_noted(turn: FlowTurn) -> list[Outbound]:
    """ "Up to Rp600.000, noted" when the request named a price and no topic; else nothing."""
    slots = turn.slots
    price = slots.get("max_price")
    if "topic" in slots or not isinstance(price, int) or price <= 0:
        return []
    return [Outbound(turn.say("course_price_noted.kept", price=money(price)))]


__all__ = ["price_noted"]
