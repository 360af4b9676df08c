"""What the runner borrows from the rest of the assistant: answering a digression, handing
the chat to a person, and the main menu (the router sets them)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flows.messages import Outbound
from flows.runtime.machine import FlowTurn
from flows.turn import Ask, Step

Digress = Callable[[FlowTurn], Ask[list[Outbound] | None]]
Handoff = Callable[[FlowTurn, str], Step]


@dataclass(frozen=True, slots=True)
class Hooks:
    """What the runner borrows from the rest of the assistant (set by the router)."""

    digress: Digress
    handoff: Handoff
    menu: Callable[[str], Outbound]
